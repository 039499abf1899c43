/// Python's `sorted`/`list.sort`: a stable merge sort whose comparisons
/// may call into Python (`__lt__`, key functions), so it runs on a
/// snapshot with no lock held.
extension ThreadState {
    /// Sorts `items` by `key` (applied once per element), optionally
    /// reversed; `cmp` is Python 2's three-way comparison function.
    func sorted(_ items: ContiguousArray<Value>, key: Value?, reverse: Bool, cmp: Value? = nil) throws -> ContiguousArray<Value> {
        if items.count < 2 { return items }
        if let cmp, !cmp.isNone {
            let keys = try ContiguousArray(items.map { item in try key.map { $0.isNone ? item : try call($0, item) } ?? item })
            let order = try mergeSortedIndices(keys, reverse: reverse) { a, b in
                let r = try self.call(cmp, a, b)
                guard let n = r.smallInteger else {
                    throw PyError(.typeError, "comparison function must return int, not \(r.pyType.name)")
                }
                return n < 0
            }
            return ContiguousArray(order.map { items[$0] })
        }
        let keys: ContiguousArray<Value>
        if let key, !key.isNone {
            keys = try ContiguousArray(items.map { try call(key, $0) })
        } else {
            if let ints = HomogeneousSort.sortedInts(items, reverse: reverse) { return ints }
            keys = items
        }
        let order = try HomogeneousSort.order(keys, reverse: reverse) ?? mergeSortedIndices(keys, reverse: reverse)
        return ContiguousArray(order.map { items[$0] })
    }

    private func mergeSortedIndices(_ keys: ContiguousArray<Value>, reverse: Bool,
                                    less: ((Value, Value) throws -> Bool)? = nil) throws -> [Int] {
        let n = keys.count
        var src = Array(0..<n)
        var dst = src
        let isLess = less ?? { try self.lessThan($0, $1) }
        // `before(a, b)`: element a must come strictly before element b.
        func before(_ a: Int, _ b: Int) throws -> Bool {
            reverse ? try isLess(keys[b], keys[a]) : try isLess(keys[a], keys[b])
        }
        // Sort runs of 8 by insertion first, then merge runs bottom-up.
        let run = 8
        var start = 0
        while start < n {
            let end = min(start + run, n)
            var i = start + 1
            while i < end {
                let x = src[i]
                var j = i - 1
                while j >= start, try before(x, src[j]) {
                    src[j + 1] = src[j]
                    j -= 1
                }
                src[j + 1] = x
                i += 1
            }
            start = end
        }
        var width = run
        while width < n {
            var lo = 0
            while lo < n {
                let mid = min(lo + width, n), hi = min(lo + 2 * width, n)
                var i = lo, j = mid, k = lo
                while i < mid && j < hi {
                    if try before(src[j], src[i]) { dst[k] = src[j]; j += 1 } else { dst[k] = src[i]; i += 1 }
                    k += 1
                }
                while i < mid { dst[k] = src[i]; i += 1; k += 1 }
                while j < hi { dst[k] = src[j]; j += 1; k += 1 }
                lo = hi
            }
            swap(&src, &dst)
            width *= 2
        }
        return src
    }
}

/// Sorting keys of one primitive kind without calling back into the
/// comparison protocol: ints, floats (no NaN) or strings. Ties keep their
/// original order, so the result equals the stable merge sort's.
enum HomogeneousSort {
    /// A list of ints sorted without a key: equal ints cannot be told
    /// apart, so an unstable sort of the bare numbers gives the same list.
    static func sortedInts(_ items: ContiguousArray<Value>, reverse: Bool) -> ContiguousArray<Value>? {
        var ints = ContiguousArray<Int>()
        ints.reserveCapacity(items.count)
        for item in items {
            guard case .int(let v) = item else { return nil }
            ints.append(v)
        }
        if reverse { ints.sort(by: >) } else { ints.sort() }
        return ContiguousArray(ints.lazy.map { Value.int($0) })
    }

    static func order(_ keys: ContiguousArray<Value>, reverse: Bool) -> [Int]? {
        guard let first = keys.first else { return [] }
        switch first {
        case .int:
            var pairs: [(Int, Int)] = []
            pairs.reserveCapacity(keys.count)
            for (i, k) in keys.enumerated() {
                guard case .int(let v) = k else { return nil }
                pairs.append((v, i))
            }
            return sortPairs(pairs, reverse: reverse)
        case .float:
            var pairs: [(Double, Int)] = []
            pairs.reserveCapacity(keys.count)
            for (i, k) in keys.enumerated() {
                guard case .float(let v) = k, !v.isNaN else { return nil }
                pairs.append((v, i))
            }
            return sortPairs(pairs, reverse: reverse)
        case .object(let o) where o.objectKind == .tuple:
            return orderIntTuples(keys, reverse: reverse)
        case .object(let o) where o.objectKind == .str:
            return orderStrs(keys, reverse: reverse)
        default:
            return nil
        }
    }

