/// Calling any Python callable from Swift.
extension ThreadState {
    /// Calls `callee` with `arguments`, whatever kind of callable it is.
    @inline(__always)
    public func call(_ callee: Value, _ arguments: Arguments) throws -> Value {
        guard case .object(let object) = callee else {
            throw PyError(.typeError, "'\(callee.pyType.name)' object is not callable")
        }
        return try object.call(self, arguments)
    }

    /// Shorthand for positional-only calls.
    public func call(_ callee: Value, _ positional: Value...) throws -> Value {
        try call(callee, Arguments(positional))
    }
}
