/// The lock behind a `with` manager whose `__enter__`/`__exit__` are the
/// native lock operations: a `Lock`, an `RLock`, or a `Condition` over
/// either — of exactly those built-in types, whose methods scripts cannot
/// replace. The with-statement acquires and releases it directly, which
/// is what those methods would do, without looking them up or building
/// argument lists.
enum NativeContextLock {
    case lock(NativeLock)
    case rlock(NativeRLock)

    /// Recognises the manager; nil for anything else (including Python
    /// subclasses, which may override `__enter__`/`__exit__`).
    @inline(__always)
    init?(_ manager: PyObject) {
        if let inner = Self(plainLock: manager) {
            self = inner
        } else if let condition = exactly(manager, PyConditionObject.self, PyConditionObject.type),
                  let lock = condition.lockObject, let inner = Self(plainLock: lock) {
            self = inner
        } else {
            return nil
        }
    }

    /// A `Lock` or `RLock` of the exact built-in type.
    @inline(__always)
    private init?(plainLock object: PyObject) {
        if let lock = exactly(object, PyLockObject.self, PyLockObject.type) {
            self = .lock(lock.native)
        } else if let rlock = exactly(object, PyRLockObject.self, PyRLockObject.type) {
            self = .rlock(rlock.native)
        } else {
            return nil
        }
    }

    /// `__enter__`: a blocking acquire (SIGINT on the main thread raises
    /// KeyboardInterrupt, as it does in `acquire()`).
    @inline(__always)
    func enter() throws {
        switch self {
        case .lock(let lock):
            if lock.tryAcquire() { return }
            if lock.acquire() == .interrupted { throw PyError.keyboardInterrupt() }
        case .rlock(let rlock):
            if rlock.acquire() == .interrupted { throw PyError.keyboardInterrupt() }
        }
    }

    /// `__exit__`: release, with the errors `release()` raises.
    @inline(__always)
    func exit() throws {
        switch self {
        case .lock(let lock):
            if !lock.release() { throw PyLockObject.releaseUnlockedError() }
        case .rlock(let rlock):
            do {
                try rlock.release()
            } catch {
                throw PyRLockObject.releaseUnownedError()
            }
        }
    }
}

/// `object` as the Swift class `swiftClass` when it is an instance of the
/// Python type `pythonType` itself (not of a Python subclass). Compares
/// the class metadata first, which costs no cast and no reference count.
@inline(__always)
func exactly<T: PyInstance>(_ object: PyObject, _ swiftClass: T.Type, _ pythonType: PyType) -> T? {
    guard ObjectIdentifier(type(of: object)) == ObjectIdentifier(swiftClass) else { return nil }
    let instance = unsafeDowncast(object, to: swiftClass)
    return instance.cls === pythonType ? instance : nil
}

/// The receiver of a native lock method: the exact type on the fast path,
/// any Swift instance of `swiftClass` (a Python subclass) otherwise, else
/// CPython's descriptor TypeError naming `typeName`.
@inline(__always)
func lockReceiver<T: PyInstance>(_ value: Value?, _ swiftClass: T.Type, _ pythonType: PyType,
                                 typeName: String) throws -> T {
    if case .object(let object) = value, let lock = exactly(object, swiftClass, pythonType) { return lock }
    guard let lock = value?.asObject as? T else {
        throw PyError(.typeError, "descriptor requires a '\(typeName)' object")
    }
    return lock
}
