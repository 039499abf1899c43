/// Fields of particular exception classes: `SystemExit.code`,
/// `StopIteration.value`, `KeyError`'s `str`, `OSError`'s errno/strerror/
/// filename (and the subclass chosen from the errno), `ImportError.name`.
enum ExceptionSubclassMethods {
    static func install() {
        installSystemExit()
        installStopIteration()
        installKeyError()
        OSErrorMethods.install()
        installImportError()
    }

    /// A read/write attribute backed by `PyExceptionObject.field`. Until
    /// `__init__` (or an assignment) sets it, it is derived from `args`, so
    /// exceptions raised natively (`PyError(.stopIteration, args: [v])`) have it too.
    private static func defineField(_ type: PyType, _ name: String,
                                    fromArgs derive: @escaping ([Value]) -> Value = { _ in .None }) {
        type.defineAttribute(name, get: { _, value in
            let exception = try ExceptionMethods.cast(value)
            return exception.field(name) ?? derive(exception.args)
        }, set: { _, value, newValue in
            try ExceptionMethods.cast(value).setField(name, newValue)
        })
    }

    /// Installs an `__init__` that runs BaseException's and then `extra`.
    private static func defineInit(_ type: PyType, keywords: [String] = [],
                                   _ extra: @escaping (PyExceptionObject, [Value], [String: Value]) throws -> Void) {
        type.defineMethod("__init__") { _, args in
            let exception = try ExceptionMethods.receiver("__init__", args)
            var given: [String: Value] = [:]
            for (name, value) in args.keywords {
                guard keywords.contains(name) else {
                    if keywords.isEmpty {
                        throw PyError(.typeError, "\(exception.cls.name)() takes no keyword arguments")
                    }
                    throw PyError(.typeError, "'\(name)' is an invalid keyword argument for \(exception.cls.name)()")
                }
                given[name] = value
            }
            let positional = Array(args.positional.dropFirst())
            exception.args = positional
            try extra(exception, positional, given)
            return .None
        }
    }

    private static func installSystemExit() {
        defineField(.systemExit, "code", fromArgs: exitCode)
        defineInit(.systemExit) { exception, args, _ in
            exception.setField("code", exitCode(args))
        }
    }

    /// `SystemExit.code`: None, the single argument, or the argument tuple.
    private static func exitCode(_ args: [Value]) -> Value {
        switch args.count {
        case 0: return .None
        case 1: return args[0]
        default: return .tuple(args)
        }
    }

    private static func installStopIteration() {
        defineField(.stopIteration, "value") { $0.first ?? .None }
        defineInit(.stopIteration) { exception, args, _ in
            exception.setField("value", args.first ?? .None)
        }
    }

    /// `str(KeyError(k))` is `repr(k)`, so `KeyError('')` does not print as empty.
    private static func installKeyError() {
        PyType.keyError.defineMethod("__str__") { thread, args in
            let exception = try ExceptionMethods.receiver("__str__", args)
            let values = exception.args
            if values.count == 1 { return .str(try thread.repr(values[0])) }
            return .str(try ExceptionMethods.argsText(thread, exception))
        }
    }

    private static func installImportError() {
        let type = PyType.importError
        defineField(type, "msg") { $0.count == 1 ? $0[0] : .None }
        for name in ["name", "path"] { defineField(type, name) }
        defineInit(type, keywords: ["name", "path"]) { exception, args, keywords in
            exception.setField("msg", args.count == 1 ? args[0] : .None)
            exception.setField("name", keywords["name"] ?? .None)
            exception.setField("path", keywords["path"] ?? .None)
        }
        type.defineMethod("__str__") { thread, args in
            let exception = try ExceptionMethods.receiver("__str__", args)
            if let message = exception.field("msg"), !message.isNone { return .str(try thread.str(message)) }
            return .str(try ExceptionMethods.argsText(thread, exception))
        }
    }
}
