import Synchronization

/// A Python `dict`: insertion-ordered, shared between threads without a GIL.
///
/// Every operation takes the dict's own lock; `d[k] = v`, `d.get(k)`,
/// `d.pop(k)` and friends are atomic. Hashing a key and comparing keys with
/// a Python `__eq__` happen outside the lock (see `HashTable+Locked`).
public class PyDict: PyObject {
    let table: GuardedState<HashTable>

    public init() {
        table = GuardedState(HashTable())
        super.init(kind: PyDict.kind(of: Self.self))
    }

    init(table: HashTable) {
        self.table = GuardedState(table)
        super.init(kind: PyDict.kind(of: Self.self))
    }

    /// `dict` itself, or a Python subclass that may override its methods.
    private static func kind(of type: PyDict.Type) -> ObjectKind {
        type == PyDict.self ? .dict : .dictSubclass
    }

    public override var pyType: PyType { PyType.dict }

    public var count: Int { table.withLock { $0.count } }

    /// `d[key]` or nil when absent.
    public func get(_ thread: ThreadState, _ key: Value) throws -> Value? {
        if let h = NativeKey.hash(key) {
            switch nativeLookup(key, hash: h) {
            case .found(let v): return v
            case .missing: return nil
            case .undecided: break
            }
        }
        let h = try thread.hash(key)
        return try table.withKey(thread, key, hash: h) { t, i in i.flatMap { t.value(at: $0) } }
    }

    /// `d[key] = value`.
    public func set(_ thread: ThreadState, _ key: Value, _ value: Value) throws {
        if let h = NativeKey.hash(key), nativeStore(key, value, hash: h) { return }
        let h = try thread.hash(key)
        let old = try table.withKey(thread, key, hash: h) { t, i -> Value? in
            if let i { return t.setValue(value, at: i) }
            t.insertNew(key, value, hash: h)
            return nil
        }
        _ = old
    }

    /// Removes `key`; returns its value, or nil when it was absent.
    @discardableResult
    public func remove(_ thread: ThreadState, _ key: Value) throws -> Value? {
        let h = try thread.hash(key)
        let removed = try table.withKey(thread, key, hash: h) { t, i in i.flatMap { t.remove(at: $0) } }
        return removed?.value
    }

    public func contains(_ thread: ThreadState, _ key: Value) throws -> Bool {
        if let h = NativeKey.hash(key) {
            switch nativeLookup(key, hash: h) {
            case .found: return true
            case .missing: return false
            case .undecided: break
            }
        }
        let h = try thread.hash(key)
        return try table.withKey(thread, key, hash: h) { _, i in i != nil }
    }

    /// `d.setdefault(key, value)`: the existing value, or `value` after inserting it.
    func setDefault(_ thread: ThreadState, _ key: Value, _ value: Value) throws -> Value {
        let h = try thread.hash(key)
        return try table.withKey(thread, key, hash: h) { t, i -> Value in
            if let i, let e = t.entry(at: i) { return e.value }
            t.insertNew(key, value, hash: h)
            return value
        }
    }

    // MARK: String keys (keyword arguments, `__dict__`-like uses)

    public func get(_ key: String) -> Value? {
        let k = PyStr(key)
        return table.withLock { t in
            if case .found(let i) = t.probe(.object(k), hash: k.hashValue) { return t.value(at: i) }
            return nil
        }
    }

    public func set(_ key: String, _ value: Value) {
        let k = PyStr(key)
        let old = table.withLock { t -> Value? in
            if case .found(let i) = t.probe(.object(k), hash: k.hashValue) { return t.setValue(value, at: i) }
            t.insertNew(.object(k), value, hash: k.hashValue)
            return nil
        }
        _ = old
    }

    // MARK: Snapshots

    /// The (key, value) pairs in insertion order, copied under the lock.
    public var items: [(key: Value, value: Value)] {
        table.withLock { t in t.liveEntries.map { ($0.key, $0.value) } }
    }

    public var keys: [Value] {
        table.withLock { t in t.liveEntries.map { $0.key } }
    }

    public var values: [Value] {
        table.withLock { t in t.liveEntries.map { $0.value } }
    }

    func removeAll() {
        var old = HashTable()
        table.withLock { swap(&$0, &old) }
    }

    func copy() -> PyDict {
        PyDict(table: table.withLock { $0 })
    }
}
