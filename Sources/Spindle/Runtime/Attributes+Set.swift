/// Writing and deleting attributes: `obj.name = v`, `del obj.name`.
extension ThreadState {
    /// `setattr(value, name, newValue)`, honouring `__setattr__` overrides.
    public func setAttribute(_ value: Value, _ name: String, _ newValue: Value) throws {
        try assignAttribute(value, name, newValue, hooks: true)
    }

    /// `delattr(value, name)`, honouring `__delattr__` overrides.
    public func deleteAttribute(_ value: Value, _ name: String) throws {
        try assignAttribute(value, name, nil, hooks: true)
    }

    /// `object.__setattr__` / `object.__delattr__`: the generic write
    /// (nil deletes) that skips the receiver's own hooks.
    func genericAssignAttribute(_ value: Value, _ name: String, _ newValue: Value?) throws {
        try assignAttribute(value, name, newValue, hooks: false)
    }

    private func assignAttribute(_ value: Value, _ name: String, _ newValue: Value?, hooks useHooks: Bool) throws {
        if case .object(let object) = value {
            if let type = object as? PyType { return try assignTypeAttribute(type, name, newValue) }
            if let module = object as? PyModule { return try assignModuleAttribute(module, name, newValue) }
        }
        let type = value.pyType
        let (attribute, flags) = type.resolveAttribute(name)
        if useHooks, !flags.isDisjoint(with: [.setattr, .delattr]),
           let hook = newValue == nil ? type.attributeHooks.delattr : type.attributeHooks.setattr {
            let method = try bind(hook, to: value, owner: type)
            if let newValue {
                _ = try call(method, .str(name), newValue)
            } else {
                _ = try call(method, .str(name))
            }
            return
        }
        if isDataDescriptor(attribute) {
            return try assignThroughDescriptor(attribute, value, newValue)
        }
        if case .object(let object) = value, let namespace = ownNamespace(object) {
            guard let newValue else {
                if !namespace.removeAttribute(name) { throw PyError(.attributeError, name) }
                return
            }
            namespace.setAttribute(name, newValue)
            return
        }
        if attribute.isFound {
            throw PyError(.attributeError, "'\(type.name)' object attribute '\(name)' is read-only")
        }
        throw PyError(.attributeError, "'\(type.name)' object has no attribute '\(name)'")
    }

    /// The object's own attribute storage, if it has one.
    private func ownNamespace(_ object: PyObject) -> AttributeNamespace? {
        if let instance = object as? PyInstance {
            return instance.hasAttributeNamespace ? instance : nil
        }
        return object as? AttributeNamespace
    }

    /// `C.name = v` / `del C.name`: data descriptors of `type` first; only
    /// classes made from Python code may be changed.
    private func assignTypeAttribute(_ type: PyType, _ name: String, _ newValue: Value?) throws {
        let meta = PyType.type.classAttribute(name)
        if meta.kind == .dataDescriptor {
            return try assignThroughDescriptor(meta, .object(type), newValue)
        }
        guard type.isHeapType else {
            throw PyError(.typeError, "can't set attributes of built-in/extension type '\(type.name)'")
        }
        if let newValue {
            type.setAttribute(name, newValue)
        } else if !type.removeAttribute(name) {
            throw PyError(.attributeError, name)
        }
    }

    private func assignModuleAttribute(_ module: PyModule, _ name: String, _ newValue: Value?) throws {
        let attribute = PyType.module.classAttribute(name)
        if attribute.kind == .dataDescriptor {
            return try assignThroughDescriptor(attribute, .object(module), newValue)
        }
        if let newValue {
            module.namespace[name] = newValue
        } else {
            guard module.namespace[name] != nil else {
                throw PyError(.attributeError, name)
            }
            module.namespace[name] = nil
        }
    }
}
