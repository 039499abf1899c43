/// Attribute access on any value: `obj.name`, `obj.name = v`, `del obj.name`.
///
/// The order is CPython's: a data descriptor found on the type (property,
/// native getset attributes such as `__class__`) wins; then the object's own
/// attributes; then other class attributes, where functions bind to the
/// receiver, `staticmethod` unwraps and `classmethod` binds the class; then
/// `__getattr__`. Classes read their own MRO (functions stay unbound) after
/// the data descriptors of `type`; modules read their namespace.
///
/// Objects other than `PyInstance` that keep per-object attributes (Python
/// functions, for example) conform to `AttributeNamespace`; native per-object
/// attributes of built-in types are `PyType.defineAttribute` descriptors.
extension ThreadState {
    /// `getattr(value, name)`: raises AttributeError when there is no such attribute.
    public func getAttribute(_ value: Value, _ name: String) throws -> Value {
        if let found = try findAttribute(value, name) { return found }
        throw missingAttribute(value, name)
    }

    /// Like `getAttribute` but nil instead of AttributeError (for `hasattr`,
    /// `getattr` with a default, optional protocol methods). Other exceptions propagate.
    public func lookupAttribute(_ value: Value, _ name: String) throws -> Value? {
        do {
            return try findAttribute(value, name)
        } catch let error as PyError where error.matches(.attributeError) {
            return nil
        }
    }

    /// For call sites `value.name(...)`: the callable plus, when the attribute
    /// is a method found on the type, the receiver to pass as first argument
    /// (no bound method is allocated). Raises AttributeError when missing.
    public func lookupMethod(_ value: Value, _ name: String) throws -> (callable: Value, receiver: Value?) {
        if case .object(let object) = value, object is PyType || object is PyModule {
            return (try getAttribute(value, name), nil)
        }
        let type = value.pyType
        let (attribute, flags) = type.resolveAttribute(name)
        if attribute.kind == .method, flags.plainReads, !hasOwnAttribute(value, name) {
            return (attribute.value, value)
        }
        return (try getAttribute(value, name), nil)
    }

    /// The CPython AttributeError for a failed read of `name` on `value`.
    func missingAttribute(_ value: Value, _ name: String) -> PyError {
        switch value.asObject {
        case let type as PyType:
            return PyError(.attributeError, "type object '\(type.name)' has no attribute '\(name)'")
        case let module as PyModule:
            return PyError(.attributeError, "module '\(module.name)' has no attribute '\(name)'")
        default:
            return PyError(.attributeError, "'\(value.pyType.name)' object has no attribute '\(name)'")
        }
    }

    /// Resolves `value.name`; nil when the ordinary lookup finds nothing
    /// (exceptions raised by descriptors or hooks propagate).
    @inline(__always)
    func findAttribute(_ value: Value, _ name: String) throws -> Value? {
        if case .object(let object) = value {
            if let instance = object as? PyInstance {
                return try instanceAttribute(instance, value, name)
            }
            if let type = object as? PyType { return try typeAttribute(type, name) }
            if let module = object as? PyModule { return try moduleAttribute(module, name) }
        }
        return try otherAttribute(value, name)
    }

    /// True when the object itself (not its class) holds `name`.
    private func hasOwnAttribute(_ value: Value, _ name: String) -> Bool {
        guard case .object(let object) = value, object.objectKind.hasNoInstanceAttributes == false else { return false }
        if let instance = object as? PyInstance { return instance.attribute(name) != nil }
        if let namespace = object as? AttributeNamespace { return namespace.attribute(name) != nil }
        return false
    }
}

/// An object that keeps its own attributes (CPython's instance `__dict__`).
/// `PyInstance` conforms; other object kinds (functions) may too.
public protocol AttributeNamespace: AnyObject {
    func attribute(_ name: String) -> Value?
    func setAttribute(_ name: String, _ value: Value)
    @discardableResult func removeAttribute(_ name: String) -> Bool
    /// The attributes in insertion order.
    func attributeSnapshot() -> [(String, Value)]
}

extension PyInstance: AttributeNamespace {
    /// Plain `object()` instances have no attribute namespace, as in CPython.
    var hasAttributeNamespace: Bool { cls !== PyType.object }
}
