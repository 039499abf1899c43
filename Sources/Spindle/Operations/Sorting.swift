/// Python's `sorted`/`list.sort`: a stable merge sort whose comparisons
/// may call into Python (`__lt__`, key functions), so it runs on a
/// snapshot with no lock held.
extension ThreadState {
    /// Sorts `items` by `key` (applied once per element), optionally reversed.
    func sorted(_ items: ContiguousArray<Value>, key: Value?, reverse: Bool) throws -> ContiguousArray<Value> {
        if items.count < 2 { return items }
        let keys: ContiguousArray<Value>
        if let key, !key.isNone {
            keys = try ContiguousArray(items.map { try call(key, $0) })
        } else {
            keys = items
        }
        let order = try mergeSortedIndices(keys, reverse: reverse)
        return ContiguousArray(order.map { items[$0] })
    }

    private func mergeSortedIndices(_ keys: ContiguousArray<Value>, reverse: Bool) throws -> [Int] {
        let n = keys.count
        var src = Array(0..<n)
        var dst = src
        // `before(a, b)`: element a must come strictly before element b.
        func before(_ a: Int, _ b: Int) throws -> Bool {
            reverse ? try lessThan(keys[b], keys[a]) : try lessThan(keys[a], keys[b])
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
