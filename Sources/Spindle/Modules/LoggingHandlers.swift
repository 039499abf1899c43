import Synchronization

/// The `logging.handlers` module: size- and time-rotating file handlers,
/// and `QueueHandler`/`QueueListener` for handing records to a logging
/// thread. It shares the `logging` module's state and classes.
enum LoggingHandlersModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        let state = LoggingModule.state(for: interpreter)
        let module = PyModule(name: "logging.handlers")
        state.installRotatingMethods()
        state.installQueueMethods()
        let types = state.types
        for type in [types.rotatingFileHandler, types.timedRotatingFileHandler,
                     types.queueHandler, types.queueListener] {
            if let type { module.namespace[type.name] = .object(type) }
        }
        for (name, value) in [("DEFAULT_TCP_LOGGING_PORT", 9020), ("DEFAULT_UDP_LOGGING_PORT", 9021),
                              ("DEFAULT_HTTP_LOGGING_PORT", 9022), ("DEFAULT_SOAP_LOGGING_PORT", 9023),
                              ("SYSLOG_UDP_PORT", 514), ("SYSLOG_TCP_PORT", 514)] {
            module.namespace[name] = .int(value)
        }
        state.module.namespace["handlers"] = .object(module)
        return module
    }
}

extension LoggingState {
    func installRotatingMethods() {
        let r = types.rotatingFileHandler!
        r.defineMethod("__init__", receiver: LogHandlerObject.self) { [unowned self] thread, h, args in
            let names = ["filename", "mode", "maxBytes", "backupCount", "encoding", "delay", "errors"]
            let slots = try args.bind("__init__", names, required: 1)
            let maxBytes = LogArguments.int(slots[2], default: 0)
            let backups = LogArguments.int(slots[3], default: 0)
            var mode = try LogArguments.optionalString(slots[1], "mode") ?? "a"
            if maxBytes > 0 { mode = "a" }
            h.rotation.withLock {
                $0.maxBytes = maxBytes
                $0.backupCount = backups
            }
            h.setAttribute("maxBytes", .int(maxBytes))
            h.setAttribute("backupCount", .int(backups))
            try configureFile(thread, h, name: try LogRuntime.pathString(thread, slots[0]),
                              mode: mode, delay: slots[5] ?? .bool(false))
            return .None
        }
        r.defineMethod("doRollover", receiver: LogHandlerObject.self) { _, h, _ in
            try h.lock.withLock { try h.rolloverBySize() }
            return .None
        }
        let t = types.timedRotatingFileHandler!
        t.defineMethod("__init__", receiver: LogHandlerObject.self) { [unowned self] thread, h, args in
            let names = ["filename", "when", "interval", "backupCount", "encoding", "delay", "utc", "atTime", "errors"]
            let slots = try args.bind("__init__", names, required: 1)
            var settings = LogRotation()
            let when = try LogArguments.optionalString(slots[1], "when") ?? "h"
            try LogRotationSchedule.configure(&settings, when: when, interval: LogArguments.int(slots[2], default: 1))
            settings.backupCount = LogArguments.int(slots[3], default: 0)
            settings.utc = try LogRuntime.isTrue(thread, slots[6] ?? .bool(false))
            try configureFile(thread, h, name: try LogRuntime.pathString(thread, slots[0]),
                              mode: "a", delay: slots[5] ?? .bool(false))
            let start = LogFile.modificationTime(h.baseFilename) ?? LogRuntime.now(thread).rounded(.down)
            settings.rolloverAt = LogRotationSchedule.nextRollover(start, settings)
            h.rotation.withLock { $0 = settings }
            h.setAttribute("when", .str(settings.when))
            h.setAttribute("interval", .int(Int(settings.interval)))
            h.setAttribute("backupCount", .int(settings.backupCount))
            h.setAttribute("suffix", .str(settings.suffix))
            h.setAttribute("utc", .bool(settings.utc))
            h.setAttribute("rolloverAt", .int(Int(settings.rolloverAt)))
            return .None
        }
        t.defineMethod("doRollover", receiver: LogHandlerObject.self) { thread, h, _ in
            try h.lock.withLock { try h.rolloverByTime(LogRuntime.now(thread)) }
            return .None
        }
        t.defineMethod("computeRollover", receiver: LogHandlerObject.self) { thread, h, args in
            let given = try args.exactly("computeRollover", min: 1, max: 1)[0]
            let now: Double
            switch given {
            case .int(let i): now = Double(i)
            case .float(let d): now = d
            default: throw PyError(.typeError, "computeRollover() needs a number")
            }
            return .int(Int(LogRotationSchedule.nextRollover(now, h.rotation.withLock { $0 })))
        }
    }
}
