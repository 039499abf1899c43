/// The behaviour of `BaseException` that every exception class inherits:
/// `args` captured at construction, `str`/`repr`, the chaining attributes
/// (`__cause__`, `__context__`, `__suppress_context__`) and `with_traceback`.
/// Tracebacks are kept natively (`PyExceptionObject.traceback`);
/// `__traceback__` reads as None.
enum ExceptionMethods {
    static func install() {
        let base = PyType.baseException
        base.defineMethod("__new__") { _, args in
            guard let cls = args.positional.first?.asObject as? PyType,
                  cls.isSubtype(of: PyType.baseException) else {
                throw PyError(.typeError, "BaseException.__new__(X): X is not a subtype of BaseException")
            }
            let instance = try cls.allocate()
            if let exception = instance.asObject as? PyExceptionObject {
                exception.args = Array(args.positional.dropFirst())
            }
            return instance
        }
        base.defineMethod("__init__") { _, args in
            let exception = try receiver("__init__", args)
            if !args.keywords.isEmpty {
                throw PyError(.typeError, "\(exception.cls.name)() takes no keyword arguments")
            }
            exception.args = Array(args.positional.dropFirst())
            return .None
        }
        base.defineMethod("__str__") { thread, args in
            .str(try argsText(thread, receiver("__str__", args)))
        }
        base.defineMethod("__repr__") { thread, args in
            let exception = try receiver("__repr__", args)
            let reprs = try exception.args.map { try thread.repr($0) }
            return .str("\(exception.cls.name)(\(reprs.joined(separator: ", ")))")
        }
        base.defineMethod("with_traceback") { _, args in
            let exception = try receiver("with_traceback", args)
            guard args.positional.count == 2 else {
                throw PyError(.typeError, "with_traceback() takes exactly one argument (\(args.positional.count - 1) given)")
            }
            guard args.positional[1].isNone else {
                throw PyError(.typeError, "__traceback__ must be a traceback or None")
            }
            return .object(exception)
        }
        installAttributes(base)
        ExceptionSubclassMethods.install()
    }

    private static func installAttributes(_ base: PyType) {
        base.defineAttribute("args", get: { _, value in
            .tuple(try cast(value).args)
        }, set: { thread, value, newValue in
            guard let newValue else { throw PyError(.typeError, "args may not be deleted") }
            try cast(value).args = Array(try thread.collect(newValue))
        })
        base.defineAttribute("__traceback__", get: { _, _ in .None }, set: { _, _, newValue in
            guard newValue?.isNone ?? false else {
                throw PyError(.typeError, "__traceback__ must be a traceback or None")
            }
        })
        base.defineAttribute("__cause__", get: { _, value in
            (try cast(value).cause).map { .object($0) } ?? .None
        }, set: { _, value, newValue in
            try cast(value).cause = try chained(newValue, "exception cause")
        })
        base.defineAttribute("__context__", get: { _, value in
            (try cast(value).context).map { .object($0) } ?? .None
        }, set: { _, value, newValue in
            try cast(value).context = try chained(newValue, "exception context")
        })
        base.defineAttribute("__suppress_context__", get: { _, value in
            .bool(try cast(value).suppressContext)
        }, set: { thread, value, newValue in
            try cast(value).suppressContext = try newValue.map { try thread.truthy($0) } ?? false
        })
    }

    /// `__cause__`/`__context__` accept None or an exception instance.
    private static func chained(_ value: Value?, _ what: String) throws -> PyExceptionObject? {
        guard let value, !value.isNone else { return nil }
        guard let exception = value.asObject as? PyExceptionObject else {
            throw PyError(.typeError, "\(what) must be None or derive from BaseException")
        }
        return exception
    }

    /// `str(e)` of BaseException: '', the single argument's str, or the args tuple.
    static func argsText(_ thread: ThreadState, _ exception: PyExceptionObject) throws -> String {
        let args = exception.args
        switch args.count {
        case 0: return ""
        case 1: return try thread.str(args[0])
        default: return try thread.str(.tuple(args))
        }
    }

    /// The exception a method was called on.
    static func receiver(_ method: String, _ args: Arguments) throws -> PyExceptionObject {
        guard let first = args.positional.first else {
            throw PyError(.typeError, "descriptor '\(method)' of 'BaseException' object needs an argument")
        }
        guard let exception = first.asObject as? PyExceptionObject else {
            throw PyError(.typeError, "descriptor '\(method)' requires a 'BaseException' object but received a '\(first.pyType.name)'")
        }
        return exception
    }

    static func cast(_ value: Value) throws -> PyExceptionObject {
        guard let exception = value.asObject as? PyExceptionObject else {
            throw PyError(.typeError, "descriptor requires a 'BaseException' object but received a '\(value.pyType.name)'")
        }
        return exception
    }
}
