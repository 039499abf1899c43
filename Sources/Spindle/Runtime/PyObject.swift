import Synchronization

/// Base class of every heap-allocated Python value.
///
/// Subclasses are the Swift representations of Python types (`PyStr`,
/// `PyList`, `PyInstance`, …). Each reports its Python type through
/// `pyType`. Objects that can be mutated after creation guard their own
/// state, because Spindle has no global interpreter lock.
open class PyObject {
    public init() {}

    /// The Python type of the object.
    open var pyType: PyType { PyType.object }

    /// Calls the object. Callable kinds (functions, bound methods, classes,
    /// native functions) override this; the default raises TypeError.
    open func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        throw PyError(.typeError, "'\(pyType.name)' object is not callable")
    }
}

/// An instance of a class defined in Python (or of a native type without a
/// special layout): a class pointer plus an attribute namespace.
///
/// Native types that Python classes may subclass (exceptions,
/// `threading.Thread`, `logging.Handler`, …) subclass `PyInstance` to add
/// their native state and install an `allocator` on their `PyType`.
open class PyInstance: PyObject {
    public let cls: PyType
    private let attributes = Mutex<[String: Value]>([:])

    public init(cls: PyType) {
        self.cls = cls
    }

    open override var pyType: PyType { cls }

    /// The instance attribute `name`, if set (class attributes are not consulted).
    public func attribute(_ name: String) -> Value? {
        attributes.withLock { $0[name] }
    }

    /// Sets an instance attribute. The previous value is released after the
    /// lock is dropped, so a `__del__`-free release never runs under the lock.
    public func setAttribute(_ name: String, _ value: Value) {
        let old = attributes.withLock { $0.updateValue(value, forKey: name) }
        _ = old
    }

    /// Removes an instance attribute; returns false when it was not set.
    @discardableResult
    public func removeAttribute(_ name: String) -> Bool {
        attributes.withLock { $0.removeValue(forKey: name) } != nil
    }

    /// A snapshot of the attribute namespace (for `vars()`, `__dict__`, `dir()`).
    public func attributeSnapshot() -> [String: Value] {
        attributes.withLock { $0 }
    }
}
