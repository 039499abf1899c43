import Synchronization

/// A Python `list`: a mutable, ordered sequence shared between threads.
///
/// The elements sit behind a mutex, so single operations (`append`,
/// `pop`, `l[i] = v`, slice assignment) are atomic. Anything that calls
/// back into Python (comparisons, `repr`, sort keys) works on a snapshot
/// taken under the lock and released before the call.
public class PyList: PyObject {
    let storage: GuardedState<ContiguousArray<Value>>

    public init(_ items: [Value] = []) {
        storage = GuardedState(ContiguousArray(items))
        super.init(kind: PyList.kind(of: Self.self))
    }

    init(_ items: ContiguousArray<Value>) {
        storage = GuardedState(items)
        super.init(kind: PyList.kind(of: Self.self))
    }

    /// `list` itself, or a Python subclass that may override its methods.
    private static func kind(of type: PyList.Type) -> ObjectKind {
        type == PyList.self ? .list : .listSubclass
    }

    public override var pyType: PyType { PyType.list }

    public var count: Int { storage.withLock { $0.count } }

    /// A copy of the elements (cheap: copy-on-write).
    public var elements: ContiguousArray<Value> { storage.withLock { $0 } }

    public func append(_ value: Value) {
        storage.withLock { $0.append(value) }
    }

    public func append(contentsOf values: ContiguousArray<Value>) {
        storage.withLock { $0.append(contentsOf: values) }
    }

    /// The element at `index` (already normalised), or nil when out of range.
    @inline(__always)
    func element(at index: Int) -> Value? {
        storage.withLock { items in
            index >= 0 && index < items.count ? items[index] : nil
        }
    }

    /// `l[i]` with Python's negative-index rule.
    func item(_ index: Int) throws -> Value {
        let found = storage.withLock { items -> Value? in
            let i = index < 0 ? index + items.count : index
            return i >= 0 && i < items.count ? items[i] : nil
        }
        guard let v = found else { throw PyError(.indexError, "list index out of range") }
        return v
    }

    /// `l[i] = v`.
    func setItem(_ index: Int, _ value: Value) throws {
        let old = storage.withLock { items -> Value? in
            let i = index < 0 ? index + items.count : index
            guard i >= 0 && i < items.count else { return nil }
            let previous = items[i]
            items[i] = value
            return previous
        }
        if old == nil { throw PyError(.indexError, "list assignment index out of range") }
    }

    /// `l.pop(i)` with Python's negative-index rule and error messages.
    func pop(_ index: Int) throws -> Value {
        let (removed, wasEmpty) = storage.withLock { items -> (Value?, Bool) in
            let i = index < 0 ? index + items.count : index
            guard i >= 0 && i < items.count else { return (nil, items.isEmpty) }
            return (items.remove(at: i), false)
        }
        guard let v = removed else {
            throw PyError(.indexError, wasEmpty ? "pop from empty list" : "pop index out of range")
        }
        return v
    }

    /// `l.insert(i, x)`: the index is clamped to the list, negative ones count from the end.
    func insert(_ value: Value, at index: Int) {
        storage.withLock { items in
            var i = index < 0 ? index + items.count : index
            i = Swift.max(0, Swift.min(i, items.count))
            items.insert(value, at: i)
        }
    }

    /// Replaces every element (the old ones are released outside the lock).
    func replaceAll(_ values: ContiguousArray<Value>) {
        var old = values
        storage.withLock { swap(&$0, &old) }
    }
}

extension Value {
    /// A new `list` value.
    public static func list(_ items: [Value]) -> Value { .object(PyList(items)) }

    /// A `tuple` value.
    public static func tuple(_ items: [Value]) -> Value {
        items.isEmpty ? .object(PyTuple.empty) : .object(PyTuple(items))
    }

    static func tuple(_ items: ContiguousArray<Value>) -> Value {
        items.isEmpty ? .object(PyTuple.empty) : .object(PyTuple(items))
    }
}
