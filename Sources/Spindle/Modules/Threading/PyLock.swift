/// `_thread.lock` (what `threading.Lock()` returns): a Python object around
/// a `NativeLock`. Not meant to be subclassed, as in CPython; it has the
/// instance layout only so that its `__repr__` is honoured.
final class PyLockObject: PyInstance {
    let native = NativeLock()

    override init(cls: PyType = PyLockObject.type) {
        super.init(cls: cls)
    }

    static let type: PyType = {
        let type = PyType(builtin: "lock", moduleName: "_thread", base: .object) { PyLockObject(cls: $0) }
        installLockMethods(type)
        return type
    }()

    /// `acquire(blocking=True, timeout=-1)`.
    func acquire(_ thread: ThreadState, _ arguments: Arguments, name: String = "acquire") throws -> Bool {
        guard let deadline = try LockArguments.acquireDeadline(thread, name, arguments) else {
            return native.tryAcquire()
        }
        let result = native.acquire(until: deadline)
        if result == .interrupted { throw PyError.keyboardInterrupt() }
        return result == .acquired
    }

    func release() throws {
        guard native.release() else { throw PyError(.runtimeError, "release unlocked lock") }
    }

    var repr: String {
        "<\(native.isLocked ? "locked" : "unlocked") _thread.lock object at \(ThreadState.addressString(self))>"
    }

    private static func installLockMethods(_ type: PyType) {
        func me(_ args: Arguments) throws -> PyLockObject {
            guard let lock = args.positional.first?.asObject as? PyLockObject else {
                throw PyError(.typeError, "descriptor requires a '_thread.lock' object")
            }
            return lock
        }
        func rest(_ args: Arguments) -> Arguments {
            Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
        }
        for name in ["acquire", "acquire_lock", "__enter__"] {
            type.defineMethod(name) { thread, args in
                let lock = try me(args)
                if args.positional.count == 1 && args.keywords.isEmpty {
                    // The common `lock.acquire()` / `with lock:`: no argument parsing.
                    if lock.native.tryAcquire() { return .bool(true) }
                    if lock.native.acquire() == .interrupted { throw PyError.keyboardInterrupt() }
                    return .bool(true)
                }
                return .bool(try lock.acquire(thread, rest(args), name: name))
            }
        }
        for name in ["release", "release_lock"] {
            type.defineMethod(name) { _, args in try me(args).release(); return .None }
        }
        type.defineMethod("__exit__") { _, args in try me(args).release(); return .None }
        for name in ["locked", "locked_lock"] {
            type.defineMethod(name) { _, args in .bool(try me(args).native.isLocked) }
        }
        type.defineMethod("__repr__") { _, args in .str(try me(args).repr) }
    }
}

/// `_thread.RLock` (what `threading.RLock()` returns): owner and count on
/// top of a native lock.
final class PyRLockObject: PyInstance {
    let native = NativeRLock()

    override init(cls: PyType = PyRLockObject.type) {
        super.init(cls: cls)
    }

    static let type: PyType = {
        let type = PyType(builtin: "RLock", moduleName: "_thread", base: .object) { PyRLockObject(cls: $0) }
        installRLockMethods(type)
        return type
    }()

    func acquire(_ thread: ThreadState, _ arguments: Arguments, name: String = "acquire") throws -> Bool {
        guard let deadline = try LockArguments.acquireDeadline(thread, name, arguments) else {
            return native.acquire(blocking: false) == .acquired
        }
        let result = native.acquire(until: deadline)
        if result == .interrupted { throw PyError.keyboardInterrupt() }
        return result == .acquired
    }

    func release() throws {
        do {
            try native.release()
        } catch {
            throw PyError(.runtimeError, "cannot release un-acquired lock")
        }
    }

    var repr: String {
        let owner = native.ownerIdent
        return "<\(owner == nil ? "unlocked" : "locked") _thread.RLock object owner=\(owner ?? 0) count=\(native.count) at \(ThreadState.addressString(self))>"
    }

    private static func installRLockMethods(_ type: PyType) {
        func me(_ args: Arguments) throws -> PyRLockObject {
            guard let lock = args.positional.first?.asObject as? PyRLockObject else {
                throw PyError(.typeError, "descriptor requires a '_thread.RLock' object")
            }
            return lock
        }
        func rest(_ args: Arguments) -> Arguments {
            Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
        }
        for name in ["acquire", "__enter__"] {
            type.defineMethod(name) { thread, args in
                let lock = try me(args)
                if args.positional.count == 1 && args.keywords.isEmpty {
                    if lock.native.acquire() == .interrupted { throw PyError.keyboardInterrupt() }
                    return .bool(true)
                }
                return .bool(try lock.acquire(thread, rest(args), name: name))
            }
        }
        type.defineMethod("release") { _, args in try me(args).release(); return .None }
        type.defineMethod("__exit__") { _, args in try me(args).release(); return .None }
        type.defineMethod("_is_owned") { _, args in .bool(try me(args).native.isOwnedByCurrentThread()) }
        type.defineMethod("__repr__") { _, args in .str(try me(args).repr) }
    }
}
