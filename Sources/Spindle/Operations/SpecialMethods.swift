/// Calling special methods (`__len__`, `__eq__`, …) the way Python does:
/// looked up on the *type* through the MRO, never on the instance, and
/// called with the receiver prepended.
extension ThreadState {
    /// Calls `type(v).name(v, *args)`; nil when the type has no such attribute.
    public func callSpecial(_ v: Value, _ name: String, _ args: Value...) throws -> Value? {
        try callSpecial(v, name, arguments: args)
    }

    public func callSpecial(_ v: Value, _ name: String, arguments: [Value]) throws -> Value? {
        let type = v.pyType
        let attribute = type.classAttribute(name)
        switch attribute.kind {
        case .missing:
            return nil
        case .method:
            var positional = [v]
            positional.append(contentsOf: arguments)
            return try call(attribute.value, Arguments(positional))
        case .plain:
            return try call(attribute.value, Arguments(arguments))
        default:
            return try call(bind(attribute, to: v, owner: type), Arguments(arguments))
        }
    }

    /// True when `type(v)` defines `name` (anywhere in its MRO).
    func hasSpecial(_ v: Value, _ name: String) -> Bool {
        v.pyType.classAttribute(name).isFound
    }
}

enum SpecialMethods {
    /// True when the object's class has an `__eq__` other than `object`'s
    /// identity comparison, so comparing it may run Python code.
    static func hasPythonEquality(_ o: PyObject) -> Bool {
        guard !o.isBuiltinValue else { return false }
        guard let eq = o.pyType.lookup("__eq__") else { return false }
        return !isObjectDefault(eq, "__eq__")
    }

    /// True when `found` is `object`'s own implementation of `name` (inherited, not overridden).
    static func isObjectDefault(_ found: Value, _ name: String) -> Bool {
        guard case .object(let f) = found, let own = PyType.object.ownAttribute(name) else { return false }
        return own.asObject === f
    }
}

extension PyObject {
    /// True for the built-in value types whose behaviour Spindle implements
    /// natively (str, int, list, tuple, dict, set, bytes, range, slice, views);
    /// every other object goes through its type's special methods.
    @inline(__always)
    var isBuiltinValue: Bool {
        self is PyStr || self is PyList || self is PyTuple || self is PyDict || self is PyBigInt
            || self is PySet || self is PyBytes || self is PyRange || self is PySlice || self is DictView
    }
}

extension PyObject {
    /// True for an instance of a Python subclass of `list` or `dict` (native
    /// layout, Python class that may override special methods).
    @inline(__always)
    var isSubclassedValue: Bool {
        (self is PyList && type(of: self) != PyList.self) || (self is PyDict && type(of: self) != PyDict.self)
    }
}

extension Value {
    /// True for an object whose operators go through its type's special
    /// methods: anything outside the built-in value types (instances of
    /// Python classes, functions, modules, …) and Python subclasses of them.
    @inline(__always)
    var isCustomObject: Bool {
        if case .object(let o) = self { return !o.isBuiltinValue || o.isSubclassedValue }
        return false
    }
}

extension ThreadState {
    /// For an instance of a Python subclass of a built-in type: calls the
    /// subclass's own `name` if it overrides the built-in one; nil otherwise.
    func callOverride(_ o: PyObject, _ name: String, _ args: Value...) throws -> Value? {
        guard o.isSubclassedValue, let (owner, method) = o.pyType.lookupWithOwner(name),
              owner.moduleName != "builtins" else { return nil }
        return try call(method, Arguments([.object(o)] + args))
    }
}
