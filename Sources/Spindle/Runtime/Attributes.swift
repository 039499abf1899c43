/// Attribute access on any value: `obj.name`, `obj.name = v`, `del obj.name`.
extension ThreadState {
    /// `getattr(value, name)`: instance attributes first, then the type's
    /// MRO; functions found on the type are bound to the receiver.
    public func getAttribute(_ value: Value, _ name: String) throws -> Value {
        if case .object(let object) = value {
            if let instance = object as? PyInstance, let v = instance.attribute(name) {
                return v
            }
            if let module = object as? PyModule {
                if let v = module.namespace[name] { return v }
                throw PyError(.attributeError, "module '\(module.name)' has no attribute '\(name)'")
            }
            if let type = object as? PyType, let v = type.lookup(name) {
                return v
            }
        }
        let type = value.pyType
        guard let found = type.lookup(name) else {
            throw PyError(.attributeError, "'\(type.name)' object has no attribute '\(name)'")
        }
        if case .object(let o) = found, o is PyNativeFunction {
            return .object(PyBoundMethod(receiver: value, function: found))
        }
        return found
    }

    /// `setattr(value, name, v)`.
    public func setAttribute(_ value: Value, _ name: String, _ newValue: Value) throws {
        switch value.asObject {
        case let instance as PyInstance:
            instance.setAttribute(name, newValue)
        case let module as PyModule:
            module.namespace[name] = newValue
        case let type as PyType:
            type.setAttribute(name, newValue)
        default:
            throw PyError(.attributeError, "'\(value.pyType.name)' object has no attribute '\(name)'")
        }
    }
}
