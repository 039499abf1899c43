/// `property(fget, fset, fdel, doc)`: a data descriptor that routes reads,
/// writes and deletes of one attribute to Python functions. Immutable:
/// `@p.setter` makes a new property.
public final class PyProperty: PyObject {
    public let getter: Value?
    public let setter: Value?
    public let deleter: Value?
    public let doc: Value

    public init(getter: Value?, setter: Value?, deleter: Value?, doc: Value) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
    }

    public override var pyType: PyType { PyType.property }
}

/// `staticmethod(f)`: a class attribute that yields `f` unbound, whether
/// read through the class or an instance.
public final class PyStaticMethod: PyObject {
    public let function: Value

    public init(_ function: Value) {
        self.function = function
    }

    public override var pyType: PyType { PyType.staticmethod }
}

/// `classmethod(f)`: a class attribute that binds `f` to the class (of the
/// instance, when read through one).
public final class PyClassMethod: PyObject {
    public let function: Value

    public init(_ function: Value) {
        self.function = function
    }

    public override var pyType: PyType { PyType.classmethod }
}

/// A native attribute of a built-in type's instances (CPython's getset
/// descriptor): `e.args`, `C.__name__`, `obj.__class__`. A data descriptor,
/// so it wins over instance attributes of the same name.
public final class PyNativeDescriptor: PyObject {
    public typealias Getter = (ThreadState, Value) throws -> Value
    /// Receives the new value, or nil for `del`.
    public typealias Setter = (ThreadState, Value, Value?) throws -> Void

    public let name: String
    public let owner: PyType
    let get: Getter
    let set: Setter?

    public init(_ name: String, owner: PyType, get: @escaping Getter, set: Setter? = nil) {
        self.name = name
        self.owner = owner
        self.get = get
        self.set = set
    }

    public override var pyType: PyType { PyType.getsetDescriptor }

    /// Writes (or deletes, for nil) through the setter; read-only attributes raise AttributeError.
    func assign(_ thread: ThreadState, _ instance: Value, _ value: Value?) throws {
        guard let set else {
            throw PyError(.attributeError, "attribute '\(name)' of '\(owner.name)' objects is not writable")
        }
        try set(thread, instance, value)
    }
}

extension PyType {
    public static let getsetDescriptor = PyType(builtin: "getset_descriptor", base: .object)

    /// Installs a native attribute on a built-in type's instances. Without
    /// `set` the attribute is read-only.
    public func defineAttribute(_ name: String, get: @escaping PyNativeDescriptor.Getter,
                                set: PyNativeDescriptor.Setter? = nil) {
        setAttribute(name, .object(PyNativeDescriptor(name, owner: self, get: get, set: set)))
    }
}
