/// `logging.LoggerAdapter(logger, extra)`: passes calls to `logger` with
/// `extra` merged in by `process`, which Python subclasses override to
/// rewrite messages. `logger` and `extra` are ordinary attributes.
extension LoggingState {
    func installAdapterMethods() {
        let t = types.adapter!
        t.defineMethod("__init__", receiver: PyInstance.self) { _, adapter, args in
            let slots = try args.bind("__init__", ["logger", "extra"], required: 1)
            adapter.setAttribute("logger", slots[0] ?? .None)
            adapter.setAttribute("extra", slots[1] ?? .None)
            return .None
        }
        t.defineMethod("process", receiver: PyInstance.self) { _, adapter, args in
            let given = try args.exactly("process", min: 2, max: 2)
            let extra = adapter.attribute("extra") ?? .None
            let kwargs = LogRuntime.dictSetting(given[1], "extra", extra)
            return LogRuntime.tuple([given[0], kwargs])
        }
        for (name, level) in LoggingState.levelMethods {
            t.defineMethod(name, receiver: PyInstance.self) { [unowned self] thread, adapter, args in
                try adapterLog(thread, adapter, level, args)
                return .None
            }
        }
        t.defineMethod("exception", receiver: PyInstance.self) { [unowned self] thread, adapter, args in
            try adapterLog(thread, adapter, LogLevels.error, LoggingState.withExcInfo(args))
            return .None
        }
        t.defineMethod("log", receiver: PyInstance.self) { [unowned self] thread, adapter, args in
            var rest = args
            let level = try levelArgument(&rest)
            try adapterLog(thread, adapter, level, rest)
            return .None
        }
        for name in ["isEnabledFor", "getEffectiveLevel", "setLevel", "hasHandlers"] {
            t.defineMethod(name, receiver: PyInstance.self) { thread, adapter, args in
                let logger = adapter.attribute("logger") ?? .None
                return try thread.call(try thread.getAttribute(logger, name), args)
            }
        }
        t.defineAttribute("name", get: { thread, adapter in
            guard let logger = (adapter.asObject as? PyInstance)?.attribute("logger") else {
                throw PyError(.attributeError, "'LoggerAdapter' object has no attribute 'logger'")
            }
            return try thread.getAttribute(logger, "name")
        })
        t.defineMethod("__repr__", receiver: PyInstance.self) { [unowned self] thread, adapter, _ in
            guard let logger = adapter.attribute("logger")?.asObject as? LoggerObject else {
                return .str("<\(adapter.cls.name)>")
            }
            return .str("<\(adapter.cls.name) \(logger.name) (\(levels.name(of: logger.effectiveLevel)))>")
        }
    }

    /// `LoggerAdapter.log`: when the level is enabled, `process` then `logger.log`.
    private func adapterLog(_ thread: ThreadState, _ adapter: PyInstance, _ level: Int, _ args: Arguments) throws {
        let loggerValue = adapter.attribute("logger") ?? .None
        let (message, rest) = try LogArguments.messageAndArgs("log", args)
        guard let logger = loggerValue.asObject as? LoggerObject, isNative(logger.cls, "log") else {
            var call = args
            call.positional.insert(.int(level), at: 0)
            try processed(thread, adapter, &call, messageIndex: 1)
            _ = try thread.call(try thread.getAttribute(loggerValue, "log"), call)
            return
        }
        guard logger.isEnabled(for: level) else { return }
        if isNative(adapter.cls, "process") {
            var options = try LogCallOptions("log", args.keywords)
            options.extra = adapter.attribute("extra") ?? .None
            try logger.log(thread, level, message, rest, options)
            return
        }
        var call = args
        try processed(thread, adapter, &call, messageIndex: 0)
        let (newMessage, newRest) = try LogArguments.messageAndArgs("log", call)
        try logger.log(thread, level, newMessage, newRest, try LogCallOptions("log", call.keywords))
    }

    /// Runs the adapter's `process(msg, kwargs)` and puts its results back into `call`.
    private func processed(_ thread: ThreadState, _ adapter: PyInstance, _ call: inout Arguments,
                           messageIndex: Int) throws {
        guard messageIndex < call.positional.count else { return }
        let kwargs = LogRuntime.dict(call.keywords.map { ($0.name, $0.value) })
        let process = try thread.getAttribute(.object(adapter), "process")
        let result = try thread.call(process, call.positional[messageIndex], kwargs)
        guard let pair = LogRuntime.tupleItems(result), pair.count == 2,
              let items = LogRuntime.mappingItems(pair[1]) else {
            throw PyError(.typeError, "process() must return a (msg, kwargs) tuple")
        }
        call.positional[messageIndex] = pair[0]
        call.keywords = items.map { (name: $0.0, value: $0.1) }
    }
}
