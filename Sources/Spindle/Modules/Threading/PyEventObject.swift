/// `threading.Event`: a Python object around a `NativeEvent`. Subclassable
/// (its allocator gives subclasses this layout).
final class PyEventObject: PyInstance {
    let native = NativeEvent()

    static let type: PyType = {
        let type = PyType(builtin: "Event", moduleName: "threading", base: .object) { PyEventObject(cls: $0) }
        install(type)
        return type
    }()

    static func receiver(_ args: Arguments, _ method: String) throws -> PyEventObject {
        guard let me = args.positional.first?.asObject as? PyEventObject else {
            throw PyError(.typeError, "descriptor '\(method)' requires a 'Event' object")
        }
        return me
    }

    /// `wait(timeout=None)`: the flag on return.
    func wait(_ thread: ThreadState, timeout: Double?) throws -> Bool {
        guard let flag = native.wait(until: thread.deadline(afterScriptSeconds: timeout)) else {
            throw PyError.keyboardInterrupt()
        }
        return flag
    }

    private static func install(_ type: PyType) {
        type.defineMethod("__init__") { _, args in
            _ = try args.exactly("__init__", min: 1, max: 1)
            return .None
        }
        for name in ["is_set", "isSet"] {
            type.defineMethod(name) { _, args in .bool(try receiver(args, name).native.isSet) }
        }
        type.defineMethod("set") { _, args in try receiver(args, "set").native.set(); return .None }
        type.defineMethod("clear") { _, args in try receiver(args, "clear").native.clear(); return .None }
        type.defineMethod("wait") { thread, args in
            let me = try receiver(args, "wait")
            let slots = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("wait", ["timeout"], required: 0)
            return .bool(try me.wait(thread, timeout: LockArguments.optionalTimeout(thread, slots[0])))
        }
    }
}

/// `threading.Semaphore` and `threading.BoundedSemaphore`.
final class PySemaphoreObject: PyInstance {
    private var storage = NativeSemaphore(value: 1)

    /// The native semaphore (replaced once by `__init__`, before sharing).
    var native: NativeSemaphore { storage }

    static let type: PyType = {
        let type = PyType(builtin: "Semaphore", moduleName: "threading", base: .object) { PySemaphoreObject(cls: $0) }
        install(type)
        return type
    }()

    static let boundedType = PyType(builtin: "BoundedSemaphore", moduleName: "threading", base: type)

    static func receiver(_ args: Arguments, _ method: String) throws -> PySemaphoreObject {
        guard let me = args.positional.first?.asObject as? PySemaphoreObject else {
            throw PyError(.typeError, "descriptor '\(method)' requires a 'Semaphore' object")
        }
        return me
    }

    /// `acquire(blocking=True, timeout=None)`.
    func acquire(_ thread: ThreadState, _ arguments: Arguments, name: String) throws -> Bool {
        let slots = try arguments.bind(name, ["blocking", "timeout"], required: 0)
        let blocking = try slots[0].map { try thread.truthy($0) } ?? true
        let timeout = try LockArguments.optionalTimeout(thread, slots[1])
        if !blocking {
            if timeout != nil { throw PyError(.valueError, "can't specify timeout for non-blocking acquire") }
            return native.tryAcquire()
        }
        switch native.acquire(until: thread.deadline(afterScriptSeconds: timeout)) {
        case .acquired: return true
        case .timedOut: return false
        case .interrupted: throw PyError.keyboardInterrupt()
        }
    }

    /// `release(n=1)`.
    func release(_ thread: ThreadState, _ arguments: Arguments) throws {
        let slots = try arguments.bind("release", ["n"], required: 0)
        var n = 1
        if let given = slots[0] {
            guard case .int(let count) = given else {
                throw PyError(.typeError, "'\(given.pyType.name)' object cannot be interpreted as an integer")
            }
            n = count
        }
        if n < 1 { throw PyError(.valueError, "n must be one or more") }
        do {
            try native.release(n)
        } catch {
            throw PyError(.valueError, "Semaphore released too many times")
        }
    }

    private static func install(_ type: PyType) {
        type.defineMethod("__init__") { thread, args in
            let me = try receiver(args, "__init__")
            let slots = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("__init__", ["value"], required: 0)
            var value = 1
            if let given = slots[0] {
                guard case .int(let v) = given else {
                    throw PyError(.typeError, "'\(given.pyType.name)' object cannot be interpreted as an integer")
                }
                value = v
            }
            if value < 0 { throw PyError(.valueError, "semaphore initial value must be >= 0") }
            me.storage = NativeSemaphore(value: value, bounded: me.cls.isSubtype(of: boundedType))
            return .None
        }
        for name in ["acquire", "__enter__"] {
            type.defineMethod(name) { thread, args in
                let me = try receiver(args, name)
                return .bool(try me.acquire(thread, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords), name: name))
            }
        }
        type.defineMethod("release") { thread, args in
            try receiver(args, "release").release(thread, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
            return .None
        }
        type.defineMethod("__exit__") { thread, args in
            try receiver(args, "__exit__").release(thread, Arguments())
            return .None
        }
    }
}
