import Synchronization

/// The Python methods of `Handler`, `StreamHandler`, `FileHandler` and
/// `NullHandler`. Each native method is what a Python subclass reaches
/// through `super()`; the record path calls the Swift functions directly.
extension LoggingState {
    func installHandlerMethods() {
        let t = types.handler!
        t.defineMethod("__init__", receiver: LogHandlerObject.self) { [unowned self] thread, h, args in
            let slots = try args.bind("__init__", ["level"], required: 0)
            h.levelValue.store(try levels.check(thread, slots[0] ?? .int(0)), ordering: .relaxed)
            register(h)
            return .None
        }
        t.defineMethod("setLevel", receiver: LogHandlerObject.self) { [unowned self] thread, h, args in
            let level = try args.exactly("setLevel", min: 1, max: 1)[0]
            h.levelValue.store(try levels.check(thread, level), ordering: .relaxed)
            return .None
        }
        t.defineMethod("setFormatter", receiver: LogHandlerObject.self) { _, h, args in
            h.setAttribute("formatter", try args.exactly("setFormatter", min: 1, max: 1)[0])
            return .None
        }
        t.defineMethod("get_name", receiver: LogHandlerObject.self) { _, h, _ in h.attribute("name") ?? .None }
        t.defineMethod("set_name", receiver: LogHandlerObject.self) { _, h, args in
            h.setAttribute("name", try args.exactly("set_name", min: 1, max: 1)[0])
            return .None
        }
        t.defineMethod("createLock", receiver: LogHandlerObject.self) { _, _, _ in .None }
        t.defineMethod("acquire", receiver: LogHandlerObject.self) { _, h, _ in h.lock.lock(); return .None }
        t.defineMethod("release", receiver: LogHandlerObject.self) { _, h, _ in
            guard h.lock.unlock() else { throw PyError(.runtimeError, "cannot release un-acquired lock") }
            return .None
        }
        t.defineMethod("format", receiver: LogHandlerObject.self) { [unowned self] thread, h, args in
            let record = try recordArgument(args, "format")
            return .str(try h.formatWithFormatter(thread, record))
        }
        t.defineMethod("emit", receiver: LogHandlerObject.self) { [unowned self] thread, h, args in
            try h.emitNatively(thread, try recordArgument(args, "emit"))
            return .None
        }
        t.defineMethod("handle", receiver: LogHandlerObject.self) { [unowned self] thread, h, args in
            .bool(try h.handle(thread, try recordArgument(args, "handle")))
        }
        t.defineMethod("handleError", receiver: LogHandlerObject.self) { [unowned self] thread, h, args in
            let record = try recordArgument(args, "handleError")
            if let error = thread.handling.last {
                guard raiseExceptions else { return .None }
                let info = LogRuntime.tuple([.object(error.cls), .object(error), .None])
                let msg = try LogRuntime.repr(thread, record.value(.msg) ?? .None)
                let argsText = try LogRuntime.str(thread, record.value(.args) ?? .None)
                LogRuntime.writeStderr(thread, "--- Logging error ---\n"
                    + (try LogRuntime.formatException(thread, info)) + "\n"
                    + "Message: \(msg)\nArguments: \(argsText)\n")
            }
            return .None
        }
        t.defineMethod("flush", receiver: LogHandlerObject.self) { thread, h, _ in
            try h.lock.withLock { try h.flush(thread) }
            return .None
        }
        t.defineMethod("close", receiver: LogHandlerObject.self) { thread, h, _ in
            h.close(thread)
            return .None
        }
        installFiltererMethods(t, filters: { ($0 as? LogHandlerObject)?.filters })
        t.defineMethod("__repr__", receiver: LogHandlerObject.self) { [unowned self] thread, h, _ in
            .str(try handlerDescription(thread, h))
        }
        t.defineAttribute("level", get: { _, v in
            .int((v.asObject as? LogHandlerObject)?.level ?? 0)
        }, set: { _, v, new in
            guard case .int(let n)? = new, let h = v.asObject as? LogHandlerObject else {
                throw PyError(.typeError, "level must be an integer")
            }
            h.levelValue.store(n, ordering: .relaxed)
        })
        installStreamHandlerMethods()
    }

    /// The record argument of a handler or formatter method.
    func recordArgument(_ args: Arguments, _ method: String) throws -> LogRecordObject {
        guard let first = args.positional.first else {
            throw PyError(.typeError, "\(method)() missing 1 required positional argument: 'record'")
        }
        guard let record = first.asObject as? LogRecordObject else {
            throw PyError(.attributeError, "'\(first.pyType.name)' object has no attribute 'getMessage'")
        }
        return record
    }

    /// `<StreamHandler <stderr> (NOTSET)>`, `<FileHandler /path/app.log (DEBUG)>`.
    func handlerDescription(_ thread: ThreadState, _ h: LogHandlerObject) throws -> String {
        let level = levels.name(of: h.level)
        var target = ""
        switch h.kind {
        case .stream, .lastResort:
            if let name = LogRuntime.streamName(thread, h.currentStream(thread)), !name.isEmpty {
                target = name + " "
            }
        case .file, .rotating, .timedRotating:
            target = h.baseFilename + " "
        default:
            break
        }
        return "<\(h.cls.name) \(target)(\(level))>"
    }

    private func installStreamHandlerMethods() {
        let s = types.streamHandler!
        s.defineMethod("__init__", receiver: LogHandlerObject.self) { [unowned self] thread, h, args in
            let slots = try args.bind("__init__", ["stream"], required: 0)
            let stream = slots[0] ?? .None
            h.setAttribute("stream", stream.isNone ? LogRuntime.sysStderr(thread) : stream)
            register(h)
            return .None
        }
        s.defineMethod("setStream", receiver: LogHandlerObject.self) { thread, h, args in
            let stream = try args.exactly("setStream", min: 1, max: 1)[0]
            let old = h.attribute("stream") ?? .None
            if old.isIdentical(to: stream) { return .None }
            try h.lock.withLock {
                try h.flush(thread)
                h.setAttribute("stream", stream)
            }
            return old
        }
        let f = types.fileHandler!
        f.defineMethod("__init__", receiver: LogHandlerObject.self) { [unowned self] thread, h, args in
            let slots = try args.bind("__init__", ["filename", "mode", "encoding", "delay", "errors"], required: 1)
            let name = try LogRuntime.pathString(thread, slots[0])
            let mode = try LogArguments.optionalString(slots[1], "mode") ?? "a"
            try configureFile(thread, h, name: name, mode: mode, delay: slots[3] ?? .bool(false))
            return .None
        }
        let n = types.nullHandler!
        n.defineMethod("handle", receiver: LogHandlerObject.self) { _, _, _ in .None }
        n.defineMethod("emit", receiver: LogHandlerObject.self) { _, _, _ in .None }
    }

    /// The shared part of the file handlers' `__init__`.
    func configureFile(_ thread: ThreadState, _ h: LogHandlerObject, name: String, mode: String, delay: Value) throws {
        h.setAttribute("baseFilename", .str(LogFile.absolutePath(name)))
        h.setAttribute("mode", .str(mode))
        h.setAttribute("encoding", .None)
        h.setAttribute("delay", delay)
        h.setAttribute("stream", .None)
        if !(try LogRuntime.isTrue(thread, delay)) {
            try h.lock.withLock { _ = try h.openFile() }
        }
        register(h)
    }
}
