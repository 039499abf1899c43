/// Argument handling shared by the lock-like objects: `acquire(blocking,
/// timeout)` checks, timeout conversion and CPython's limits.
enum LockArguments {
    /// `threading.TIMEOUT_MAX` on 64-bit Linux.
    static let timeoutMax = 9223372036.0

    /// A timeout given as a number of seconds (int, float, bool, or an
    /// object with `__float__`).
    static func seconds(_ thread: ThreadState, _ value: Value) throws -> Double {
        switch value {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        default: break
        }
        if value.asObject is PyBigInt {
            throw PyError(.overflowError, "timestamp too large to convert to C _PyTime_t")
        }
        if let method = value.pyType.lookup("__float__") {
            if case .float(let d) = try thread.call(method, value) { return d }
        }
        throw PyError(.typeError, "an integer is required (got type \(value.pyType.name))")
    }

    /// A `timeout=` argument where None means "wait forever"; negative values are refused.
    static func optionalTimeout(_ thread: ThreadState, _ value: Value?) throws -> Double? {
        guard let value, !value.isNone else { return nil }
        return try seconds(thread, value)
    }

    /// The deadline for `acquire(blocking, timeout)`; `.some(nil)` waits
    /// forever, nil means "do not wait at all".
    static func acquireDeadline(_ thread: ThreadState, _ name: String, _ arguments: Arguments) throws -> Deadline?? {
        let slots = try arguments.bind(name, ["blocking", "timeout"], required: 0)
        let blocking = try slots[0].map { try thread.truthy($0) } ?? true
        let timeout = try slots[1].map { try seconds(thread, $0) } ?? -1
        if !blocking {
            if timeout != -1 { throw PyError(.valueError, "can't specify a timeout for a non-blocking call") }
            return .none
        }
        if timeout == -1 { return .some(nil) }
        if timeout < 0 { throw PyError(.valueError, "timeout value must be positive") }
        if timeout > 1e18 { throw PyError(.overflowError, "timestamp too large to convert to C _PyTime_t") }
        if timeout > timeoutMax { throw PyError(.overflowError, "timeout value is too large") }
        return .some(thread.deadline(afterScriptSeconds: timeout))
    }

}
