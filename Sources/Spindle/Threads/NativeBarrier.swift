/// Python's `Barrier`: `parties` threads wait until all have arrived, then
/// all go on together; the last to arrive runs the optional action first.
/// A state machine in the manner of CPython's: a generation *fills*, the
/// last arrival runs the action, the generation *drains* (threads leave,
/// newcomers wait), and the next generation starts filling. A timeout, a
/// failing action or `abort()` *breaks* the barrier until `reset()`.
public final class NativeBarrier {
    enum Phase: Equatable {
        case filling, runningAction, draining, resetting, broken
    }

    struct State {
        var phase: Phase = .filling
        /// Threads inside `wait` right now.
        var count = 0
    }

    /// Why `wait` failed.
    public enum Failure: Error, Equatable {
        /// The barrier is (or became) broken: Python's BrokenBarrierError.
        case broken
        /// SIGINT arrived while the main thread waited (the barrier is broken too).
        case interrupted
    }

    private let monitor = Monitor(State())
    public let parties: Int

    public init(parties: Int) {
        self.parties = parties
    }

    /// Threads waiting in the current generation.
    public var waitingCount: Int {
        monitor.withState { $0.phase == .filling ? $0.count : 0 }
    }

    public var isBroken: Bool { monitor.withState { $0.phase == .broken } }

    /// Waits for the other parties; returns this thread's arrival index
    /// (0 … parties-1). The last arrival runs `action` before anyone leaves.
    public func wait(until deadline: Deadline?, action: (() throws -> Void)? = nil) throws -> Int {
        let (index, isLast) = try enter()
        defer { leave() }
        if isLast {
            do {
                try action?()
            } catch {
                breakBarrier()
                throw error
            }
            monitor.update { s -> (Void, Monitor<State>.Wake) in
                s.phase = .draining
                return ((), .all)
            }
            return index
        }
        let released = monitor.wait(on: WaitTarget(.barrier, self), until: deadline) { s -> Phase? in
            s.phase == .filling || s.phase == .runningAction ? nil : s.phase
        }
        switch released {
        case .done(let phase):
            if phase != .draining { throw Failure.broken }
            return index
        case .timedOut:
            breakBarrier()
            throw Failure.broken
        case .interrupted:
            breakBarrier()
            throw Failure.interrupted
        }
    }

    /// Waits while a previous generation drains or resets, then joins the
    /// filling generation.
    private func enter() throws -> (Int, Bool) {
        let parties = self.parties
        let entered = monitor.wait(on: WaitTarget(.barrier, self), until: nil) { s -> (Int, Bool)? in
            switch s.phase {
            case .draining, .resetting, .runningAction:
                return nil
            case .broken:
                return (-1, false)
            case .filling:
                let index = s.count
                s.count += 1
                let isLast = index + 1 == parties
                if isLast { s.phase = .runningAction }
                return (index, isLast)
            }
        }
        switch entered {
        case .done(let (index, isLast)):
            if index < 0 { throw Failure.broken }
            return (index, isLast)
        case .timedOut, .interrupted:
            throw Failure.interrupted
        }
    }

    private func leave() {
        monitor.update { s -> (Void, Monitor<State>.Wake) in
            s.count -= 1
            if s.count == 0 && (s.phase == .draining || s.phase == .resetting) {
                s.phase = .filling
                return ((), .all)
            }
            return ((), .none)
        }
    }

    private func breakBarrier() {
        monitor.update { s -> (Void, Monitor<State>.Wake) in
            s.phase = .broken
            return ((), .all)
        }
    }

    /// Puts the barrier back to its initial state; threads waiting now
    /// get BrokenBarrierError.
    public func reset() {
        monitor.update { s -> (Void, Monitor<State>.Wake) in
            if s.count > 0 {
                if s.phase == .filling || s.phase == .broken { s.phase = .resetting }
            } else {
                s.phase = .filling
            }
            return ((), .all)
        }
    }

    /// Breaks the barrier: current and future waiters get BrokenBarrierError.
    public func abort() {
        breakBarrier()
    }
}
