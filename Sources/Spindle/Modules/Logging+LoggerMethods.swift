import Synchronization

/// The Python methods of `Logger` (and, through inheritance, `RootLogger`)
/// and the `Filterer` methods loggers and handlers share.
extension LoggingState {
    /// The level methods every logger and adapter offers, with their level.
    static let levelMethods: [(String, Int)] = [
        ("debug", LogLevels.debug), ("info", LogLevels.info), ("warning", LogLevels.warning),
        ("warn", LogLevels.warning), ("error", LogLevels.error), ("critical", LogLevels.critical),
        ("fatal", LogLevels.critical),
    ]

    func installLoggerMethods() {
        let t = types.logger!
        for (name, level) in LoggingState.levelMethods {
            t.defineMethod(name, receiver: LoggerObject.self) { thread, logger, args in
                try LoggingState.logCall(thread, logger, name, level, args)
                return .None
            }
        }
        t.defineMethod("exception", receiver: LoggerObject.self) { thread, logger, args in
            try LoggingState.logCall(thread, logger, "exception", LogLevels.error, LoggingState.withExcInfo(args))
            return .None
        }
        t.defineMethod("log", receiver: LoggerObject.self) { [unowned self] thread, logger, args in
            var rest = args
            let level = try levelArgument(&rest)
            try LoggingState.logCall(thread, logger, "log", level, rest)
            return .None
        }
        t.defineMethod("__init__", receiver: LoggerObject.self) { [unowned self] thread, logger, args in
            let slots = try args.bind("__init__", ["name", "level"], required: 1)
            let name = try LogArguments.string(slots[0], "name")
            logger.rename(name)
            logger.setLevel(try levels.check(thread, slots[1] ?? .int(0)))
            return .None
        }
        t.defineMethod("setLevel", receiver: LoggerObject.self) { [unowned self] thread, logger, args in
            let level = try args.exactly("setLevel", min: 1, max: 1)[0]
            logger.setLevel(try levels.check(thread, level))
            return .None
        }
        t.defineMethod("isEnabledFor", receiver: LoggerObject.self) { _, logger, args in
            let level = try args.exactly("isEnabledFor", min: 1, max: 1)[0]
            return .bool(logger.isEnabled(for: LogArguments.int(level, default: 0)))
        }
        t.defineMethod("getEffectiveLevel", receiver: LoggerObject.self) { _, logger, _ in
            .int(logger.effectiveLevel)
        }
        t.defineMethod("addHandler", receiver: LoggerObject.self) { [unowned self] _, logger, args in
            let handler = try args.exactly("addHandler", min: 1, max: 1)[0]
            configLock.withLock { logger.addHandler(handler) }
            return .None
        }
        t.defineMethod("removeHandler", receiver: LoggerObject.self) { [unowned self] _, logger, args in
            let handler = try args.exactly("removeHandler", min: 1, max: 1)[0]
            configLock.withLock { logger.removeHandler(handler) }
            return .None
        }
        t.defineMethod("hasHandlers", receiver: LoggerObject.self) { _, logger, _ in .bool(logger.hasHandlers) }
        t.defineMethod("handle", receiver: LoggerObject.self) { [unowned self] thread, logger, args in
            try logger.handle(thread, try recordArgument(args, "handle"))
            return .None
        }
        t.defineMethod("callHandlers", receiver: LoggerObject.self) { [unowned self] thread, logger, args in
            try logger.callHandlers(thread, try recordArgument(args, "callHandlers"))
            return .None
        }
        t.defineMethod("getChild", receiver: LoggerObject.self) { [unowned self] _, logger, args in
            let suffix = try LogArguments.string(try args.exactly("getChild", min: 1, max: 1)[0], "suffix")
            let full = logger === root ? suffix : logger.name + "." + suffix
            return .object(manager.logger(named: full))
        }
        t.defineMethod("__repr__", receiver: LoggerObject.self) { [unowned self] _, logger, _ in
            .str("<\(logger.cls.name) \(logger.name) (\(levels.name(of: logger.effectiveLevel)))>")
        }
        installFiltererMethods(t, filters: { ($0 as? LoggerObject)?.filters })
        installLoggerAttributes(t)
    }

