import Synchronization

/// What a name resolves to on a type (along its MRO), and how it behaves
/// when read through an instance. Computed once per (type, version) and
/// kept in the type's attribute cache, so an attribute read costs one
/// cache probe instead of one namespace probe per class in the MRO.
struct ClassAttribute {
    enum Kind: UInt8 {
        /// Not defined anywhere in the MRO.
        case missing
        /// A plain class attribute (returned as is, shadowed by instance attributes).
        case plain
        /// A Python function or a built-in type's native method: binds to the instance.
        case method
        /// `staticmethod`: yields the wrapped function.
        case staticMethod
        /// `classmethod`: binds the wrapped function to the class.
        case classMethod
        /// `property` or a native getset descriptor: takes precedence over instance attributes.
        case dataDescriptor
        /// An instance of a Python class defining `__get__`/`__set__`/`__delete__`
        /// (whether it is a data descriptor is checked at each access).
        case descriptor
    }

    let value: Value
    let kind: Kind

    static let missing = ClassAttribute(value: .None, kind: .missing)

    var isFound: Bool { kind != .missing }
}

/// The attribute hooks a class overrides. Nil means the default behaviour
/// (`object.__getattribute__`, no `__getattr__`, `object.__setattr__`, …).
struct AttributeHooks {
    var getattribute: ClassAttribute?
    var getattr: ClassAttribute?
    var setattr: ClassAttribute?
    var delattr: ClassAttribute?
}

/// Which attribute hooks a class overrides, cheap to copy on every access.
struct HookFlags: OptionSet {
    let rawValue: UInt8
    static let getattribute = HookFlags(rawValue: 1)
    static let getattr = HookFlags(rawValue: 2)
    static let setattr = HookFlags(rawValue: 4)
    static let delattr = HookFlags(rawValue: 8)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ hooks: AttributeHooks) {
        var flags: HookFlags = []
        if hooks.getattribute != nil { flags.insert(.getattribute) }
        if hooks.getattr != nil { flags.insert(.getattr) }
        if hooks.setattr != nil { flags.insert(.setattr) }
        if hooks.delattr != nil { flags.insert(.delattr) }
        self = flags
    }

    /// True when reads go straight to the generic lookup with no fallback.
    var plainReads: Bool { isDisjoint(with: [.getattribute, .getattr]) }
}

/// The per-type cache guarded by `PyType.attributeCache`.
struct AttributeCache {
    var entries = NameTable<ClassAttribute>()
    var hooks: AttributeHooks?
    var flags: HookFlags = []
    var instantiation: InstantiationPlan = .unknown
}


extension PyType {
    private static let versionCounter = Atomic<UInt64>(0)

    /// A version number never handed out before.
    static func nextVersion() -> UInt64 {
        versionCounter.wrappingAdd(1, ordering: .relaxed).newValue
    }

    /// Changes whenever this type's namespace or one in its MRO changes;
    /// inline caches compare it to decide whether a remembered lookup holds.
    public var version: UInt64 { versionTag.load(ordering: .acquiring) }

    /// Set in the versions a type has while one of the namespaces in its MRO
    /// is being changed. Nothing is cached under such a version, so a reader
    /// that saw the new value of an attribute (read from the namespace) can
    /// never afterwards hit a cache entry holding the old one: entries are
    /// only made from reads that began and ended under one stable version.
    static let changingBit: UInt64 = 1 << 63

    /// True when results computed under `version` may be cached.
    static func isStable(_ version: UInt64) -> Bool { version & changingBit == 0 }

    /// Called before a namespace change: this type and every subclass get a
    /// fresh version marked as changing, and empty caches.
    func beginNamespaceChange() {
        if postponeCacheInvalidation() { return }
        var dropped: [AttributeCache] = []
        invalidateAttributeCaches(collectingInto: &dropped, changing: true)
    }

    /// Called after a namespace change: this type and every subclass get a
    /// new stable version and empty caches. The old cache contents are
    /// released after every lock is dropped.
    func invalidateAttributeCaches() {
        if postponeCacheInvalidation() { return }
        var dropped: [AttributeCache] = []
        invalidateAttributeCaches(collectingInto: &dropped, changing: false)
    }

