/// Helpers shared by the method tables of the logging classes: taking the
/// receiver out of a method call with the right Swift type, and reading
/// the simple argument kinds logging methods accept.
extension PyType {
    /// Installs a method whose receiver must have the Swift layout `T`.
    func defineMethod<T: PyObject>(_ name: String, receiver: T.Type,
                                   _ body: @escaping (ThreadState, T, Arguments) throws -> Value) {
        defineMethod(name) { [unowned self] thread, arguments in
            guard let first = arguments.positional.first, let object = first.asObject as? T else {
                let given = arguments.positional.first?.pyType.name ?? "nothing"
                throw PyError(.typeError, "descriptor '\(name)' requires a '\(self.qualifiedName)' object but received a '\(given)'")
            }
            var rest = arguments
            rest.positional.removeFirst()
            return try body(thread, object, rest)
        }
    }
}

enum LogArguments {
    /// A `str` argument, or a TypeError naming the parameter.
    static func string(_ value: Value?, _ what: String) throws -> String {
        guard let value, let text = value.asString else {
            throw PyError(.typeError, "\(what) must be a str, not \(value?.pyType.name ?? "NoneType")")
        }
        return text
    }

    /// An optional `str` argument (None or missing gives nil).
    static func optionalString(_ value: Value?, _ what: String) throws -> String? {
        guard let value, !value.isNone else { return nil }
        return try string(value, what)
    }

    static func int(_ value: Value?, default fallback: Int) -> Int {
        switch value {
        case .int(let n)?: return n
        case .bool(let b)?: return b ? 1 : 0
        default: return fallback
        }
    }

    /// The positional arguments of a logging call after `msg`.
    static func messageAndArgs(_ function: String, _ arguments: Arguments) throws -> (Value, [Value]) {
        guard let message = arguments.positional.first else {
            throw PyError(.typeError, "\(function)() missing 1 required positional argument: 'msg'")
        }
        return (message, Array(arguments.positional.dropFirst()))
    }
}
