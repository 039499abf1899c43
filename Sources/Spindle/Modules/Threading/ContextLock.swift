/// A lock that a `with` statement enters and leaves directly when the
/// manager is a `Lock`, an `RLock`, or a `Condition` over either — of
/// exactly those built-in types, whose methods scripts cannot replace
/// (Python subclasses, which may override `__enter__`/`__exit__`, take the
/// generic path). Doing what those methods would do, without looking them
/// up or building argument lists.
protocol ContextLock: AnyObject {
    /// `__enter__`: a blocking acquire (SIGINT on the main thread raises
    /// KeyboardInterrupt, as it does in `acquire()`).
    func enter() throws
    /// `__exit__`: release, with the errors `release()` raises.
    func exit() throws
}

extension NativeLock: ContextLock {
    @inline(__always)
    func enter() throws {
        if tryAcquire() { return }
        if acquire() == .interrupted { throw PyError.keyboardInterrupt() }
    }

    @inline(__always)
    func exit() throws {
        if !release() { throw PyLockObject.releaseUnlockedError() }
    }
}

extension NativeRLock: ContextLock {
    @inline(__always)
    func enter() throws {
        if acquire() == .interrupted { throw PyError.keyboardInterrupt() }
    }

    @inline(__always)
    func exit() throws {
        do {
            try release()
        } catch {
            throw PyRLockObject.releaseUnownedError()
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
