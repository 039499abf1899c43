import Synchronization

/// Python's `RLock`: a lock the owning thread may take again; it is free
/// once released as many times as it was acquired. Built, like CPython's,
/// from a plain `NativeLock` plus an owner and a count. Only the owner
/// touches the count, and ownership passes through the lock's
/// acquire/release, so the count needs no further guarding.
public final class NativeRLock {
    private let lock = NativeLock()
    /// `pthread_self()` of the owner, 0 when free.
    private let owner = Atomic<UInt>(0)
    private let depth = Atomic<Int>(0)

    public init() {}

    /// Errors of `release` and of restoring a saved state.
    public enum Failure: Error, Equatable {
        /// `release()` by a thread that does not own the lock.
        case notOwned
    }

    /// The owner's ident, or nil when free.
    public var ownerIdent: UInt? {
        let o = owner.load(ordering: .relaxed)
        return o == 0 ? nil : o
    }

    /// How many times the owner holds it (0 when free).
    public var count: Int { depth.load(ordering: .relaxed) }

    public func isOwnedByCurrentThread() -> Bool {
        owner.load(ordering: .relaxed) == Waiter.currentIdent()
    }

    /// Acquires (again, if the caller already owns it).
    public func acquire(blocking: Bool = true, until deadline: Deadline? = nil,
                        interruptible: Bool = true) -> AcquireResult {
        let me = Waiter.currentIdent()
        if owner.load(ordering: .relaxed) == me {
            // Only the owner writes the count: no read-modify-write needed.
            depth.store(depth.load(ordering: .relaxed) + 1, ordering: .relaxed)
            return .acquired
        }
        let result = blocking ? lock.acquire(until: deadline, interruptible: interruptible)
                              : (lock.tryAcquire() ? .acquired : .timedOut)
        if result == .acquired {
            owner.store(me, ordering: .relaxed)
            depth.store(1, ordering: .relaxed)
        }
        return result
    }

    /// Releases once; the lock is free when the count reaches zero.
    public func release() throws(Failure) {
        guard owner.load(ordering: .relaxed) == Waiter.currentIdent() else { throw .notOwned }
        let remaining = depth.load(ordering: .relaxed) - 1
        depth.store(remaining, ordering: .relaxed)
        if remaining == 0 {
            owner.store(0, ordering: .relaxed)
            lock.release()
        }
    }

    /// Releases completely, returning the count to restore later
    /// (`Condition.wait` on an RLock).
    public func releaseAll() throws(Failure) -> Int {
        guard owner.load(ordering: .relaxed) == Waiter.currentIdent() else { throw .notOwned }
        let saved = depth.exchange(0, ordering: .relaxed)
        owner.store(0, ordering: .relaxed)
        lock.release()
        return saved
    }

    /// Re-acquires after `releaseAll`, restoring the count.
    public func restore(count: Int) {
        _ = lock.acquire(interruptible: false)
        owner.store(Waiter.currentIdent(), ordering: .relaxed)
        depth.store(count, ordering: .relaxed)
    }

    /// `restore(count:)`, spinning first as `spin` allows.
    func restore(count: Int, spin: AdaptiveSpin) {
        _ = lock.acquire(interruptible: false, spin: spin)
        owner.store(Waiter.currentIdent(), ordering: .relaxed)
        depth.store(count, ordering: .relaxed)
    }
}
