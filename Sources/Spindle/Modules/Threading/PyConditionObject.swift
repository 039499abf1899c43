/// `threading.Condition(lock=None)`: a native wait queue bound to a lock
/// (an `RLock` by default). With Spindle's own locks the release and
/// re-acquire around `wait` are native; any other object with `acquire`
/// and `release` works through Python calls, as in CPython.
final class PyConditionObject: PyInstance {
    let native = NativeCondition()
    /// The lock, set by `__init__` (which a script may call again while
    /// other threads use the condition, hence the mutex).
    private let lockSlot = PosixMutex<Value>(.None)

    private var lockValue: Value {
        get { lockSlot.withLock { $0 } }
        set { lockSlot.withLock { $0 = newValue } }
    }

    var lock: Value { lockValue }

    /// The lock as an object (nil before `__init__`).
    var lockObject: PyObject? { lockValue.asObject }

    static let type: PyType = {
        let type = PyType(builtin: "Condition", moduleName: "threading", base: .object) { PyConditionObject(cls: $0) }
        install(type)
        return type
    }()

    static func receiver(_ args: Arguments, _ method: String) throws -> PyConditionObject {
        guard let me = args.positional.first?.asObject as? PyConditionObject else {
            throw PyError(.typeError, "descriptor '\(method)' requires a 'Condition' object")
        }
        return me
    }

    /// `_is_owned()`: whether the calling thread holds the lock.
    func isOwned(_ thread: ThreadState) throws -> Bool {
        try Self.isOwned(thread, lockValue)
    }

    private static func isOwned(_ thread: ThreadState, _ lockValue: Value) throws -> Bool {
        switch lockValue.asObject {
        case let rlock as PyRLockObject: return rlock.native.isOwnedByCurrentThread()
        case let plain as PyLockObject: return plain.native.isLocked
        default:
            if let probe = try thread.lookupAttributeIfPresent(lockValue, "_is_owned") {
                return try thread.truthy(thread.call(probe))
            }
            if try thread.truthy(thread.call(thread.getAttribute(lockValue, "acquire"), .bool(false))) {
                _ = try thread.call(thread.getAttribute(lockValue, "release"))
                return false
            }
            return true
        }
    }

    /// `wait(timeout=None)`: True unless the timeout expired.
    func wait(_ thread: ThreadState, deadline: Deadline?) throws -> Bool {
        let lock = lockValue
        guard try Self.isOwned(thread, lock) else { throw PyError(.runtimeError, "cannot wait on un-acquired lock") }
        let outcome: WaitOutcome
        switch lock.asObject {
        case let rlock as PyRLockObject:
            outcome = try native.wait(until: deadline, release: { () throws -> Int in
                do { return try rlock.native.releaseAll() } catch {
                    throw PyError(.runtimeError, "cannot release un-acquired lock")
                }
            }, reacquire: { rlock.native.restore(count: $0, spin: native.reacquireSpin) })
        case let plain as PyLockObject:
            outcome = try native.wait(until: deadline, release: { try plain.release() },
                                      reacquire: { _ in _ = plain.native.acquire(interruptible: false, spin: native.reacquireSpin) })
        default:
            var reacquireError: PyError?
            outcome = try native.wait(until: deadline, release: {
                _ = try thread.call(thread.getAttribute(lock, "release"))
            }, reacquire: { _ in
                do { _ = try thread.call(thread.getAttribute(lock, "acquire")) } catch let e as PyError {
                    reacquireError = e
                } catch {}
            })
            if let reacquireError { throw reacquireError }
        }
        try PyError.check(outcome)
        return outcome == .signaled
    }

    /// `wait_for(predicate, timeout=None)`.
    func waitFor(_ thread: ThreadState, predicate: Value, timeout: Double?) throws -> Value {
        let deadline = thread.deadline(afterScriptSeconds: timeout)
        var result = try thread.call(predicate)
        while try !thread.truthy(result) {
            if let deadline, deadline.hasPassed { break }
            _ = try wait(thread, deadline: deadline)
            result = try thread.call(predicate)
        }
        return result
    }

    func notify(_ thread: ThreadState, _ n: Int) throws {
        guard try isOwned(thread) else { throw PyError(.runtimeError, "cannot notify on un-acquired lock") }
        native.notify(n)
    }

    private static func install(_ type: PyType) {
        type.defineMethod("__init__") { thread, args in
            let me = try receiver(args, "__init__")
            let slots = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("__init__", ["lock"], required: 0)
            if let given = slots[0], !given.isNone {
                me.lockValue = given
            } else {
                me.lockValue = .object(PyRLockObject())
            }
            return .None
        }
        installLockDelegation(type)
        installWaiting(type)
        type.defineMethod("__repr__") { thread, args in
            let me = try receiver(args, "__repr__")
            return .str("<Condition(\(try thread.repr(me.lockValue)), \(me.native.waitingCount))>")
        }
    }

    /// `acquire`, `release`, `__enter__`, `__exit__`, `_is_owned` go to the lock.
    private static func installLockDelegation(_ type: PyType) {
        for (name, target) in [("acquire", "acquire"), ("release", "release"), ("__enter__", "__enter__"),
                               ("__exit__", "__exit__")] {
            type.defineMethod(name) { thread, args in
                let me = try receiver(args, name)
                let method = try thread.getAttribute(me.lockValue, target)
                return try thread.call(method, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
            }
        }
        type.defineMethod("_is_owned") { thread, args in .bool(try receiver(args, "_is_owned").isOwned(thread)) }
    }

    private static func installWaiting(_ type: PyType) {
        type.defineMethod("wait") { thread, args in
            let me = try receiver(args, "wait")
            let slots = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("wait", ["timeout"], required: 0)
            let timeout = try LockArguments.optionalTimeout(thread, slots[0])
            return .bool(try me.wait(thread, deadline: thread.deadline(afterScriptSeconds: timeout)))
        }
        type.defineMethod("wait_for") { thread, args in
            let me = try receiver(args, "wait_for")
            let slots = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("wait_for", ["predicate", "timeout"], required: 1)
            return try me.waitFor(thread, predicate: slots[0] ?? .None,
                                  timeout: LockArguments.optionalTimeout(thread, slots[1]))
        }
        type.defineMethod("notify") { thread, args in
            let me = try receiver(args, "notify")
            let slots = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("notify", ["n"], required: 0)
            var n = 1
            if let given = slots[0] {
                guard case .int(let v) = given else {
                    throw PyError(.typeError, "'\(given.pyType.name)' object cannot be interpreted as an integer")
                }
                n = v
            }
            try me.notify(thread, n)
            return .None
        }
        for name in ["notify_all", "notifyAll"] {
            type.defineMethod(name) { thread, args in
                try receiver(args, name).notify(thread, Int.max)
                return .None
            }
        }
    }
}

extension ThreadState {
    /// `getattr(value, name, None)` without raising AttributeError.
    func lookupAttributeIfPresent(_ value: Value, _ name: String) throws -> Value? {
        do {
            return try getAttribute(value, name)
        } catch let error as PyError where error.matches(.attributeError) {
            return nil
        }
    }
}
