/// The `queue` module (Python 2: `Queue`): synchronised FIFO, LIFO and
/// priority queues with `Empty` and `Full`.
enum QueueModule {
    static func make(_ interpreter: Interpreter, name: String = "queue") -> PyModule {
        let module = PyModule(name: name)
        let ns = module.namespace
        ns["Queue"] = .object(PyQueueObject.type)
        ns["LifoQueue"] = .object(PyQueueObject.lifoType)
        ns["PriorityQueue"] = .object(PyQueueObject.priorityType)
        ns["Empty"] = .object(PyQueueObject.emptyError)
        ns["Full"] = .object(PyQueueObject.fullError)
        return module
    }
}

extension PyQueueObject {
    static let emptyError = PyType(builtin: "Empty", moduleName: "_queue", base: .exception) { PyExceptionObject(cls: $0) }
    static let fullError = PyType(builtin: "Full", moduleName: "queue", base: .exception) { PyExceptionObject(cls: $0) }

    static let type: PyType = {
        let type = PyType(builtin: "Queue", moduleName: "queue", base: .object) { PyQueueObject(cls: $0) }
        install(type)
        return type
    }()

    static let lifoType = PyType(builtin: "LifoQueue", moduleName: "queue", base: type)
    static let priorityType = PyType(builtin: "PriorityQueue", moduleName: "queue", base: type)

    private static func receiver(_ args: Arguments, _ method: String) throws -> PyQueueObject {
        guard let me = args.positional.first?.asObject as? PyQueueObject else {
            throw PyError(.typeError, "descriptor '\(method)' requires a 'Queue' object")
        }
        return me
    }

    private static func rest(_ args: Arguments) -> Arguments {
        Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
    }

    /// `block` and `timeout` of `put`/`get`: the deadline, checked as CPython does.
    private static func blocking(_ thread: ThreadState, _ block: Value?, _ timeout: Value?) throws -> (Bool, Deadline?) {
        let shouldBlock = try block.map { try thread.truthy($0) } ?? true
        guard shouldBlock, let seconds = try LockArguments.optionalTimeout(thread, timeout) else {
            return (shouldBlock, nil)
        }
        if seconds < 0 { throw PyError(.valueError, "'timeout' must be a non-negative number") }
        return (true, thread.deadline(afterScriptSeconds: seconds))
    }

    private static func install(_ type: PyType) {
        type.defineMethod("__init__") { _, args in
            let me = try receiver(args, "__init__")
            let slots = try rest(args).bind("__init__", ["maxsize"], required: 0)
            var maxsize = 0
            if let given = slots[0] {
                guard case .int(let n) = given else {
                    throw PyError(.typeError, "'\(given.pyType.name)' object cannot be interpreted as an integer")
                }
                maxsize = n
            }
            me.configure(maxsize: maxsize)
            return .None
        }
        type.defineMethod("qsize") { _, args in .int(try receiver(args, "qsize").size()) }
        type.defineMethod("empty") { _, args in .bool(try receiver(args, "empty").isEmpty()) }
        type.defineMethod("full") { _, args in .bool(try receiver(args, "full").isFull()) }
        type.defineMethod("put") { thread, args in
            let me = try receiver(args, "put")
            let slots = try rest(args).bind("put", ["item", "block", "timeout"], required: 1)
            let (block, deadline) = try blocking(thread, slots[1], slots[2])
            try me.put(thread, slots[0] ?? .None, block: block, deadline: deadline)
            return .None
        }
        type.defineMethod("put_nowait") { thread, args in
            let me = try receiver(args, "put_nowait")
            let slots = try rest(args).bind("put_nowait", ["item"], required: 1)
            try me.put(thread, slots[0] ?? .None, block: false, deadline: nil)
            return .None
        }
        type.defineMethod("get") { thread, args in
            let me = try receiver(args, "get")
            let slots = try rest(args).bind("get", ["block", "timeout"], required: 0)
            let (block, deadline) = try blocking(thread, slots[0], slots[1])
            return try me.get(thread, block: block, deadline: deadline)
        }
        type.defineMethod("get_nowait") { thread, args in
            _ = try rest(args).bind("get_nowait", [], required: 0)
            return try receiver(args, "get_nowait").get(thread, block: false, deadline: nil)
        }
        type.defineMethod("task_done") { _, args in try receiver(args, "task_done").taskDone(); return .None }
        type.defineMethod("join") { _, args in try receiver(args, "join").join(); return .None }
    }
}
