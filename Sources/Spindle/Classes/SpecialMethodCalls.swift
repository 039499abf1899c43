/// Calling a method the way the interpreter calls special methods: looked up
/// on the type (never on the instance) and bound to the receiver.
extension ThreadState {
    /// `type(value).name(value, *arguments)`; AttributeError when the type lacks it.
    func callClassMethod(_ value: Value, _ name: String, _ arguments: Value...) throws -> Value {
        let type = value.pyType
        let attribute = type.classAttribute(name)
        guard attribute.isFound else {
            throw PyError(.attributeError, "'\(type.name)' object has no attribute '\(name)'")
        }
        if attribute.kind == .method {
            return try call(attribute.value, Arguments([value] + arguments))
        }
        return try call(bind(attribute, to: value, owner: type), Arguments(arguments))
    }
}

extension ThreadState {
    /// `obj(...)` for objects whose class defines `__call__`.
    func callThroughDunderCall(_ object: PyObject, _ arguments: Arguments) throws -> Value {
        let type = object.pyType
        let attribute = type.classAttribute("__call__")
        guard attribute.isFound else {
            throw PyError(.typeError, "'\(type.name)' object is not callable")
        }
        let receiver = Value.object(object)
        if attribute.kind == .method {
            var withReceiver = arguments
            withReceiver.positional.insert(receiver, at: 0)
            return try call(attribute.value, withReceiver)
        }
        return try call(bind(attribute, to: receiver, owner: type), arguments)
    }
}
