/// A Python `tuple`: an immutable sequence, so it needs no lock.
///
/// Tuples of up to three elements (the common case: pairs from
/// `dict.items()`, `zip`, `enumerate`, small records) keep their elements in
/// the object itself, so creating one is a single allocation. Longer tuples
/// keep them in one `ContiguousArray`. Readers use `elements` (a borrowed
/// view, no copy) or `item(at:)`; `array` materialises a copy when an API
/// needs a `ContiguousArray`.
public final class PyTuple: PyObject {
    /// The number of elements.
    public let count: Int
    private let first: Value
    private let second: Value
    private let third: Value
    /// Every element when `count > PyTuple.inlineCapacity`, else empty.
    private let spilled: ContiguousArray<Value>

    /// Tuples up to this length store their elements inline.
    static let inlineCapacity = 3

    public convenience init(_ elements: [Value]) {
        self.init(ContiguousArray(elements))
    }

    init(_ elements: ContiguousArray<Value>) {
        count = elements.count
        if count > PyTuple.inlineCapacity {
            first = .None; second = .None; third = .None
            spilled = elements
        } else {
            first = count > 0 ? elements[0] : .None
            second = count > 1 ? elements[1] : .None
            third = count > 2 ? elements[2] : .None
            spilled = ContiguousArray()
        }
        super.init(kind: .tuple)
    }

    /// A pair, built without an intermediate array.
    init(_ a: Value, _ b: Value) {
        count = 2
        first = a; second = b; third = .None
        spilled = ContiguousArray()
        super.init(kind: .tuple)
    }

    /// A triple, built without an intermediate array.
    init(_ a: Value, _ b: Value, _ c: Value) {
        count = 3
        first = a; second = b; third = c
        spilled = ContiguousArray()
        super.init(kind: .tuple)
    }

    public override var pyType: PyType { PyType.tuple }

    /// Element `i`; `i` must be in `0..<count`.
    @inline(__always)
    func item(at i: Int) -> Value {
        if count > PyTuple.inlineCapacity { return spilled[i] }
        switch i {
        case 0: return first
        case 1: return second
        default: return third
        }
    }

    /// The elements as a random-access collection that reads the tuple in
    /// place (no copy).
    public var elements: Elements { Elements(tuple: self) }

    /// A copy of the elements, for APIs that need an array.
    public var array: ContiguousArray<Value> {
        if count > PyTuple.inlineCapacity { return spilled }
        var out = ContiguousArray<Value>()
        out.reserveCapacity(count)
        for i in 0..<count { out.append(item(at: i)) }
        return out
    }

    /// Appends every element to `ints` when all are ints (sorting int
    /// tuples); false, possibly after appending some, otherwise.
    @inline(__always)
    func appendInts(to ints: inout [Int]) -> Bool {
        if count > PyTuple.inlineCapacity {
            for e in spilled {
                guard case .int(let v) = e else { return false }
                ints.append(v)
            }
            return true
        }
        if count > 0 { guard case .int(let v) = first else { return false }; ints.append(v) }
        if count > 1 { guard case .int(let v) = second else { return false }; ints.append(v) }
        if count > 2 { guard case .int(let v) = third else { return false }; ints.append(v) }
        return true
    }

    static let empty = PyTuple(ContiguousArray<Value>())

    /// A read-only view of a tuple's elements.
    public struct Elements: RandomAccessCollection {
        let tuple: PyTuple
        public var startIndex: Int { 0 }
        public var endIndex: Int { tuple.count }
        @inline(__always)
        public subscript(position: Int) -> Value { tuple.item(at: position) }
    }
}

/// Iterates a tuple in place (tuples are immutable, so no snapshot is needed).
final class PyTupleIterator: PyIteratorObject {
    let tuple: PyTuple
    private let cursor = IteratorCursor()

    init(_ tuple: PyTuple) { self.tuple = tuple }

    override var pyType: PyType { IteratorTypes.tuple }

    override func next(_ thread: ThreadState) throws -> Value? {
        let i = cursor.claim()
        guard i < tuple.count else { cursor.exhaust(); return nil }
        return tuple.item(at: i)
    }
}