    /// `level`, `disabled`, `propagate` and `name` as native attributes.
    private func installLoggerAttributes(_ t: PyType) {
        func logger(_ value: Value) throws -> LoggerObject {
            guard let logger = value.asObject as? LoggerObject else {
                throw PyError(.typeError, "descriptor requires a 'logging.Logger' object")
            }
            return logger
        }
        func required(_ value: Value?, _ name: String) throws -> Value {
            guard let value else { throw PyError(.attributeError, "can't delete attribute '\(name)'") }
            return value
        }
        t.defineAttribute("level", get: { _, v in .int(try logger(v).level) }, set: { thread, v, new in
            let value = try required(new, "level")
            guard case .int(let n) = value else {
                throw PyError(.typeError, "level must be an integer, not \(value.pyType.name)")
            }
            try logger(v).setLevel(n)
        })
        t.defineAttribute("disabled", get: { _, v in .bool(try logger(v).isDisabled) }, set: { thread, v, new in
            try logger(v).disabledFlag.store(try thread.truthy(try required(new, "disabled")), ordering: .relaxed)
        })
        t.defineAttribute("propagate", get: { _, v in .bool(try logger(v).propagates) }, set: { thread, v, new in
            try logger(v).propagateFlag.store(try thread.truthy(try required(new, "propagate")), ordering: .relaxed)
        })
        t.defineAttribute("name", get: { _, v in .str(try logger(v).name) }, set: { thread, v, new in
            try logger(v).rename(try LogArguments.string(try required(new, "name"), "name"))
        })
    }

    /// The level argument of `log(level, msg, …)`: an int, or a TypeError.
    func levelArgument(_ args: inout Arguments) throws -> Int {
        guard !args.positional.isEmpty else {
            throw PyError(.typeError, "log() missing 2 required positional arguments: 'level' and 'msg'")
        }
        let level = args.positional.removeFirst()
        switch level {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        default:
            if raiseExceptions { throw PyError(.typeError, "level must be an integer") }
            return 0
        }
    }

    /// One logging call on `logger`: the level test first, so a disabled
    /// level costs no record.
    static func logCall(_ thread: ThreadState, _ logger: LoggerObject, _ function: String, _ level: Int,
                        _ args: Arguments) throws {
        let (message, rest) = try LogArguments.messageAndArgs(function, args)
        guard logger.isEnabled(for: level) else { return }
        let options = try LogCallOptions(function, args.keywords)
        try logger.log(thread, level, message, rest, options)
    }

    /// `exception(msg, …)` is `error(msg, …, exc_info=True)` unless given.
    static func withExcInfo(_ args: Arguments) -> Arguments {
        var result = args
        if !args.keywords.contains(where: { $0.name == "exc_info" }) {
            result.keywords.append((name: "exc_info", value: .bool(true)))
        }
        return result
    }

    /// `addFilter`, `removeFilter` and `filter` on loggers and handlers.
    func installFiltererMethods(_ type: PyType, filters: @escaping (PyObject) -> LogFilterList?) {
        func list(_ receiver: Value?) throws -> LogFilterList {
            guard let object = receiver?.asObject, let found = filters(object) else {
                throw PyError(.typeError, "descriptor requires a '\(type.qualifiedName)' object")
            }
            return found
        }
        type.defineMethod("addFilter") { _, args in
            let given = try args.exactly("addFilter", min: 2, max: 2)
            try list(given[0]).add(given[1])
            return .None
        }
        type.defineMethod("removeFilter") { _, args in
            let given = try args.exactly("removeFilter", min: 2, max: 2)
            try list(given[0]).remove(given[1])
            return .None
        }
        type.defineMethod("filter") { [unowned self] thread, args in
            let given = try args.exactly("filter", min: 2, max: 2)
            guard let record = given[1].asObject as? LogRecordObject else {
                throw PyError(.attributeError, "'\(given[1].pyType.name)' object has no attribute 'name'")
            }
            return .bool(try list(given[0]).passes(thread, record, self))
        }
    }
}
