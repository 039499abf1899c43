import Synchronization

/// The waiting half of Python's `Condition`: a queue of parked threads.
/// The lock half stays with the Python object (any lock with `acquire` and
/// `release`), so `wait` is given closures that release and re-acquire
/// it. The waiter is queued *before* the lock is released, so a `notify`
/// issued right after the release cannot be missed.
public final class NativeCondition {
    private let waiters = PosixMutex<[WaitNode]>([])
    /// Spinning before a waiter sleeps: a notify often follows within microseconds.
    let waitSpin = AdaptiveSpin()
    /// Spinning while a woken waiter re-acquires the lock its notifier holds.
    let reacquireSpin = AdaptiveSpin()

    public init() {}

    /// Releases the lock (via `release`), parks until notified, the
    /// deadline passes or SIGINT interrupts, then re-acquires (via
    /// `reacquire`, whatever the outcome). Errors thrown by `release`
    /// propagate before anything waits.
    public func wait<Saved>(until deadline: Deadline?, release: () throws -> Saved,
                            reacquire: (Saved) -> Void) throws -> WaitOutcome {
        let node = WaitNode()
        waiters.withLock { $0.append(node) }
        let saved: Saved
        do {
            saved = try release()
        } catch {
            waiters.withLock { q in q.removeAll { $0 === node } }
            throw error
        }
        let outcome = Blocking.wait(for: node, on: WaitTarget(.condition, self), until: deadline,
                                    spin: waitSpin)
        if outcome != .signaled {
            let stillQueued = waiters.withLock { q -> Bool in
                let before = q.count
                q.removeAll { $0 === node }
                return q.count != before
            }
            // A notify that picked this waiter as it gave up is honoured.
            if !stillQueued && outcome == .timedOut {
                reacquire(saved)
                return .signaled
            }
        }
        reacquire(saved)
        return outcome
    }

    /// Wakes up to `n` waiters, oldest first. Returns how many were woken.
    @discardableResult
    public func notify(_ n: Int = 1) -> Int {
        guard n > 0 else { return 0 }
        let woken = waiters.withLock { q -> [WaitNode] in
            let taken = Array(q.prefix(n))
            q.removeFirst(taken.count)
            return taken
        }
        for node in woken { node.signal() }
        return woken.count
    }

    /// Wakes every waiter.
    @discardableResult
    public func notifyAll() -> Int {
        notify(Int.max)
    }

    /// Threads waiting right now.
    public var waitingCount: Int { waiters.withLock { $0.count } }
}
