import Synchronization

/// `logging.basicConfig`, and the module-level logging functions that
/// configure the root logger on first use.
extension LoggingState {
    static let basicFormat = "%(levelname)s:%(name)s:%(message)s"

    /// `basicConfig(**kwargs)`: gives the root logger one handler and a
    /// formatter, unless it already has handlers (and `force` is false).
    func basicConfig(_ thread: ThreadState, _ args: Arguments) throws {
        if !args.positional.isEmpty {
            let n = args.positional.count
            throw PyError(.typeError, "basicConfig() takes 0 positional arguments but \(n) \(n == 1 ? "was" : "were") given")
        }
        var options: [String: Value] = [:]
        for (name, value) in args.keywords { options[name] = value }
        configLock.lock()
        defer { configLock.unlock() }
        if let force = options.removeValue(forKey: "force"), try LogRuntime.isTrue(thread, force) {
            for handler in root.handlers {
                root.removeHandler(handler)
                try closeHandler(thread, handler)
            }
        }
        guard root.handlers.isEmpty else { return }
        let handlers = try configHandlers(thread, &options)
        let dateFormat = options.removeValue(forKey: "datefmt")
        let styleText = try LogArguments.optionalString(options.removeValue(forKey: "style"), "style") ?? "%"
        guard let style = LogTemplate.Style(rawValue: styleText) else {
            throw PyError(.valueError, "Style must be one of: %,{,$")
        }
        let format = try LogArguments.optionalString(options.removeValue(forKey: "format"), "format")
        let formatter = LogFormatterObject(cls: types.formatter)
        try formatter.configure(thread, format: format ?? (style == .percent ? LoggingState.basicFormat
                                                              : style.defaultFormat),
                                dateFormat: dateFormat.flatMap { $0.isNone ? nil : $0 }, style: style)
        for handler in handlers {
            let current = try thread.getAttribute(handler, "formatter")
            if current.isNone {
                _ = try thread.call(try thread.getAttribute(handler, "setFormatter"), .object(formatter))
            }
            root.addHandler(handler)
        }
        if let level = options.removeValue(forKey: "level") {
            root.setLevel(try levels.check(thread, level))
        }
        if !options.isEmpty {
            let names = options.keys.sorted().joined(separator: ", ")
            throw PyError(.valueError, "Unrecognised argument(s): \(names)")
        }
    }

    /// The handlers `basicConfig` installs: `handlers=`, else a FileHandler
    /// for `filename=`, else a StreamHandler on `stream=` (default stderr).
    private func configHandlers(_ thread: ThreadState, _ options: inout [String: Value]) throws -> [Value] {
        let given = options.removeValue(forKey: "handlers") ?? .None
        let hasStream = options["stream"] != nil
        let hasFile = options["filename"] != nil
        if !given.isNone {
            if hasStream || hasFile {
                throw PyError(.valueError, "'stream' or 'filename' should not be specified together with 'handlers'")
            }
            return try LogRuntime.iterate(thread, given)
        }
        if hasStream && hasFile {
            throw PyError(.valueError, "'stream' and 'filename' should not be specified together")
        }
        if let filename = options.removeValue(forKey: "filename") {
            let mode = try LogArguments.optionalString(options.removeValue(forKey: "filemode"), "filemode") ?? "a"
            let handler = LogHandlerObject(cls: types.fileHandler, state: self, kind: .file)
            try configureFile(thread, handler, name: try LogRuntime.pathString(thread, filename),
                              mode: mode, delay: .bool(false))
            return [.object(handler)]
        }
        options.removeValue(forKey: "filemode")
        let stream = options.removeValue(forKey: "stream") ?? .None
        let handler = LogHandlerObject(cls: types.streamHandler, state: self, kind: .stream)
        handler.setAttribute("stream", stream.isNone ? LogRuntime.sysStderr(thread) : stream)
        register(handler)
        return [.object(handler)]
    }

    func closeHandler(_ thread: ThreadState, _ handler: Value) throws {
        if let native = handler.asObject as? LogHandlerObject, isNative(native.cls, "close") {
            native.close(thread)
        } else {
            _ = try thread.call(try thread.getAttribute(handler, "close"))
        }
    }

    /// A module-level logging function (`logging.debug(…)`): configures
    /// the root logger if it has no handlers, then logs through it.
    func moduleLog(_ thread: ThreadState, _ function: String, _ level: Int, _ args: Arguments) throws {
        if !root.hasOwnHandlers { try basicConfig(thread, Arguments()) }
        try LoggingState.logCall(thread, root, function, level, args)
    }

    /// A record no handler saw: `logging.lastResort` takes it (a stderr
    /// handler at WARNING); if that was set to None, a one-time notice.
    func handleWithoutHandlers(_ thread: ThreadState, _ logger: LoggerObject, _ record: LogRecordObject) throws {
        let fallback = module.namespace["lastResort"] ?? .None
        if fallback.isNone {
            if raiseExceptions && !warnedNoHandlers.exchange(true, ordering: .relaxed) {
                LogRuntime.writeStderr(thread, "No handlers could be found for logger \"\(logger.name)\"\n")
            }
            return
        }
        try LoggerObject.dispatch(thread, fallback, record, record.levelno)
    }

    /// `logging.shutdown()`: flushes and closes every handler, newest first,
    /// through Python when a subclass overrides `flush` or `close`. Errors
    /// are ignored: the program is ending.
    func shutdown(_ thread: ThreadState) {
        for handler in registeredHandlers() {
            handler.lock.withLock {
                if isNative(handler.cls, "flush") {
                    try? handler.flush(thread)
                } else if let flush = try? thread.getAttribute(.object(handler), "flush") {
                    _ = try? thread.call(flush)
                }
                if isNative(handler.cls, "close") {
                    handler.close(thread)
                } else if let close = try? thread.getAttribute(.object(handler), "close") {
                    _ = try? thread.call(close)
                }
            }
        }
    }
}
