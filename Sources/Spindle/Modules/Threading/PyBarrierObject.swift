/// `threading.Barrier(parties, action=None, timeout=None)` over a
/// `NativeBarrier`, and `threading.BrokenBarrierError`.
final class PyBarrierObject: PyInstance {
    private var storage: NativeBarrier?
    private var action: Value = .None
    private var defaultTimeout: Double?

    static let type: PyType = {
        let type = PyType(builtin: "Barrier", moduleName: "threading", base: .object) { PyBarrierObject(cls: $0) }
        install(type)
        return type
    }()

    static let brokenError = PyType(builtin: "BrokenBarrierError", moduleName: "threading", base: .runtimeError) {
        PyExceptionObject(cls: $0)
    }

    static func receiver(_ args: Arguments, _ method: String) throws -> (PyBarrierObject, NativeBarrier) {
        guard let me = args.positional.first?.asObject as? PyBarrierObject else {
            throw PyError(.typeError, "descriptor '\(method)' requires a 'Barrier' object")
        }
        guard let native = me.storage else { throw PyError(.runtimeError, "Barrier.__init__() not called") }
        return (me, native)
    }

    /// `wait(timeout=None)`: the arrival index.
    func wait(_ thread: ThreadState, _ native: NativeBarrier, timeout: Double?) throws -> Int {
        let deadline = thread.deadline(afterScriptSeconds: timeout ?? defaultTimeout)
        let action = self.action
        do {
            return try native.wait(until: deadline, action: action.isNone ? nil : {
                _ = try thread.call(action)
            })
        } catch let failure as NativeBarrier.Failure {
            if failure == .interrupted { throw PyError.keyboardInterrupt() }
            throw PyError(Self.brokenError, args: [])
        }
    }

    private static func install(_ type: PyType) {
        type.defineMethod("__init__") { thread, args in
            guard let me = args.positional.first?.asObject as? PyBarrierObject else {
                throw PyError(.typeError, "descriptor '__init__' requires a 'Barrier' object")
            }
            let slots = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("__init__", ["parties", "action", "timeout"], required: 1)
            guard case .int(let parties) = slots[0] ?? .None else {
                throw PyError(.typeError, "'\((slots[0] ?? .None).pyType.name)' object cannot be interpreted as an integer")
            }
            if parties < 1 { throw PyError(.valueError, "parties must be > 0") }
            me.storage = NativeBarrier(parties: parties)
            me.action = slots[1] ?? .None
            me.defaultTimeout = try LockArguments.optionalTimeout(thread, slots[2])
            return .None
        }
        type.defineMethod("wait") { thread, args in
            let (me, native) = try receiver(args, "wait")
            let slots = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("wait", ["timeout"], required: 0)
            return .int(try me.wait(thread, native, timeout: LockArguments.optionalTimeout(thread, slots[0])))
        }
        type.defineMethod("reset") { _, args in try receiver(args, "reset").1.reset(); return .None }
        type.defineMethod("abort") { _, args in try receiver(args, "abort").1.abort(); return .None }
        type.defineAttribute("parties", get: { _, v in .int(try receiver(Arguments([v]), "parties").1.parties) })
        type.defineAttribute("n_waiting", get: { _, v in .int(try receiver(Arguments([v]), "n_waiting").1.waitingCount) })
        type.defineAttribute("broken", get: { _, v in .bool(try receiver(Arguments([v]), "broken").1.isBroken) })
    }
}

/// `threading.Timer(interval, function, args=None, kwargs=None)`: a thread
/// that waits on its `finished` event for `interval` seconds, then calls
/// the function unless `cancel()` set the event first.
enum TimerType {
    static let type: PyType = {
        let type = PyType(builtin: "Timer", moduleName: "threading", base: PyThreadObject.type)
        type.defineMethod("__init__") { thread, args in
            let me = try PyThreadObject.receiver(args, "__init__")
            let slots = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("__init__", ["interval", "function", "args", "kwargs"], required: 2)
            try me.initialize(thread, target: .None, name: .None, args: .tuple([]), kwargs: .None, daemon: .None)
            me.setAttribute("interval", slots[0] ?? .None)
            me.setAttribute("function", slots[1] ?? .None)
            me.setAttribute("args", slots[2].flatMap { $0.isNone ? nil : $0 } ?? .list([]))
            me.setAttribute("kwargs", slots[3].flatMap { $0.isNone ? nil : $0 } ?? .object(PyDict()))
            me.setAttribute("finished", .object(PyEventObject(cls: PyEventObject.type)))
            return .None
        }
        type.defineMethod("cancel") { thread, args in
            let me = try PyThreadObject.receiver(args, "cancel")
            _ = try thread.call(thread.getAttribute(thread.getAttribute(.object(me), "finished"), "set"))
            return .None
        }
        type.defineMethod("run") { thread, args in
            try run(thread, try PyThreadObject.receiver(args, "run"))
            return .None
        }
        return type
    }()

    private static func run(_ thread: ThreadState, _ me: PyThreadObject) throws {
        let me = Value.object(me)
        let finished = try thread.getAttribute(me, "finished")
        let interval = try thread.getAttribute(me, "interval")
        _ = try thread.call(thread.getAttribute(finished, "wait"), interval)
        if try !thread.truthy(thread.call(thread.getAttribute(finished, "is_set"))) {
            let positional = try thread.collect(thread.getAttribute(me, "args"))
            let kwargs = try thread.getAttribute(me, "kwargs")
            var keywords: [(name: String, value: Value)] = []
            for key in try thread.collect(kwargs) {
                guard let name = key.asString else { throw PyError(.typeError, "keywords must be strings") }
                keywords.append((name, try thread.getItem(kwargs, key)))
            }
            _ = try thread.call(thread.getAttribute(me, "function"), Arguments(Array(positional), keywords: keywords))
        }
        _ = try thread.call(thread.getAttribute(finished, "set"))
    }
}
