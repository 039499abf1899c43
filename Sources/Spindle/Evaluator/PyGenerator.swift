/// A generator object: made by calling a generator function, it runs the
/// function's body lazily, one `yield` at a time. Usable from any thread
/// (one at a time: a generator already running raises `ValueError`).
public final class PyGenerator: PyIteratorObject {
    let runner: GeneratorRunner
    /// The qualified name of the generator function (`<genexpr>` for expressions).
    let qualifiedName: String

    init(function: PyFunction, slots: UnsafeMutablePointer<Value?>, interpreter: Interpreter) {
        runner = GeneratorRunner(function: function, slots: slots, interpreter: interpreter)
        qualifiedName = function.code.qualifiedName
    }

    deinit {
        try? runner.close(nil)
    }

    public override var pyType: PyType { PyType.generator }

    /// The next yielded value, or nil when the generator is exhausted.
    public override func next(_ thread: ThreadState) throws -> Value? {
        switch try runner.resume(.send(.None), thread) {
        case .yielded(let v): return v
        case .returned: return nil
        case .raised(let error): throw error
        }
    }

    /// `send(value)`: resumes the generator; StopIteration carries the return value.
    public func send(_ value: Value, _ thread: ThreadState) throws -> Value {
        try unwrap(try runner.resume(.send(value), thread))
    }

    /// `throw(exception)`: raises the exception at the paused `yield`.
    public func throwIn(_ exception: PyExceptionObject, _ thread: ThreadState) throws -> Value {
        try unwrap(try runner.resume(.throwIn(exception), thread))
    }

    public func close(_ thread: ThreadState) throws {
        try runner.close(thread)
    }

    private func unwrap(_ outcome: GeneratorOutcome) throws -> Value {
        switch outcome {
        case .yielded(let v): return v
        case .returned(let v): throw stopIteration(v)
        case .raised(let error): throw error
        }
    }

    /// Installs `send`, `throw`, `close`, `__iter__` and `__next__` on the generator type.
    static func installMethods() {
        let type = PyType.generator
        type.defineMethod("__iter__") { _, args in args.positional[0] }
        type.defineMethod("__next__") { thread, args in
            let g = try receiver(args, "__next__")
            guard let v = try g.next(thread) else { throw PyError(.stopIteration, args: []) }
            return v
        }
        type.defineMethod("send") { thread, args in
            let g = try receiver(args, "send")
            guard args.positional.count == 2 else {
                throw PyError(.typeError, "send() takes exactly one argument (\(args.positional.count - 1) given)")
            }
            return try g.send(args.positional[1], thread)
        }
        type.defineMethod("throw") { thread, args in
            let g = try receiver(args, "throw")
            guard args.positional.count >= 2 else {
                throw PyError(.typeError, "throw expected at least 1 argument, got 0")
            }
            var exception = try thread.exceptionInstance(args.positional[1])
            if args.positional.count >= 3, !args.positional[2].isNone,
               let type = args.positional[1].asObject as? PyType {
                exception = try thread.exceptionInstance(try thread.call(.object(type), Arguments([args.positional[2]])))
            }
            return try g.throwIn(exception, thread)
        }
        type.defineMethod("close") { thread, args in
            try receiver(args, "close").close(thread)
            return .None
        }
    }

    private static func receiver(_ args: Arguments, _ method: String) throws -> PyGenerator {
        guard let g = args.positional.first?.asObject as? PyGenerator else {
            throw PyError(.typeError, "descriptor '\(method)' requires a 'generator' object")
        }
        return g
    }
}

/// `StopIteration(value)` as a finished generator raises it.
func stopIteration(_ value: Value) -> PyError {
    let error = PyError(.stopIteration, args: value.isNone ? [] : [value])
    error.exception.setField("value", value)
    return error
}
