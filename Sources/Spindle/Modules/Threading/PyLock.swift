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
        guard native.release() else { throw Self.releaseUnlockedError() }
    }

    /// `release()` of a lock that is not locked.
    static func releaseUnlockedError() -> PyError {
        PyError(.runtimeError, "release unlocked lock")
    }

    /// `acquire()` without arguments: wait as long as it takes.
    func acquireBlocking() throws {
        if native.tryAcquire() { return }
        if native.acquire() == .interrupted { throw PyError.keyboardInterrupt() }
    }

    var repr: String {
        "<\(native.isLocked ? "locked" : "unlocked") _thread.lock object at \(ThreadState.addressString(self))>"
    }

    private static func receiver(_ value: Value?) throws -> PyLockObject {
        try lockReceiver(value, PyLockObject.self, type, typeName: "_thread.lock")
    }

    private static func installLockMethods(_ type: PyType) {
        func me(_ args: Arguments) throws -> PyLockObject { try receiver(args.positional.first) }
        func rest(_ args: Arguments) -> Arguments {
            Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
        }
        for name in ["acquire", "acquire_lock", "__enter__"] {
            type.defineNativeMethod(name, one: { _, lock in
                try receiver(lock).acquireBlocking()
                return .bool(true)
            }) { thread, args in
                let lock = try me(args)
                if args.positional.count == 1 && args.keywords.isEmpty {
                    try lock.acquireBlocking()
                    return .bool(true)
                }
                return .bool(try lock.acquire(thread, rest(args), name: name))
            }
        }
        for name in ["release", "release_lock"] {
            type.defineNativeMethod(name, one: { _, lock in try receiver(lock).release(); return .None }) { _, args in
                try me(args).release()
                return .None
            }
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
            throw Self.releaseUnownedError()
        }
    }

    /// `release()` by a thread that does not own the lock.
    static func releaseUnownedError() -> PyError {
        PyError(.runtimeError, "cannot release un-acquired lock")
    }

    /// `acquire()` without arguments: wait as long as it takes.
    func acquireBlocking() throws {
        if native.acquire() == .interrupted { throw PyError.keyboardInterrupt() }
    }

    var repr: String {
        let owner = native.ownerIdent
        return "<\(owner == nil ? "unlocked" : "locked") _thread.RLock object owner=\(owner ?? 0) count=\(native.count) at \(ThreadState.addressString(self))>"
    }

    private static func receiver(_ value: Value?) throws -> PyRLockObject {
        try lockReceiver(value, PyRLockObject.self, type, typeName: "_thread.RLock")
    }

    private static func installRLockMethods(_ type: PyType) {
        func me(_ args: Arguments) throws -> PyRLockObject { try receiver(args.positional.first) }
        func rest(_ args: Arguments) -> Arguments {
            Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
        }
        for name in ["acquire", "__enter__"] {
            type.defineNativeMethod(name, one: { _, lock in
                try receiver(lock).acquireBlocking()
                return .bool(true)
            }) { thread, args in
                let lock = try me(args)
                if args.positional.count == 1 && args.keywords.isEmpty {
                    try lock.acquireBlocking()
                    return .bool(true)
                }
                return .bool(try lock.acquire(thread, rest(args), name: name))
            }
        }
        type.defineNativeMethod("release", one: { _, lock in try receiver(lock).release(); return .None }) { _, args in
            try me(args).release()
            return .None
        }
        type.defineMethod("__exit__") { _, args in try me(args).release(); return .None }
        type.defineMethod("_is_owned") { _, args in .bool(try me(args).native.isOwnedByCurrentThread()) }
        type.defineMethod("__repr__") { _, args in .str(try me(args).repr) }
    }
}

extension PyType {
    /// Installs a native method with an entry for calls that pass only the
    /// receiver (`lock.acquire()`), which builds no argument list.
    func defineNativeMethod(_ name: String, one: @escaping PyNativeFunction.One,
                            _ body: @escaping PyNativeFunction.Body) {
        setAttribute(name, .object(PyNativeFunction(name, owner: self, one: one, body)))
    }
}
