import Synchronization

/// How a wait on a monitor ended.
public enum MonitorResult<Value> {
    case done(Value)
    case timedOut
    case interrupted
}

/// State guarded by a mutex plus a queue of threads parked until the state
/// changes: the building block of semaphores, events, barriers, queues and
/// `join`. Waiters re-check their condition after every wake, so wakers may
/// wake generously; the mutex is never held while a thread parks or while
/// a waiter is signaled.
public final class Monitor<State> {
    private struct Guarded {
        var state: State
        var waiters: [WaitNode] = []
    }

    /// Which parked threads an update wakes.
    public enum Wake {
        case none, one, all
        case count(Int)
    }

    private let guarded: PosixMutex<Guarded>

    public init(_ state: State) {
        guarded = PosixMutex(Guarded(state: state))
    }

    /// Reads or changes the state without waking anyone.
    public func withState<R>(_ body: (inout State) throws -> R) rethrows -> R {
        try guarded.withLock { try body(&$0.state) }
    }

    /// Changes the state, then wakes the parked threads `wake` selects
    /// (decided by the body, which sees the new state).
    public func update<R>(_ body: (inout State) throws -> (R, Wake)) rethrows -> R {
        let (result, woken) = try guarded.withLock { g -> (R, [WaitNode]) in
            let (result, wake) = try body(&g.state)
            return (result, Self.take(wake, from: &g.waiters))
        }
        for node in woken { node.signal() }
        return result
    }

    private static func take(_ wake: Wake, from waiters: inout [WaitNode]) -> [WaitNode] {
        let n: Int
        switch wake {
        case .none: return []
        case .one: n = 1
        case .all: n = waiters.count
        case .count(let k): n = max(0, k)
        }
        let taken = Array(waiters.prefix(n))
        waiters.removeFirst(taken.count)
        return taken
    }

    /// Waits until `check` returns a value (it runs under the mutex and may
    /// change the state, e.g. to take a permit), the deadline passes, or
    /// SIGINT interrupts the main thread.
    public func wait<R>(on target: WaitTarget, until deadline: Deadline?, interruptible: Bool = true,
                        _ check: (inout State) throws -> R?) rethrows -> MonitorResult<R> {
        let waiter = Waiter.current
        while true {
            let node = WaitNode(waiter)
            let ready = try guarded.withLock { g -> R? in
                if let r = try check(&g.state) { return r }
                g.waiters.append(node)
                return nil
            }
            if let ready { return .done(ready) }
            let outcome = Blocking.wait(for: node, on: target, until: deadline, interruptible: interruptible)
            if case .signaled = outcome { continue }
            let late = try guarded.withLock { g -> R? in
                g.waiters.removeAll { $0 === node }
                return try check(&g.state)
            }
            if let late {
                if case .interrupted = outcome { Interrupts.repost() }
                return .done(late)
            }
            return outcome == .timedOut ? .timedOut : .interrupted
        }
    }

    /// Number of threads parked on the monitor right now.
    public var waitingCount: Int { guarded.withLock { $0.waiters.count } }
}