    /// Tuples whose elements are all ints compare lexicographically (a
    /// shorter tuple that is a prefix of a longer one comes first), which
    /// is what Python's element-by-element `==` then `<` decides for them.
    /// The ints of every tuple are copied into one flat buffer first, so
    /// comparisons touch no reference counts.
    private static func orderIntTuples(_ keys: ContiguousArray<Value>, reverse: Bool) -> [Int]? {
        if let rows = orderIntRows(keys, reverse: reverse) { return rows }
        var flat: [Int] = []
        var spans: [TupleSpan] = []
        spans.reserveCapacity(keys.count)
        for (i, k) in keys.enumerated() {
            guard case .object(let o) = k, o.objectKind == .tuple else { return nil }
            let tuple = unsafeDowncast(o, to: PyTuple.self)
            let start = flat.count
            guard tuple.appendInts(to: &flat) else { return nil }
            let first = tuple.count > 0 ? flat[start] : 0
            spans.append(TupleSpan(first: first, start: start, count: tuple.count, index: i))
        }
        return flat.withUnsafeBufferPointer { ints in
            spans.sort { x, y in
                if x.count > 0 && y.count > 0 && x.first != y.first {
                    return reverse ? x.first > y.first : x.first < y.first
                }
                let c = compareSpans(ints, x.start, x.count, y.start, y.count)
                if c != 0 { return reverse ? c > 0 : c < 0 }
                return x.index < y.index
            }
            return spans.map { $0.index }
        }
    }

    /// Tuples of one length up to three whose elements are all ints (the
    /// usual records): each becomes a fixed row, compared field by field
    /// inline. nil when the lengths differ or an element is not an int.
    private static func orderIntRows(_ keys: ContiguousArray<Value>, reverse: Bool) -> [Int]? {
        guard case .object(let head) = keys[0], head.objectKind == .tuple else { return nil }
        let width = unsafeDowncast(head, to: PyTuple.self).count
        guard width <= PyTuple.inlineCapacity else { return nil }
        var rows: [IntRow] = []
        rows.reserveCapacity(keys.count)
        var ints: [Int] = []
        ints.reserveCapacity(width)
        for (i, k) in keys.enumerated() {
            guard case .object(let o) = k, o.objectKind == .tuple else { return nil }
            let tuple = unsafeDowncast(o, to: PyTuple.self)
            guard tuple.count == width else { return nil }
            ints.removeAll(keepingCapacity: true)
            guard tuple.appendInts(to: &ints) else { return nil }
            rows.append(IntRow(a: width > 0 ? ints[0] : 0, b: width > 1 ? ints[1] : 0,
                               c: width > 2 ? ints[2] : 0, index: i))
        }
        if reverse {
            rows.sort { x, y in
                if x.a != y.a { return x.a > y.a }
                if x.b != y.b { return x.b > y.b }
                if x.c != y.c { return x.c > y.c }
                return x.index < y.index
            }
        } else {
            rows.sort { x, y in
                if x.a != y.a { return x.a < y.a }
                if x.b != y.b { return x.b < y.b }
                if x.c != y.c { return x.c < y.c }
                return x.index < y.index
            }
        }
        return rows.map { $0.index }
    }

    /// A tuple of up to three ints (missing fields are 0: every row of one
    /// sort has the same width) and its position in the list.
    private struct IntRow {
        var a: Int
        var b: Int
        var c: Int
        var index: Int
    }

    /// One tuple of the flat buffer; its first element is kept inline
    /// because most comparisons are decided there.
    private struct TupleSpan {
        var first: Int
        var start: Int
        var count: Int
        var index: Int
    }

    /// -1, 0 or 1: the two int runs compared lexicographically.
    @inline(__always)
    private static func compareSpans(_ ints: UnsafeBufferPointer<Int>, _ a: Int, _ aCount: Int,
                                     _ b: Int, _ bCount: Int) -> Int {
        for k in 0..<Swift.min(aCount, bCount) {
            let x = ints[a + k], y = ints[b + k]
            if x != y { return x < y ? -1 : 1 }
        }
        return aCount == bCount ? 0 : (aCount < bCount ? -1 : 1)
    }

    private static func sortPairs<T: Comparable>(_ pairs: [(T, Int)], reverse: Bool) -> [Int] {
        pairs.sorted { x, y in
            if x.0 != y.0 { return reverse ? x.0 > y.0 : x.0 < y.0 }
            return x.1 < y.1
        }.map { $0.1 }
    }
}
