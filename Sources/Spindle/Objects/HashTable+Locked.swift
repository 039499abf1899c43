import Synchronization


/// The locking protocol shared by `dict` (`HashTable`) and `set` (`SetTable`): find a key, then run a
/// mutation under the same lock acquisition.
///
/// Built-in keys are decided entirely under the lock. When a same-hash key
/// has a Python `__eq__`, the candidates are copied out, the lock is
/// released, `==` runs in Python, and the lock is taken again; the answer
/// is used only if the table still holds that exact key (or, for a miss,
/// if nothing was inserted or removed meanwhile) — otherwise it starts over.
extension GuardedState where Value: KeyedTable {
    func withKey<R>(_ thread: ThreadState, _ key: Spindle.Value, hash: Int,
                    _ body: (inout Value, Int?) -> R) throws -> R {
        var decided: (index: Int?, key: Spindle.Value, version: Int)?
        while true {
            var candidates: [(index: Int, key: Spindle.Value)] = []
            var seenVersion = 0
            let result: R? = withLock { table -> R? in
                if let d = decided {
                    if let i = d.index {
                        if table.holds(d.key, at: i) { return body(&table, i) }
                    } else if table.version == d.version {
                        return body(&table, nil)
                    }
                }
                switch table.probe(key, hash: hash) {
                case .found(let i): return body(&table, i)
                case .missing: return body(&table, nil)
                case .undecided(let c):
                    candidates = c
                    seenVersion = table.version
                    return nil
                }
            }
            if let result { return result }
            decided = (nil, key, seenVersion)
            for candidate in candidates where try thread.equals(candidate.key, key) {
                decided = (candidate.index, candidate.key, seenVersion)
                break
            }
        }
    }
}
