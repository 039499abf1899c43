/// Defining the methods of built-in types: the receiver is checked and
/// unwrapped to its Swift class, the remaining arguments passed on.
extension PyType {
    func method<T: PyObject>(_ name: String, _ receiverType: T.Type,
                             _ body: @escaping (ThreadState, T, Arguments) throws -> Value) {
        let typeName = self.name
        defineMethod(name) { thread, arguments in
            guard let first = arguments.positional.first, let receiver = first.asObject as? T else {
                let got = arguments.positional.first?.pyType.name ?? "nothing"
                throw PyError(.typeError, "descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(got)' object")
            }
            var rest = arguments
            rest.positional.removeFirst()
            return try body(thread, receiver, rest)
        }
    }

    /// A method whose receiver is any value of this type (ints, floats).
    func valueMethod(_ name: String, _ body: @escaping (ThreadState, Value, Arguments) throws -> Value) {
        let type = self
        defineMethod(name) { thread, arguments in
            guard let first = arguments.positional.first, first.pyType.isSubtype(of: type) else {
                let got = arguments.positional.first?.pyType.name ?? "nothing"
                throw PyError(.typeError, "descriptor '\(name)' for '\(type.name)' objects doesn't apply to a '\(got)' object")
            }
            var rest = arguments
            rest.positional.removeFirst()
            return try body(thread, first, rest)
        }
    }
}

extension Arguments {
    /// Positional arguments only, between `min` and `max` of them, with
    /// CPython's wording for methods (`append() takes exactly one argument (0 given)`).
    func methodArguments(_ name: String, min: Int, max: Int) throws -> [Value] {
        if !keywords.isEmpty { throw PyError(.typeError, "\(name)() takes no keyword arguments") }
        let n = positional.count
        if n >= min && n <= max { return positional }
        if min == max {
            if min == 0 { throw PyError(.typeError, "\(name)() takes no arguments (\(n) given)") }
            if min == 1 { throw PyError(.typeError, "\(name)() takes exactly one argument (\(n) given)") }
            throw PyError(.typeError, "\(name) expected \(min) arguments, got \(n)")
        }
        if n < min { throw PyError(.typeError, "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)") }
        throw PyError(.typeError, "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
}
