/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: the
/// fields, the `[Errno n] text: 'file'` form of `str`, and the subclass
/// CPython picks from the errno (`OSError(2, …)` is a FileNotFoundError).
enum OSErrorMethods {
    /// errno values (Linux numbering) with a dedicated subclass.
    private static let subclassByErrno: [Int: PyType] = [
        1: .permissionError, 2: .fileNotFoundError, 13: .permissionError, 17: .fileExistsError,
        20: .notADirectoryError, 21: .isADirectoryError, 110: .timeoutError,
    ]

    static func install() {
        let type = PyType.osError
        for name in ["errno", "strerror", "filename", "filename2"] {
            type.defineAttribute(name, get: { _, value in
                field(try ExceptionMethods.cast(value), name)
            }, set: { _, value, newValue in
                try ExceptionMethods.cast(value).setField(name, newValue)
            })
        }
        type.defineMethod("__new__") { _, args in
            guard var cls = args.positional.first?.asObject as? PyType else {
                throw PyError(.typeError, "OSError.__new__(X): X is not a type object")
            }
            let values = Array(args.positional.dropFirst())
            if cls === PyType.osError, values.count >= 2, case .int(let code) = values[0],
               let specific = subclassByErrno[code] {
                cls = specific
            }
            let instance = try cls.allocate()
            if let exception = instance.asObject as? PyExceptionObject { fill(exception, values) }
            return instance
        }
        type.defineMethod("__init__") { _, args in
            let exception = try ExceptionMethods.receiver("__init__", args)
            if !args.keywords.isEmpty {
                throw PyError(.typeError, "\(exception.cls.name)() takes no keyword arguments")
            }
            fill(exception, Array(args.positional.dropFirst()))
            return .None
        }
        type.defineMethod("__str__") { thread, args in
            .str(try text(thread, ExceptionMethods.receiver("__str__", args)))
        }
    }

    /// With 2 to 5 arguments the leading ones are errno and strerror and
    /// `args` keeps only those two; otherwise the fields stay None.
    private static func fill(_ exception: PyExceptionObject, _ values: [Value]) {
        guard (2...5).contains(values.count) else {
            exception.args = values
            return
        }
        exception.setField("errno", values[0])
        exception.setField("strerror", values[1])
        if values.count >= 3 { exception.setField("filename", values[2]) }
        if values.count == 5 { exception.setField("filename2", values[4]) }
        exception.args = Array(values.prefix(2))
    }

    /// A field set by construction, or (for exceptions made natively with
    /// `PyError(.osError, args: [errno, strerror, filename])`) read from `args`.
    private static func field(_ exception: PyExceptionObject, _ name: String) -> Value {
        if let value = exception.field(name) { return value }
        let args = exception.args
        guard (2...5).contains(args.count) else { return .None }
        switch name {
        case "errno": return args[0]
        case "strerror": return args[1]
        case "filename": return args.count >= 3 ? args[2] : .None
        default: return args.count == 5 ? args[4] : .None
        }
    }

    private static func text(_ thread: ThreadState, _ exception: PyExceptionObject) throws -> String {
        let errno = field(exception, "errno")
        let strerror = field(exception, "strerror")
        guard !errno.isNone || !strerror.isNone else { return try ExceptionMethods.argsText(thread, exception) }
        var text = "[Errno \(try thread.str(errno))] \(try thread.str(strerror))"
        if case let filename = field(exception, "filename"), !filename.isNone {
            text += ": \(try thread.repr(filename))"
            if case let second = field(exception, "filename2"), !second.isNone {
                text += " -> \(try thread.repr(second))"
            }
        }
        return text
    }
}
