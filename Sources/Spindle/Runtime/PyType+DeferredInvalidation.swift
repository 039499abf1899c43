#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Installing the builtin types' methods defines about 800 attributes on
/// types no Python code has looked at yet. Invalidating the attribute
/// caches of a type and all its subclasses after each one made that a fifth
/// of start-up; inside `PyType.deferringCacheInvalidation` the installing
/// thread records which types changed and invalidates each once at the end.
/// Other threads are unaffected: they invalidate as usual.
enum DeferredInvalidation {
    struct State {
        var threads: [pthread_t] = []
        var pending: [ObjectIdentifier: PyType] = [:]
    }

    /// How many threads are inside a deferring scope (a cheap test for the
    /// common case of none).
    static let activeScopes = Atomic<Int>(0)
    static let state = GuardedState(State())

    static var currentThreadDefers: Bool {
        let current = pthread_self()
        return state.withLock { $0.threads.contains { pthread_equal($0, current) != 0 } }
    }
}

extension PyType {
    /// Runs `body` (which defines attributes on types) with this thread's
    /// cache invalidations postponed until it returns.
    static func deferringCacheInvalidation(_ body: () -> Void) {
        let current = pthread_self()
        let nested = DeferredInvalidation.currentThreadDefers
        if !nested {
            DeferredInvalidation.state.withLock { $0.threads.append(current) }
            DeferredInvalidation.activeScopes.wrappingAdd(1, ordering: .sequentiallyConsistent)
        }
        body()
        guard !nested else { return }
        let changed = DeferredInvalidation.state.withLock { state -> [PyType] in
            state.threads.removeAll { pthread_equal($0, current) != 0 }
            let changed = Array(state.pending.values)
            if state.threads.isEmpty { state.pending = [:] }
            return changed
        }
        DeferredInvalidation.activeScopes.wrappingSubtract(1, ordering: .sequentiallyConsistent)
        // Invalidating a type also invalidates its subclasses: skip the
        // changed types that a changed base covers (usually all but `object`).
        let changedIDs = Set(changed.map(ObjectIdentifier.init))
        for type in changed where !type.inherits(fromAnyOf: changedIDs) {
            type.invalidateAttributeCaches()
        }
    }

    /// True when one of this type's bases, or their bases, is in `types`.
    private func inherits(fromAnyOf types: Set<ObjectIdentifier>) -> Bool {
        var pending = bases
        var seen = Set<ObjectIdentifier>()
        while let base = pending.popLast() {
            let id = ObjectIdentifier(base)
            if types.contains(id) { return true }
            if seen.insert(id).inserted { pending += base.bases }
        }
        return false
    }

    /// True when the calling thread is inside `deferringCacheInvalidation`;
    /// the type is then remembered for invalidation at the scope's end.
    func postponeCacheInvalidation() -> Bool {
        guard DeferredInvalidation.activeScopes.load(ordering: .sequentiallyConsistent) > 0 else { return false }
        let current = pthread_self()
        return DeferredInvalidation.state.withLock { state in
            guard state.threads.contains(where: { pthread_equal($0, current) != 0 }) else { return false }
            state.pending[ObjectIdentifier(self)] = self
            return true
        }
    }
}
