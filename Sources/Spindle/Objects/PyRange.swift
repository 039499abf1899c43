import BigInt

/// A Python `range`: a lazy arithmetic progression. Bounds fit in `Int`
/// (CPython raises OverflowError for lengths beyond a machine word, and
/// Spindle does the same for bounds beyond it).
public final class PyRange: PyObject {
    public let start: Int
    public let stop: Int
    public let step: Int
    /// Number of elements.
    public let count: Int

    init(start: Int, stop: Int, step: Int) throws {
        self.start = start
        self.stop = stop
        self.step = step
        self.count = try PyRange.length(start, stop, step)
        super.init(kind: .range)
    }

    public override var pyType: PyType { PyType.range }

    static func length(_ start: Int, _ stop: Int, _ step: Int) throws -> Int {
        let (lo, hi) = step > 0 ? (start, stop) : (stop, start)
        guard lo < hi else { return 0 }
        let (span, overflow) = hi.subtractingReportingOverflow(lo)
        if !overflow && step != Int.min {
            return (span - 1) / abs(step) + 1
        }
        let s = step > 0 ? BigInt(step) : -BigInt(step)
        let bigSpan = BigInt(hi) - BigInt(lo) - 1
        let n = bigSpan / s + 1
        guard let small = Int(exactly: n) else {
            throw PyError(.overflowError, "Python int too large to convert to C ssize_t")
        }
        return small
    }

    /// The element at a normalised index `0 <= i < count`.
    @inline(__always)
    func element(_ i: Int) -> Int { start &+ i &* step }

    /// `x in r` for an int.
    func contains(_ x: Int) -> Bool {
        if step > 0 { guard x >= start && x < stop else { return false } }
        else { guard x <= start && x > stop else { return false } }
        return (x - start) % step == 0
    }

    var repr: String {
        step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
    }
}

/// A Python `slice` object (`a[1:2:3]`, `slice(None, 5)`).
public final class PySlice: PyObject {
    public let start: Value
    public let stop: Value
    public let step: Value

    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    public override var pyType: PyType { PyType.slice }

    /// CPython's `PySlice_GetIndicesEx`: clamps the slice to a sequence of
    /// `length` elements. Returns start, stop, step and the element count.
    func indices(_ thread: ThreadState, length: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
        var step = 1
        if !self.step.isNone {
            step = try thread.sliceIndex(self.step)
            if step == 0 { throw PyError(.valueError, "slice step cannot be zero") }
            if step == Int.min { step = -Int.max }
        }
        let defaultStart = step < 0 ? length - 1 : 0
        let defaultStop = step < 0 ? -1 : length
        func clamp(_ v: Value, _ fallback: Int) throws -> Int {
            if v.isNone { return fallback }
            var i = try thread.sliceIndex(v)
            if i < 0 {
                i += length
                if i < 0 { i = step < 0 ? -1 : 0 }
            } else if i >= length {
                i = step < 0 ? length - 1 : length
            }
            return i
        }
        let start = try clamp(self.start, defaultStart)
        let stop = try clamp(self.stop, defaultStop)
        var count = 0
        if step < 0 {
            if stop < start { count = (start - stop - 1) / (-step) + 1 }
        } else if start < stop {
            count = (stop - start - 1) / step + 1
        }
        return (start, stop, step, count)
    }
}
