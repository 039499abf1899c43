/// `QueueHandler` (puts prepared records on a queue) and `QueueListener`
/// (a daemon thread that takes them off and passes them to its handlers).
/// The queue is any object with `put_nowait` and `get`, usually `queue.Queue`.
extension LogHandlerObject {
    /// `QueueHandler.emit`: `self.enqueue(self.prepare(record))`.
    func emitToQueue(_ thread: ThreadState, _ record: LogRecordObject) throws {
        let prepared: Value
        if state.isNative(cls, "prepare") {
            prepared = .object(try prepareForQueue(thread, record))
        } else {
            record.publish()
            prepared = try thread.call(try thread.getAttribute(.object(self), "prepare"), .object(record))
        }
        if state.isNative(cls, "enqueue") {
            let queue = attribute("queue") ?? .None
            _ = try thread.call(try thread.getAttribute(queue, "put_nowait"), prepared)
        } else {
            _ = try thread.call(try thread.getAttribute(.object(self), "enqueue"), prepared)
        }
    }

    /// `QueueHandler.prepare`: a copy of the record with the formatted
    /// message in `msg` and `message`, and no arguments or exception left
    /// (they may not survive the trip to another thread).
    func prepareForQueue(_ thread: ThreadState, _ record: LogRecordObject) throws -> LogRecordObject {
        let text = try formatText(thread, record)
        record.publish()
        let copy = LogRecordObject(cls: record.cls)
        for (key, value) in record.attributeSnapshot() { copy.setAttribute(key, value) }
        copy.setAttribute("message", .str(text))
        copy.setAttribute("msg", .str(text))
        copy.setAttribute("args", .None)
        copy.setAttribute("exc_info", .None)
        copy.setAttribute("exc_text", .None)
        return copy
    }
}

extension LoggingState {
    func installQueueMethods() {
        let h = types.queueHandler!
        h.defineMethod("__init__", receiver: LogHandlerObject.self) { [unowned self] _, handler, args in
            let slots = try args.bind("__init__", ["queue"], required: 1)
            handler.setAttribute("queue", slots[0] ?? .None)
            register(handler)
            return .None
        }
        h.defineMethod("prepare", receiver: LogHandlerObject.self) { [unowned self] thread, handler, args in
            .object(try handler.prepareForQueue(thread, try recordArgument(args, "prepare")))
        }
        h.defineMethod("enqueue", receiver: LogHandlerObject.self) { thread, handler, args in
            let record = try args.exactly("enqueue", min: 1, max: 1)[0]
            let queue = handler.attribute("queue") ?? .None
            return try thread.call(try thread.getAttribute(queue, "put_nowait"), record)
        }
        installListenerMethods()
    }

    private func installListenerMethods() {
        let l = types.queueListener!
        l.defineMethod("__init__", receiver: PyInstance.self) { thread, listener, args in
            guard let queue = args.positional.first else {
                throw PyError(.typeError, "__init__() missing 1 required positional argument: 'queue'")
            }
            var respect: Value = .bool(false)
            for (name, value) in args.keywords {
                guard name == "respect_handler_level" else {
                    throw PyError(.typeError, "__init__() got an unexpected keyword argument '\(name)'")
                }
                respect = value
            }
            listener.setAttribute("queue", queue)
            listener.setAttribute("handlers", LogRuntime.tuple(Array(args.positional.dropFirst())))
            listener.setAttribute("respect_handler_level", respect)
            listener.setAttribute("_thread", .None)
            return .None
        }
        l.defineMethod("dequeue", receiver: PyInstance.self) { thread, listener, args in
            let block = args.positional.first ?? .bool(true)
            let queue = listener.attribute("queue") ?? .None
            return try thread.call(try thread.getAttribute(queue, "get"), block)
        }
        l.defineMethod("prepare", receiver: PyInstance.self) { _, _, args in
            try args.exactly("prepare", min: 1, max: 1)[0]
        }
        l.defineMethod("enqueue_sentinel", receiver: PyInstance.self) { thread, listener, _ in
            let queue = listener.attribute("queue") ?? .None
            return try thread.call(try thread.getAttribute(queue, "put_nowait"), .None)
        }
        l.defineMethod("handle", receiver: PyInstance.self) { thread, listener, args in
            try LoggingState.listenerHandle(thread, listener, try args.exactly("handle", min: 1, max: 1)[0])
            return .None
        }
        l.defineMethod("_monitor", receiver: PyInstance.self) { thread, listener, _ in
            try LoggingState.listenerLoop(thread, listener)
            return .None
        }
        l.defineMethod("start", receiver: PyInstance.self) { thread, listener, _ in
            let threading = try LogRuntime.importModule(thread, "threading")
            guard let threadClass = threading.namespace["Thread"] else {
                throw PyError(.attributeError, "module 'threading' has no attribute 'Thread'")
            }
            let target = try thread.getAttribute(.object(listener), "_monitor")
            let worker = try thread.call(threadClass, Arguments([], keywords: [("target", target), ("daemon", .bool(true))]))
            _ = try thread.call(try thread.getAttribute(worker, "start"))
            listener.setAttribute("_thread", worker)
            return .None
        }
        l.defineMethod("stop", receiver: PyInstance.self) { thread, listener, _ in
            _ = try thread.call(try thread.getAttribute(.object(listener), "enqueue_sentinel"))
            if let worker = listener.attribute("_thread"), !worker.isNone {
                _ = try thread.call(try thread.getAttribute(worker, "join"))
            }
            listener.setAttribute("_thread", .None)
            return .None
        }
    }

    /// `QueueListener._monitor`: handle records until the `None` sentinel.
    static func listenerLoop(_ thread: ThreadState, _ listener: PyInstance) throws {
        let queue = listener.attribute("queue") ?? .None
        let taskDone = try? thread.getAttribute(queue, "task_done")
        let dequeue = try thread.getAttribute(.object(listener), "dequeue")
        let handle = try thread.getAttribute(.object(listener), "handle")
        while true {
            let record = try thread.call(dequeue, .bool(true))
            if record.isNone {
                if let taskDone { _ = try thread.call(taskDone) }
                return
            }
            _ = try thread.call(handle, record)
            if let taskDone { _ = try thread.call(taskDone) }
        }
    }

    /// `QueueListener.handle`: prepare, then every handler (or those whose
    /// level admits the record, with `respect_handler_level`).
    static func listenerHandle(_ thread: ThreadState, _ listener: PyInstance, _ given: Value) throws {
        let record = try thread.call(try thread.getAttribute(.object(listener), "prepare"), given)
        let respect = try LogRuntime.isTrue(thread, listener.attribute("respect_handler_level") ?? .None)
        let levelno = (record.asObject as? LogRecordObject)?.levelno ?? 0
        for handler in LogRuntime.tupleItems(listener.attribute("handlers") ?? .None) ?? [] {
            if respect, case .int(let level) = try thread.getAttribute(handler, "level"), levelno < level {
                continue
            }
            _ = try thread.call(try thread.getAttribute(handler, "handle"), record)
        }
    }
}
