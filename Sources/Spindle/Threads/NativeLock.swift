import Synchronization

/// How a timed or interruptible acquire ended.
public enum AcquireResult: Equatable, Sendable {
    case acquired
    case timedOut
    case interrupted
}

/// Python's `_thread.lock`: a non-owned mutual-exclusion lock that any
/// thread may release, with blocking, non-blocking and timed acquire.
///
/// The state word is 0 (unlocked), 1 (locked) or 2 (locked, and threads
/// may be parked). Acquiring an unlocked lock and releasing a lock nobody
/// waits for are single atomic operations that never enter the kernel;
/// only contended acquires queue a `WaitNode` and park through the
/// blocking seam. Released locks are not handed over: a woken waiter
/// competes again, which keeps throughput high under contention.
public final class NativeLock {
    private let state = Atomic<Int>(0)
    private let queue = PosixMutex<[WaitNode]>([])

    public init() {}

    /// True while some thread holds the lock.
    public var isLocked: Bool { state.load(ordering: .relaxed) != 0 }

    /// Takes the lock if it is free; never blocks.
    public func tryAcquire() -> Bool {
        state.compareExchange(expected: 0, desired: 1, ordering: .acquiring).exchanged
    }

    /// Takes the lock, waiting until `deadline` (nil: forever).
    public func acquire(until deadline: Deadline? = nil, interruptible: Bool = true) -> AcquireResult {
        if tryAcquire() { return .acquired }
        return acquireSlow(until: deadline, interruptible: interruptible, spin: nil)
    }

    /// Takes the lock, first spinning as long as `spin` allows: for a
    /// thread that expects the holder to release soon (a condition waiter
    /// re-acquiring the lock its notifier still holds).
    func acquire(until deadline: Deadline? = nil, interruptible: Bool = true, spin: AdaptiveSpin) -> AcquireResult {
        if tryAcquire() { return .acquired }
        return acquireSlow(until: deadline, interruptible: interruptible, spin: spin)
    }

    /// Releases the lock. Returns false (changing nothing) if it was not locked.
    @discardableResult
    public func release() -> Bool {
        let previous = state.exchange(0, ordering: .releasing)
        if previous == 2 { wakeOne() }
        return previous != 0
    }

    private func wakeOne() {
        let node = queue.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        node?.signal()
    }

    private func acquireSlow(until deadline: Deadline?, interruptible: Bool, spin: AdaptiveSpin?) -> AcquireResult {
        var spinStarted: UInt64 = 0
        if let spin {
            if spin.spin(until: deadline, started: &spinStarted, { state.load(ordering: .relaxed) == 0 && tryAcquire() }) {
                return .acquired
            }
        } else if spinBriefly() {
            return .acquired
        }
        let result = acquireQueued(until: deadline, interruptible: interruptible)
        if result == .acquired { spin?.learn(waitStarted: spinStarted) }
        return result
    }

    /// The slow path proper: queue a node and park until released to.
    private func acquireQueued(until deadline: Deadline?, interruptible: Bool) -> AcquireResult {
        let waiter = Waiter.current
        while true {
            let node = WaitNode(waiter)
            // Marking the word "contended" under the queue mutex orders this
            // waiter's enqueue before the releaser's dequeue.
            let gotIt = queue.withLock { q -> Bool in
                if state.exchange(2, ordering: .acquiring) == 0 { return true }
                q.append(node)
                return false
            }
            if gotIt { return .acquired }
            let outcome = Blocking.wait(for: node, on: WaitTarget(.lock, self), until: deadline,
                                        interruptible: interruptible)
            if case .signaled = outcome { continue }
            let late = queue.withLock { q -> Bool in
                q.removeAll { $0 === node }
                return state.exchange(2, ordering: .acquiring) == 0
            }
            if late {
                if case .interrupted = outcome { Interrupts.repost() }
                return .acquired
            }
            return outcome == .timedOut ? .timedOut : .interrupted
        }
    }

    /// A short optimistic spin: on a multi-core machine the holder often
    /// releases within a few hundred nanoseconds, far less than a park.
    private func spinBriefly() -> Bool {
        for _ in 0..<64 {
            if state.load(ordering: .relaxed) == 0 && tryAcquire() { return true }
            spinHint()
        }
        return false
    }
}

/// A processor hint inside spin loops (the compiler may not remove an
/// atomic load, so this at least paces the loop).
@inline(__always)
func spinHint() {
    _ = spinPacer.load(ordering: .relaxed)
}

private let spinPacer = Atomic<Int>(0)
