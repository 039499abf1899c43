/// Python's `Event`: a flag threads can wait to see set.
public final class NativeEvent {
    private let monitor = Monitor(false)

    public init() {}

    public var isSet: Bool { monitor.withState { $0 } }

    /// Sets the flag and wakes every waiter.
    public func set() {
        monitor.update { flag -> (Void, Monitor<Bool>.Wake) in
            flag = true
            return ((), .all)
        }
    }

    public func clear() {
        monitor.withState { $0 = false }
    }

    /// Waits until the flag is set or the deadline passes; returns the flag
    /// (nil when SIGINT interrupted the main thread).
    public func wait(until deadline: Deadline? = nil, target: WaitTarget? = nil) -> Bool? {
        let result = monitor.wait(on: target ?? WaitTarget(.event, self), until: deadline) { flag in
            flag ? true : nil
        }
        switch result {
        case .done: return true
        case .timedOut: return false
        case .interrupted: return nil
        }
    }
}
