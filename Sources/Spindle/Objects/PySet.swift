import Synchronization

/// A Python `set` or `frozenset` (`isFrozen`): a `SetTable` (CPython's set
/// layout, so iteration order matches CPython's) guarded by its own lock.
///
/// A frozenset is never mutated after construction; it shares the class so
/// every set algorithm works on both.
public final class PySet: PyObject {
    let table: GuardedState<SetTable>
    public let isFrozen: Bool

    public init(frozen: Bool = false) {
        table = GuardedState(SetTable())
        isFrozen = frozen
        super.init(kind: .set)
    }

    init(table: SetTable, frozen: Bool) {
        self.table = GuardedState(table)
        isFrozen = frozen
        super.init(kind: .set)
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
            t.insertNew(key, hash: h)
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
        table.withLock { $0.keys }
    }

    func copy(frozen: Bool) -> PySet {
        PySet(table: SetTable.copying(table.withLock { $0 }), frozen: frozen)
    }

    /// Adds every element of `source` the way CPython's `set_update_internal`
    /// does (sets merged in table order after reserving room, dicts by key).
    func update(_ thread: ThreadState, from source: Value) throws {
        if let other = source.asObject as? PySet {
            let keys = other.elements
            table.withLock { $0.reserve(adding: keys.count) }
            for k in keys { try add(thread, k) }
            return
        }
        if let dict = source.asObject as? PyDict {
            let keys = dict.keys
            table.withLock { $0.reserve(adding: keys.count) }
            for k in keys { try add(thread, k) }
            return
        }
        let it = try thread.iterate(source)
        while let x = try it.next(thread) { try add(thread, x) }
    }

    /// Removes every element of `other` (`-=`, `difference_update`).
    func subtract(_ thread: ThreadState, _ other: Value) throws {
        for e in try thread.collect(other) { try discard(thread, e) }
        table.withLock { $0.compactIfSparse() }
    }

    /// Replaces the contents with `other`'s (for `&=`).
    func replaceContents(with other: PySet) {
        var fresh = other.table.withLock { $0 }
        table.withLock { swap(&$0, &fresh) }
    }

    func removeAll() {
        var old = SetTable()
        table.withLock { swap(&$0, &old) }
    }
}
