/// Calling any Python callable from Swift.
extension ThreadState {
    /// Calls `callee` with `arguments`, whatever kind of callable it is.
    @inline(__always)
    public func call(_ callee: Value, _ arguments: Arguments) throws -> Value {
        guard case .object(let object) = callee else { throw notCallable(callee) }
        return try object.call(self, arguments)
    }

    /// `callee(a0)` without building an argument list when the callee has
    /// a fixed-arity path (see `PyObject.call1`). For a method found on the
    /// receiver's type, `a0` is the receiver.
    @inline(__always)
    func call1(_ callee: Value, _ a0: Value) throws -> Value {
        guard case .object(let object) = callee else { throw notCallable(callee) }
        return try object.call1(self, a0)
    }

    /// `callee(a0, a1)`, likewise.
    @inline(__always)
    func call2(_ callee: Value, _ a0: Value, _ a1: Value) throws -> Value {
        guard case .object(let object) = callee else { throw notCallable(callee) }
        return try object.call2(self, a0, a1)
    }

    /// `callee(a0, a1, a2)`, likewise.
    @inline(__always)
    func call3(_ callee: Value, _ a0: Value, _ a1: Value, _ a2: Value) throws -> Value {
        guard case .object(let object) = callee else { throw notCallable(callee) }
        return try object.call3(self, a0, a1, a2)
    }

    private func notCallable(_ callee: Value) -> PyError {
        PyError(.typeError, "'\(callee.pyType.name)' object is not callable")
    }

    /// Shorthand for positional-only calls.
    public func call(_ callee: Value, _ positional: Value...) throws -> Value {
        try call(callee, Arguments(positional))
    }
}
