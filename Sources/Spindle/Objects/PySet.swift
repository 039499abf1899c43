import Synchronization

/// A Python `set` or `frozenset` (`isFrozen`): the dict's hash table with
/// `None` for every value, guarded by its own lock.
///
/// A frozenset is never mutated after construction; it shares the class so
/// every set algorithm works on both.
public final class PySet: PyObject {
    let table: Mutex<HashTable>
    public let isFrozen: Bool

    public init(frozen: Bool = false) {
        table = Mutex(HashTable())
        isFrozen = frozen
    }

    init(table: HashTable, frozen: Bool) {
        self.table = Mutex(table)
        isFrozen = frozen
    }

    public override var pyType: PyType { isFrozen ? PyType.frozenset : PyType.set }

    public var count: Int { table.withLock { $0.count } }

    public func contains(_ thread: ThreadState, _ key: Value) throws -> Bool {
        let h = try thread.hash(key)
        return try table.withKey(thread, key, hash: h) { _, i in i != nil }
    }

    /// Adds `key`; returns false when it was already present.
    @discardableResult
    public func add(_ thread: ThreadState, _ key: Value) throws -> Bool {
        let h = try thread.hash(key)
        return try table.withKey(thread, key, hash: h) { t, i -> Bool in
            if i != nil { return false }
            t.insertNew(key, .None, hash: h)
            return true
        }
    }

    /// Removes `key`; returns false when it was absent.
    @discardableResult
    public func discard(_ thread: ThreadState, _ key: Value) throws -> Bool {
        let h = try thread.hash(key)
        let removed = try table.withKey(thread, key, hash: h) { t, i in i.flatMap { t.remove(at: $0) } }
        return removed != nil
    }

    /// The elements in insertion order, copied under the lock.
    public var elements: [Value] {
        table.withLock { t in t.entries.compactMap { $0?.key } }
    }

    func copy(frozen: Bool) -> PySet {
        PySet(table: table.withLock { $0 }, frozen: frozen)
    }

    func removeAll() {
        var old = HashTable()
        table.withLock { swap(&$0, &old) }
    }
}
