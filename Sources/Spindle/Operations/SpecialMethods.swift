/// Calling special methods (`__len__`, `__eq__`, …) the way Python does:
/// looked up on the *type* through the MRO, never on the instance, and
/// called with the receiver prepended.
extension ThreadState {
    /// Calls `type(v).name(v, *args)`; nil when the type has no such attribute.
    public func callSpecial(_ v: Value, _ name: String, _ args: Value...) throws -> Value? {
        try callSpecial(v, name, arguments: args)
    }

    public func callSpecial(_ v: Value, _ name: String, arguments: [Value]) throws -> Value? {
        guard let method = v.pyType.lookup(name) else { return nil }
        var positional = [v]
        positional.append(contentsOf: arguments)
        return try call(method, Arguments(positional))
    }

    /// True when `type(v)` defines `name` (anywhere in its MRO).
    func hasSpecial(_ v: Value, _ name: String) -> Bool {
        v.pyType.lookup(name) != nil
    }
}

enum SpecialMethods {
    /// True when the object's class has an `__eq__` other than `object`'s
    /// identity comparison, so comparing it may run Python code.
    static func hasPythonEquality(_ o: PyObject) -> Bool {
        guard o is PyInstance else { return false }
        guard let eq = o.pyType.lookup("__eq__") else { return false }
        if let native = eq.asObject as? PyNativeFunction, native.owner === PyType.object { return false }
        return true
    }

    /// True when `found` is the built-in implementation inherited from `object`.
    static func isObjectDefault(_ found: Value) -> Bool {
        guard let native = found.asObject as? PyNativeFunction else { return false }
        return native.owner === PyType.object
    }
}
