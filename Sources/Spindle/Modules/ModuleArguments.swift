/// Argument conversions shared by the library modules, with the
/// `TypeError` wording CPython's C modules use.
extension ThreadState {
    /// A real-number argument (`math.sqrt(x)`): int, bool, float, or an
    /// object with `__float__`.
    func realArgument(_ value: Value) throws -> Double {
        switch value {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        default: break
        }
        if let d = try value.floatIfNumeric() { return d }
        if let method = value.pyType.lookup("__float__") {
            let result = try call(method, value)
            if case .float(let d) = result { return d }
            throw PyError(.typeError, "\(value.pyType.name).__float__ returned non-float (type \(result.pyType.name))")
        }
        throw PyError(.typeError, "must be real number, not \(value.pyType.name)")
    }

    /// An integer argument that must fit a machine word (`__index__` honoured).
    func indexArgument(_ value: Value) throws -> Int {
        switch value {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: break
        }
        if value.asObject is PyBigInt {
            throw PyError(.overflowError, "Python int too large to convert to C ssize_t")
        }
        if let method = value.pyType.lookup("__index__") {
            return try indexArgument(try call(method, value))
        }
        throw PyError(.typeError, "'\(value.pyType.name)' object cannot be interpreted as an integer")
    }

    /// A `str` argument, with the `f() argument must be str, not int` message.
    func stringArgument(_ value: Value, _ function: String) throws -> String {
        guard let s = value.asString else {
            throw PyError(.typeError, "\(function)() argument must be str, not \(value.pyType.name)")
        }
        return s
    }
}

extension PyModule {
    /// Defines a function taking exactly one positional argument, worded as CPython's
    /// `math.sqrt() takes exactly one argument (2 given)`.
    func defineUnary(_ name: String, _ body: @escaping (ThreadState, Value) throws -> Value) {
        let qualified = "\(self.name).\(name)"
        namespace[name] = .object(PyNativeFunction(name, owner: nil, one: body) { thread, args in
            guard args.positional.count == 1, args.keywords.isEmpty else {
                if !args.keywords.isEmpty { throw PyError(.typeError, "\(qualified)() takes no keyword arguments") }
                throw PyError(.typeError, "\(qualified)() takes exactly one argument (\(args.positional.count) given)")
            }
            return try body(thread, args.positional[0])
        })
    }
}

extension ThreadState {
    /// The `callable()` builtin's answer for `value`.
    func isCallable(_ value: Value) throws -> Bool {
        guard let callable = interpreter.builtins.namespace["callable"] else { return value.asObject != nil }
        return try truthy(try call(callable, value))
    }
}

extension ThreadState {
    /// An exception made by calling its class, so the class's `__init__`
    /// fills its fields (`SystemExit.code`, `OSError.errno`, …).
    func instantiateException(_ type: PyType, _ args: [Value]) throws -> PyError {
        let made = try call(.object(type), Arguments(args))
        guard let exception = made.asObject as? PyExceptionObject else {
            throw PyError(.typeError, "exceptions must derive from BaseException")
        }
        return PyError(exception)
    }
}

extension Arguments {
    /// Exactly `count` positional arguments, worded as CPython's fast-call
    /// checks: `atan2 expected 2 arguments, got 1`.
    func positional(_ function: String, _ count: Int) throws -> [Value] {
        if !keywords.isEmpty { throw PyError(.typeError, "\(function)() takes no keyword arguments") }
        guard positional.count == count else {
            throw PyError(.typeError, "\(function) expected \(count) argument\(count == 1 ? "" : "s"), got \(positional.count)")
        }
        return positional
    }
}

extension PyType {
    /// Gives a native callable class a `__call__` that forwards to the
    /// instance's Swift `call`, so `callable()` and explicit `__call__` see it.
    func defineCallForwarding() {
        defineMethod("__call__") { thread, args in
            guard let receiver = args.positional.first?.asObject else {
                throw PyError(.typeError, "descriptor '__call__' needs an argument")
            }
            return try receiver.call(thread, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
        }
    }
}
