/// `itertools`' combinatoric iterators: product, permutations,
/// combinations, combinations_with_replacement. Each pools its input once
/// and walks index vectors in lexicographic order.
extension ItertoolsModule {
    /// An iterator over index vectors: `first` is the initial vector (nil
    /// when there are no results), `advance` steps to the next one in place
    /// and returns false when done.
    private static func indexIterator(_ cls: PyType, pool: [[Value]], first: [Int]?,
                                      advance: @escaping (inout [Int]) -> Bool) -> Value {
        .object(LockedIterator<[Int]?>(cls, first) { _, it in
            it.with { indices -> Value? in
                guard let current = indices else { return nil }
                var next = current
                indices = advance(&next) ? next : nil
                return .tuple(current.enumerated().map { pool[pool.count == 1 ? 0 : $0.offset][$0.element] })
            }
        })
    }

    private static func length(_ thread: ThreadState, _ value: Value?, _ name: String) throws -> Int? {
        guard let value, !value.isNone else { return nil }
        let r = try thread.indexArgument(value)
        guard r >= 0 else { throw PyError(.valueError, "r must be non-negative") }
        return r
    }

    static func combinatoricClasses() -> [PyType] {
        let product = IteratorClass.make("product") { thread, cls, args in
            var rest = args
            let repeatCount = try rest.keywords.first(where: { $0.name == "repeat" }).map { try thread.indexArgument($0.value) } ?? 1
            rest.keywords.removeAll { $0.name == "repeat" }
            guard repeatCount >= 0 else { throw PyError(.valueError, "repeat argument cannot be negative") }
            let pools = try rest.positional.map { Array(try thread.collect($0)) }
            let all = Array([[[Value]]](repeating: pools, count: repeatCount).joined())
            let first: [Int]? = all.contains(where: { $0.isEmpty }) ? nil : [Int](repeating: 0, count: all.count)
            return .object(LockedIterator<[Int]?>(cls, first) { _, it in
                it.with { indices -> Value? in
                    guard let current = indices else { return nil }
                    var next = current
                    var i = next.count - 1
                    while i >= 0 {
                        next[i] += 1
                        if next[i] < all[i].count { break }
                        next[i] = 0
                        i -= 1
                    }
                    indices = i < 0 ? nil : next
                    return .tuple(current.enumerated().map { all[$0.offset][$0.element] })
                }
            })
        }
        let permutations = IteratorClass.make("permutations") { thread, cls, args in
            let slots = try args.bind("permutations", ["iterable", "r"], required: 1)
            let pool = Array(try thread.collect(slots[0]!))
            let r = try length(thread, slots[1], "permutations") ?? pool.count
            let first: [Int]? = r > pool.count ? nil : Array(0..<r)
            return indexIterator(cls, pool: [pool], first: first) { indices in
                nextPermutation(&indices, n: pool.count)
            }
        }
        let combinations = IteratorClass.make("combinations") { thread, cls, args in
            let slots = try args.bind("combinations", ["iterable", "r"], required: 2)
            let pool = Array(try thread.collect(slots[0]!))
            let r = try length(thread, slots[1], "combinations") ?? 0
            let n = pool.count
            return indexIterator(cls, pool: [pool], first: r > n ? nil : Array(0..<r)) { indices in
                guard let i = (0..<r).reversed().first(where: { indices[$0] != $0 + n - r }) else { return false }
                indices[i] += 1
                for j in (i + 1)..<max(r, i + 1) { indices[j] = indices[j - 1] + 1 }
                return true
            }
        }
        let withReplacement = IteratorClass.make("combinations_with_replacement") { thread, cls, args in
            let slots = try args.bind("combinations_with_replacement", ["iterable", "r"], required: 2)
            let pool = Array(try thread.collect(slots[0]!))
            let r = try length(thread, slots[1], "combinations_with_replacement") ?? 0
            let n = pool.count
            let first: [Int]? = n == 0 && r > 0 ? nil : [Int](repeating: 0, count: r)
            return indexIterator(cls, pool: [pool], first: first) { indices in
                guard let i = (0..<r).reversed().first(where: { indices[$0] != n - 1 }) else { return false }
                let value = indices[i] + 1
                for j in i..<r { indices[j] = value }
                return true
            }
        }
        return [product, permutations, combinations, withReplacement]
    }

    /// Steps a partial permutation (r distinct indices below n) to the next
    /// one in lexicographic order; false after the last.
    private static func nextPermutation(_ indices: inout [Int], n: Int) -> Bool {
        let r = indices.count
        var i = r - 1
        while i >= 0 {
            let used = Set(indices[..<i])
            if let bigger = ((indices[i] + 1)..<max(n, indices[i] + 1)).first(where: { !used.contains($0) }) {
                indices[i] = bigger
                var taken = used.union([bigger])
                for j in (i + 1)..<max(r, i + 1) {
                    let smallest = (0..<n).first { !taken.contains($0) } ?? 0
                    indices[j] = smallest
                    taken.insert(smallest)
                }
                return true
            }
            i -= 1
        }
        return false
    }
}
