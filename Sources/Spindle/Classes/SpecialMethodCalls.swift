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

    /// `repr(value)` as a Swift string, checking that `__repr__` returned a str.
    func reprString(_ value: Value) throws -> String {
        let result = try callClassMethod(value, "__repr__")
        guard let text = result.asString else {
            throw PyError(.typeError, "__repr__ returned non-string (type \(result.pyType.name))")
        }
        return text
    }

    /// Truth value of a comparison result or any other value.
    func isTrue(_ value: Value) throws -> Bool {
        switch value {
        case .None: return false
        case .bool(let b): return b
        case .int(let n): return n != 0
        case .float(let d): return d != 0
        case .object:
            let type = value.pyType
            if type.classAttribute("__bool__").isFound {
                let result = try callClassMethod(value, "__bool__")
                guard case .bool(let b) = result else {
                    throw PyError(.typeError, "__bool__ should return bool, returned \(result.pyType.name)")
                }
                return b
            }
            if type.classAttribute("__len__").isFound {
                guard case .int(let n) = try callClassMethod(value, "__len__") else { return true }
                return n != 0
            }
            return true
        }
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
