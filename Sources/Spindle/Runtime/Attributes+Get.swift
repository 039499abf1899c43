/// Reading attributes, by kind of receiver (see `Attributes.swift`).
extension ThreadState {
    /// Instances of Python classes (and of native types with a `PyInstance`
    /// layout). The common case — no hooks, no data descriptor — is one
    /// cache probe on the class and one probe of the instance's attributes.
    @inline(__always)
    func instanceAttribute(_ instance: PyInstance, _ value: Value, _ name: String) throws -> Value? {
        let type = instance.cls
        let (attribute, flags) = type.resolveAttribute(name)
        guard flags.plainReads else { return try hookedAttribute(value, name, type, type.attributeHooks) }
        switch attribute.kind {
        case .plain, .method, .staticMethod, .classMethod, .missing:
            if let own = instance.attribute(name) { return own }
            return attribute.isFound ? try bind(attribute, to: value, owner: type) : nil
        case .dataDescriptor, .descriptor:
            return try genericAttribute(value, name, type, attribute)
        }
    }

    /// `object.__getattribute__`: the lookup without `__getattribute__`/`__getattr__` hooks.
    func genericAttribute(_ value: Value, _ name: String) throws -> Value? {
        if case .object(let object) = value {
            if let type = object as? PyType { return try typeAttribute(type, name) }
            if let module = object as? PyModule { return try moduleAttribute(module, name) }
        }
        let type = value.pyType
        return try genericAttribute(value, name, type, type.classAttribute(name))
    }

    /// Data descriptor, then own attributes, then the class attribute.
    func genericAttribute(_ value: Value, _ name: String, _ type: PyType,
                          _ attribute: ClassAttribute) throws -> Value? {
        if isDataDescriptor(attribute) {
            return try bind(attribute, to: value, owner: type)
        }
        if case .object(let object) = value, let namespace = object as? AttributeNamespace,
           let own = namespace.attribute(name) {
            return own
        }
        return attribute.isFound ? try bind(attribute, to: value, owner: type) : nil
    }

    /// A class overriding `__getattribute__` and/or defining `__getattr__`.
    private func hookedAttribute(_ value: Value, _ name: String, _ type: PyType,
                                 _ hooks: AttributeHooks) throws -> Value? {
        if let getattribute = hooks.getattribute {
            do {
                return try call(bind(getattribute, to: value, owner: type), .str(name))
            } catch let error as PyError where error.matches(.attributeError) && hooks.getattr != nil {
                // falls through to __getattr__
            }
        } else if let found = try genericAttribute(value, name, type, type.classAttribute(name)) {
            return found
        }
        guard let getattr = hooks.getattr else { return nil }
        return try call(bind(getattr, to: value, owner: type), .str(name))
    }

    /// Objects that are neither instances, classes nor modules: built-in
    /// values, bound methods (which forward to their function) and `super`.
    func otherAttribute(_ value: Value, _ name: String) throws -> Value? {
        if case .object(let object) = value {
            if let proxy = object as? PySuper { return try proxy.attribute(self, name) }
            if let method = object as? PyBoundMethod {
                if let found = try genericAttribute(value, name) { return found }
                return try findAttribute(method.function, name)
            }
        }
        let type = value.pyType
        let (attribute, flags) = type.resolveAttribute(name)
        guard flags.plainReads else { return try hookedAttribute(value, name, type, type.attributeHooks) }
        return try genericAttribute(value, name, type, attribute)
    }

    /// `C.name`: data descriptors of `type` (`__name__`, `__mro__`, …), then
    /// the class's MRO (functions unbound), then other attributes of `type`.
    func typeAttribute(_ type: PyType, _ name: String) throws -> Value? {
        let meta = PyType.type.classAttribute(name)
        if meta.kind == .dataDescriptor {
            return try bind(meta, to: .object(type), owner: PyType.type)
        }
        let own = type.classAttribute(name)
        if own.isFound { return try bindToClass(own, type) }
        if meta.isFound { return try bind(meta, to: .object(type), owner: PyType.type) }
        return nil
    }

    /// `module.name`: the module's globals, then attributes of the module
    /// type (`__dict__`, `__class__`), then a module-level `__getattr__`.
    func moduleAttribute(_ module: PyModule, _ name: String) throws -> Value? {
        if let found = module.namespace[name] { return found }
        let value = Value.object(module)
        let attribute = PyType.module.classAttribute(name)
        if attribute.isFound { return try bind(attribute, to: value, owner: PyType.module) }
        if let getattr = module.namespace["__getattr__"] {
            return try call(getattr, .str(name))
        }
        return nil
    }
}