    /// Walks the subclasses while holding each registry's lock, which keeps
    /// a subclass that is being deallocated alive until the walk leaves it
    /// (see `SubclassRegistry`).
    private func invalidateAttributeCaches(collectingInto dropped: inout [AttributeCache], changing: Bool) {
        let version = PyType.nextVersion() | (changing ? PyType.changingBit : 0)
        dropped.append(attributeCache.withLock { cache -> AttributeCache in
            versionTag.store(version, ordering: .releasing)
            let old = cache
            cache = AttributeCache()
            return old
        })
        subclassRegistry.forEachSubclass { subclass in
            subclass.invalidateAttributeCaches(collectingInto: &dropped, changing: changing)
        }
    }

    /// The resolved class attribute `name` together with the type's hook
    /// flags. One lock acquisition when cached.
    @inline(__always)
    func resolveAttribute(_ name: String) -> (ClassAttribute, HookFlags) {
        let version = versionTag.load(ordering: .acquiring)
        let cached = attributeCache.withLock { cache -> (ClassAttribute, HookFlags)? in
            guard cache.hooks != nil, let entry = cache.entries[name] else { return nil }
            return (entry, cache.flags)
        }
        if let cached { return cached }
        return resolveAndCache(name, version: version)
    }

    private func resolveAndCache(_ name: String, version: UInt64) -> (ClassAttribute, HookFlags) {
        let resolved = computeClassAttribute(name)
        let hooks = attributeHooks
        attributeCache.withLock { cache in
            guard PyType.isStable(version), versionTag.load(ordering: .relaxed) == version else { return }
            if cache.entries.count >= 4096 { cache.entries.removeAll() }
            cache.entries.set(name, resolved)
        }
        return (resolved, HookFlags(hooks))
    }

    /// The resolved class attribute `name` (cached).
    func classAttribute(_ name: String) -> ClassAttribute {
        resolveAttribute(name).0
    }

    /// The attribute hooks of this type (cached).
    var attributeHooks: AttributeHooks {
        let version = versionTag.load(ordering: .acquiring)
        if let hooks = attributeCache.withLock({ $0.hooks }) { return hooks }
        let hooks = computeHooks()
        attributeCache.withLock { cache in
            guard PyType.isStable(version), versionTag.load(ordering: .relaxed) == version else { return }
            cache.hooks = hooks
            cache.flags = HookFlags(hooks)
        }
        return hooks
    }

    private func computeClassAttribute(_ name: String) -> ClassAttribute {
        guard let (owner, value) = lookupWithOwner(name) else { return .missing }
        return ClassAttribute(value: value, kind: PyType.classify(value, definedOn: owner))
    }

    private func computeHooks() -> AttributeHooks {
        func overridden(_ name: String, default native: PyNativeFunction) -> ClassAttribute? {
            let attribute = computeClassAttribute(name)
            guard attribute.isFound, attribute.value.asObject !== native else { return nil }
            return attribute
        }
        let getattr = computeClassAttribute("__getattr__")
        return AttributeHooks(
            getattribute: overridden("__getattribute__", default: ObjectMethods.getattribute),
            getattr: getattr.isFound ? getattr : nil,
            setattr: overridden("__setattr__", default: ObjectMethods.setattr),
            delattr: overridden("__delattr__", default: ObjectMethods.delattr))
    }

    /// Decides how a value stored in `owner`'s namespace behaves as a class attribute.
    static func classify(_ value: Value, definedOn owner: PyType) -> ClassAttribute.Kind {
        guard case .object(let object) = value else { return .plain }
        if object.pyType === PyType.function { return .method }
        switch object {
        case let native as PyNativeFunction:
            // Built-in functions stored in a Python class (`f = len`) do not bind.
            return native.owner != nil || !owner.isHeapType ? .method : .plain
        case is PyProperty, is PyNativeDescriptor:
            return .dataDescriptor
        case is PyStaticMethod:
            return .staticMethod
        case is PyClassMethod:
            return .classMethod
        case let instance as PyInstance:
            let type = instance.cls
            let isDescriptor = type.lookup("__get__") != nil || type.lookup("__set__") != nil
                || type.lookup("__delete__") != nil
            return isDescriptor ? .descriptor : .plain
        default:
            return .plain
        }
    }
}
