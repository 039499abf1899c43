/// Python's `Semaphore` and `BoundedSemaphore`: a counter of permits;
/// acquire takes one (waiting while there are none), release returns
/// permits. A bounded semaphore refuses to grow past its initial value.
public final class NativeSemaphore {
    private struct State {
        var value: Int
    }

    private let monitor: Monitor<State>
    /// The ceiling for a bounded semaphore.
    public let bound: Int?

    public enum Failure: Error, Equatable {
        /// A bounded semaphore was released more times than acquired.
        case releasedTooManyTimes
    }

    public init(value: Int, bounded: Bool = false) {
        monitor = Monitor(State(value: value))
        bound = bounded ? value : nil
    }

    public var value: Int { monitor.withState { $0.value } }

    /// Takes a permit if one is free; never blocks.
    public func tryAcquire() -> Bool {
        monitor.withState { s in
            guard s.value > 0 else { return false }
            s.value -= 1
            return true
        }
    }

    /// Takes a permit, waiting until `deadline` (nil: forever).
    public func acquire(until deadline: Deadline? = nil) -> AcquireResult {
        let result = monitor.wait(on: WaitTarget(.semaphore, self), until: deadline) { s -> Bool? in
            guard s.value > 0 else { return nil }
            s.value -= 1
            return true
        }
        switch result {
        case .done: return .acquired
        case .timedOut: return .timedOut
        case .interrupted: return .interrupted
        }
    }

    /// Returns `n` permits, waking as many waiters.
    public func release(_ n: Int = 1) throws(Failure) {
        let ok = monitor.update { s -> (Bool, Monitor<State>.Wake) in
            if let bound, s.value + n > bound { return (false, .none) }
            s.value += n
            return (true, .count(n))
        }
        if !ok { throw .releasedTooManyTimes }
    }
}
