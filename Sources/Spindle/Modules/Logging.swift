import Synchronization

/// The `logging` module: levels, loggers, handlers, formatters and the
/// module-level convenience functions, implemented natively so a record
/// costs no Python-level calls unless Python subclasses are involved.
/// `logging.handlers` (in `LoggingHandlers.swift`) shares its state.
enum LoggingModule {
    private struct Entry {
        weak var interpreter: Interpreter?
        let state: LoggingState
    }

    private static let states = GuardedState<[ObjectIdentifier: Entry]>([:])

    /// The registry factory for `logging`.
    static func make(_ interpreter: Interpreter) -> PyModule {
        state(for: interpreter).module
    }

    /// The interpreter's logging state if `logging` was imported.
    static func existingState(for interpreter: Interpreter) -> LoggingState? {
        states.withLock { table in
            table[ObjectIdentifier(interpreter)].flatMap { $0.interpreter === interpreter ? $0.state : nil }
        }
    }

    /// The interpreter's logging state, made (with the module) on first use.
    static func state(for interpreter: Interpreter) -> LoggingState {
        states.withLock { table in
            table = table.filter { $0.value.interpreter != nil }
            let key = ObjectIdentifier(interpreter)
            if let entry = table[key], entry.interpreter === interpreter { return entry.state }
            let state = LoggingState(interpreter: interpreter, thread: ThreadState(interpreter: interpreter))
            state.install()
            table[key] = Entry(interpreter: interpreter, state: state)
            return state
        }
    }
}

extension Interpreter {
    /// The end of a script run, after the non-daemon threads have finished:
    /// `logging.shutdown()` flushes and closes every handler, as CPython's
    /// `atexit` hook does. Nothing happens if the script never imported logging.
    func shutDownLogging(from thread: ThreadState) {
        guard let state = LoggingModule.existingState(for: self) else { return }
        thread.evaluation.callSiteCode = nil
        state.shutdown(thread)
    }
}

extension LoggingState {
    /// Fills the module namespace and the classes' method tables.
    func install() {
        installHandlerMethods()
        installLoggerMethods()
        installFormatterMethods()
        installAdapterMethods()
        let ns = module.namespace
        for (name, level) in [("CRITICAL", 50), ("FATAL", 50), ("ERROR", 40), ("WARNING", 30),
                              ("WARN", 30), ("INFO", 20), ("DEBUG", 10), ("NOTSET", 0)] {
            ns[name] = .int(level)
        }
        ns["BASIC_FORMAT"] = .str(LoggingState.basicFormat)
        ns["raiseExceptions"] = .bool(true)
        ns["logThreads"] = .bool(true)
        ns["logProcesses"] = .bool(true)
        ns["root"] = .object(root)
        ns["lastResort"] = .object(lastResort)
        for type in [types.filterer, types.filter, types.handler, types.streamHandler, types.fileHandler,
                     types.nullHandler, types.formatter, types.logger, types.rootLogger,
                     types.record, types.adapter] {
            if let type { ns[type.name] = .object(type) }
        }
        types.logger.setAttribute("root", .object(root))
        installModuleFunctions()
        installWarningCapture()
    }

    private func installModuleFunctions() {
        let m = module
        for (name, level) in LoggingState.levelMethods {
            m.defineFunction(name) { [unowned self] thread, args in
                try moduleLog(thread, name, level, args)
                return .None
            }
        }
        m.defineFunction("exception") { [unowned self] thread, args in
            try moduleLog(thread, "exception", LogLevels.error, LoggingState.withExcInfo(args))
            return .None
        }
        m.defineFunction("log") { [unowned self] thread, args in
            var rest = args
            let level = try levelArgument(&rest)
            if root.handlers.isEmpty { try basicConfig(thread, Arguments()) }
            try LoggingState.logCall(thread, root, "log", level, rest)
            return .None
        }
        m.defineFunction("basicConfig") { [unowned self] thread, args in
            try basicConfig(thread, args)
            return .None
        }
        m.defineFunction("getLogger") { [unowned self] thread, args in
            let slots = try args.bind("getLogger", ["name"], required: 0)
            guard let given = slots[0], !given.isNone else { return .object(root) }
            guard let name = given.asString else {
                throw PyError(.typeError, "A logger name must be a string")
            }
            return .object(manager.logger(named: name))
        }
        m.defineFunction("getLevelName") { [unowned self] thread, args in
            try levels.lookup(thread, try args.exactly("getLevelName", min: 1, max: 1)[0])
        }
        m.defineFunction("addLevelName") { [unowned self] _, args in
            let slots = try args.bind("addLevelName", ["level", "levelName"], required: 2)
            let name = try LogArguments.string(slots[1], "levelName")
            configLock.withLock { levels.add(LogArguments.int(slots[0], default: 0), name) }
            return .None
        }
        m.defineFunction("disable") { [unowned self] thread, args in
            let slots = try args.bind("disable", ["level"], required: 0)
            disableLevel.store(try levels.check(thread, slots[0] ?? .int(LogLevels.critical)), ordering: .relaxed)
            return .None
        }
        m.defineFunction("shutdown") { [unowned self] thread, _ in
            shutdown(thread)
            return .None
        }
        m.defineFunction("getLoggerClass") { [unowned self] _, _ in .object(types.logger) }
        m.defineFunction("makeLogRecord") { [unowned self] thread, args in
            let given = try args.exactly("makeLogRecord", min: 1, max: 1)[0]
            let record = LogRecordObject(cls: types.record)
            var fields = LogRecordObject.Fields()
            fields.name = ""
            fields.levelname = "Level 0"
            fields.args = .None
            LogRecordFactory.setLocation(&fields, ("", 0, ""))
            LogRecordFactory.setTime(&fields, LogRuntime.now(thread), self)
            record.assign(fields)
            for (key, value) in LogRuntime.mappingItems(given) ?? [] { record.setAttribute(key, value) }
            return .object(record)
        }
    }
}
