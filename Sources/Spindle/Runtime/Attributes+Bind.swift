/// The descriptor protocol: turning a class attribute into the value an
/// attribute read yields, and routing writes and deletes to data descriptors.
extension ThreadState {
    /// The value of class attribute `attribute` read through `instance`
    /// (an instance of `owner`), as `instance.name` yields it.
    func bind(_ attribute: ClassAttribute, to instance: Value, owner: PyType) throws -> Value {
        switch attribute.kind {
        case .missing, .plain:
            return attribute.value
        case .method:
            return .object(PyBoundMethod(receiver: instance, function: attribute.value))
        case .staticMethod, .classMethod, .dataDescriptor, .descriptor:
            return try bindDescriptor(attribute, instance: instance, owner: owner)
        }
    }

    /// The value of class attribute `attribute` read through the class
    /// `owner` itself (`C.name`): functions stay unbound.
    func bindToClass(_ attribute: ClassAttribute, _ owner: PyType) throws -> Value {
        switch attribute.kind {
        case .missing, .plain, .method:
            return attribute.value
        case .staticMethod, .classMethod, .dataDescriptor, .descriptor:
            return try bindDescriptor(attribute, instance: nil, owner: owner)
        }
    }

    /// `descriptor.__get__(instance, owner)` for the descriptor kinds; a nil
    /// instance means access through the class.
    private func bindDescriptor(_ attribute: ClassAttribute, instance: Value?, owner: PyType) throws -> Value {
        switch attribute.value.asObject {
        case let method as PyStaticMethod:
            return method.function
        case let method as PyClassMethod:
            return .object(PyBoundMethod(receiver: .object(owner), function: method.function))
        case let property as PyProperty:
            guard let instance else { return attribute.value }
            guard let getter = property.getter, !getter.isNone else {
                throw PyError(.attributeError, "unreadable attribute")
            }
            return try call(getter, instance)
        case let native as PyNativeDescriptor:
            guard let instance else { return attribute.value }
            return try native.get(self, instance)
        case let object?:
            guard let get = object.pyType.lookup("__get__") else { return attribute.value }
            return try call(get, attribute.value, instance ?? .None, .object(owner))
        case nil:
            return attribute.value
        }
    }

    /// True when the descriptor also controls writes or deletes (so it takes
    /// precedence over the instance's own attributes).
    func isDataDescriptor(_ attribute: ClassAttribute) -> Bool {
        switch attribute.kind {
        case .dataDescriptor:
            return true
        case .descriptor:
            let type = attribute.value.pyType
            return type.lookup("__set__") != nil || type.lookup("__delete__") != nil
        default:
            return false
        }
    }

    /// Writes (`newValue`) or deletes (nil) through a data descriptor.
    func assignThroughDescriptor(_ attribute: ClassAttribute, _ instance: Value, _ newValue: Value?) throws {
        switch attribute.value.asObject {
        case let property as PyProperty:
            if let newValue {
                guard let setter = property.setter, !setter.isNone else {
                    throw PyError(.attributeError, "can't set attribute")
                }
                _ = try call(setter, instance, newValue)
            } else {
                guard let deleter = property.deleter, !deleter.isNone else {
                    throw PyError(.attributeError, "can't delete attribute")
                }
                _ = try call(deleter, instance)
            }
        case let native as PyNativeDescriptor:
            try native.assign(self, instance, newValue)
        default:
            let type = attribute.value.pyType
            if let newValue {
                guard let set = type.lookup("__set__") else { throw PyError(.attributeError, "__set__") }
                _ = try call(set, attribute.value, instance, newValue)
            } else {
                guard let delete = type.lookup("__delete__") else { throw PyError(.attributeError, "__delete__") }
                _ = try call(delete, attribute.value, instance)
            }
        }
    }
}
