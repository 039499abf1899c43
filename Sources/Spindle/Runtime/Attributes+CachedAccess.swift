/// Attribute reads, writes and method lookups through a site's inline cache
/// (`AttributeSiteCache`). A hit costs one atomic load of the class version,
/// one load of the site's entry set and, for instances, one lock of the
/// instance to check its shape and read or write the slot: no name hashing,
/// no class-cache probe. A miss takes the generic path (`Attributes.swift`),
/// after describing the receiver to the cache when the generic path would do
/// something the cache can repeat exactly: a plain instance attribute, a class
/// attribute that is not a data descriptor, a write to an existing or a new
/// slot. Classes with attribute hooks (`__getattribute__`, `__getattr__`,
/// `__setattr__`) and data descriptors are never cached.
extension ThreadState {
    /// `value.name` at a site with a cache.
    @inline(__always)
    func getAttribute(_ value: Value, _ name: String, cache: AttributeSiteCache) throws -> Value {
        if case .object(let object) = value {
            switch object.cachedRead(cache) {
            case .value(let found): return found
            case .classAttribute(let entry): return try bindCached(entry, value, object)
            case .miss: break
            }
            if let instance = object as? PyInstance {
                if cache.acceptsEntries { learnInstanceRead(instance, name, cache) }
                return try getAttribute(value, name)
            }
            if let module = object as? PyModule { return try moduleAttribute(module, name, cache) }
            if object is PyType { return try getAttribute(value, name) }
        }
        let type = value.pyType
        if let entry = cache.entry(type.version, nil) {
            return try bind(entry.pointee.attribute, to: value, owner: type)
        }
        if cache.acceptsEntries { learnRead(value, name, cache) }
        return try getAttribute(value, name)
    }

    /// The class attribute an instance's cached read found, bound to it.
    @inline(__always)
    func bindCached(_ entry: UnsafePointer<SiteEntry>, _ value: Value, _ object: PyObject) throws -> Value {
        let attribute = entry.pointee.attribute
        if attribute.kind == .plain { return attribute.value }
        // Only instances answer cached reads.
        return try bind(attribute, to: value, owner: unsafeDowncast(object, to: PyInstance.self).cls)
    }

    /// `value.name` for a call `value.name(...)`: the callable, plus the
    /// receiver to pass first when the attribute is a method of the class.
    @inline(__always)
    func lookupMethod(_ value: Value, _ name: String,
                      cache: AttributeSiteCache) throws -> (callable: Value, receiver: Value?) {
        if case .object(let object) = value {
            switch object.cachedRead(cache) {
            case .value(let found): return (found, nil)
            case .classAttribute(let entry):
                let attribute = entry.pointee.attribute
                if attribute.kind == .method { return (attribute.value, value) }
                return (try bindCached(entry, value, object), nil)
            case .miss: break
            }
            // A built-in receiver (a lock, a list) whose exact type this site
            // has learned: its entries are only ever made for such receivers,
            // so the checks for instances, modules and classes can wait.
            let type = object.pyType
            if !type.isHeapType, let entry = cache.entry(type.version, nil) {
                return try method(entry.pointee.attribute, value, type)
            }
            if let instance = object as? PyInstance {
                if cache.acceptsEntries { learnInstanceRead(instance, name, cache) }
                return try lookupMethod(value, name)
            }
            // `super` objects resolve attributes themselves.
            if object is PySuper { return (try getAttribute(value, name), nil) }
            if let module = object as? PyModule { return (try moduleAttribute(module, name, cache), nil) }
            if object is PyType { return try lookupMethod(value, name) }
        }
        let type = value.pyType
        if let entry = cache.entry(type.version, nil) { return try method(entry.pointee.attribute, value, type) }
        if cache.acceptsEntries { learnRead(value, name, cache) }
        return try lookupMethod(value, name)
    }

    /// `value.name = newValue` at a site with a cache.
    @inline(__always)
    func setAttribute(_ value: Value, _ name: String, _ newValue: Value, cache: AttributeSiteCache) throws {
        if case .object(let object) = value {
            if object.cachedWrite(cache, newValue) { return }
            if cache.acceptsEntries, let instance = object as? PyInstance { learnInstanceWrite(instance, name, cache) }
        }
        try setAttribute(value, name, newValue)
    }

    /// `module.name`: the global's cell, once the site has seen the module.
    private func moduleAttribute(_ module: PyModule, _ name: String, _ cache: AttributeSiteCache) throws -> Value {
        if let entry = cache.entry(0, ObjectIdentifier(module)), let found = entry.pointee.cell?.value {
            return found
        }
        if cache.acceptsEntries, module.namespace[name] != nil {
            cache.rememberGlobal(.moduleGlobal(module, module.namespace.cell(name)))
        }
        return try getAttribute(.object(module), name)
    }

    @inline(__always)
    private func method(_ attribute: ClassAttribute, _ value: Value,
                        _ type: PyType) throws -> (callable: Value, receiver: Value?) {
        if attribute.kind == .method { return (attribute.value, value) }
        return (try bind(attribute, to: value, owner: type), nil)
    }

    /// Class attribute kinds whose read the cache may repeat (no descriptor
    /// code runs, or it runs the same way for every receiver).
    private static func isCacheable(_ kind: ClassAttribute.Kind) -> Bool {
        switch kind {
        case .plain, .method, .staticMethod, .classMethod: return true
        case .missing, .dataDescriptor, .descriptor: return false
        }
    }

    private func learnInstanceRead(_ instance: PyInstance, _ name: String, _ cache: AttributeSiteCache) {
        let type = instance.cls
        let version = type.version
        let (attribute, flags) = type.resolveAttribute(name)
        guard flags.plainReads, attribute.kind != .dataDescriptor, attribute.kind != .descriptor,
              let layout = instance.sharedLayout(of: name) else { return }
        let shape = ObjectIdentifier(layout.shape)
        if let slot = layout.slot {
            cache.remember(type, .slot(slot, version: version, shape: shape))
        } else if ThreadState.isCacheable(attribute.kind) {
            cache.remember(type, .classAttribute(attribute, version: version, shape: shape))
        }
    }

    /// Receivers without instance attributes: built-in values and objects
    /// of native types.
    private func learnRead(_ value: Value, _ name: String, _ cache: AttributeSiteCache) {
        if case .object(let object) = value {
            if object is PySuper || object is PyBoundMethod || object is AttributeNamespace { return }
        }
        let type = value.pyType
        let version = type.version
        let (attribute, flags) = type.resolveAttribute(name)
        guard flags.plainReads, ThreadState.isCacheable(attribute.kind) else { return }
        cache.remember(type, .classAttribute(attribute, version: version, shape: nil))
    }

    private func learnInstanceWrite(_ instance: PyInstance, _ name: String, _ cache: AttributeSiteCache) {
        guard instance.hasAttributeNamespace else { return }
        let type = instance.cls
        let version = type.version
        let (attribute, flags) = type.resolveAttribute(name)
        guard !flags.contains(.setattr), attribute.kind != .dataDescriptor, attribute.kind != .descriptor,
              let layout = instance.sharedLayout(of: name) else { return }
        let shape = ObjectIdentifier(layout.shape)
        if let slot = layout.slot {
            cache.remember(type, .slot(slot, version: version, shape: shape))
        } else if layout.shape.count < Shape.maximumNames {
            cache.remember(type, .append(to: layout.shape.adding(name), version: version, shape: shape))
        }
    }
}
