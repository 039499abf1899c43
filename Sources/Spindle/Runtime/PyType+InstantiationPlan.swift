import Synchronization

/// How calling a class makes an instance when the class keeps `object.__new__`:
/// the allocator its layout inherits and the simple Python `__init__` to run
/// (or none when `object.__init__` is inherited). Worked out once per type
/// version and kept in the type's attribute cache, so `C(a, b)` skips the
/// `__new__`/`__init__` lookups, the MRO walk for the allocator, and the
/// argument list. Any namespace change along the MRO empties the cache.
enum InstantiationPlan {
    /// Not worked out for the current version.
    case unknown
    /// The class needs the general protocol (custom `__new__`, metaclass,
    /// `__init__` that is not a simple Python function, no allocator).
    case general
    /// Allocate with `allocator`, then run `initializer` (if any) on the instance.
    case direct(allocator: (PyType) -> PyObject, initializer: PyFunction?)
}

extension PyType {
    /// The plan for calling this class, computed on first use per version.
    func instantiationPlan() -> InstantiationPlan {
        let version = versionTag.load(ordering: .acquiring)
        let cached = attributeCache.withLock { $0.instantiation }
        if case .unknown = cached {} else { return cached }
        let plan = computeInstantiationPlan()
        attributeCache.withLock { cache in
            guard PyType.isStable(version), versionTag.load(ordering: .relaxed) == version else { return }
            cache.instantiation = plan
        }
        return plan
    }

    private func computeInstantiationPlan() -> InstantiationPlan {
        guard nativeConstructor == nil, !isSubtype(of: PyType.type),
              classAttribute("__new__").value.asObject === ObjectMethods.new,
              let allocator = effectiveAllocator else { return .general }
        let initAttribute = classAttribute("__init__")
        guard initAttribute.kind == .method else { return .general }
        if initAttribute.value.asObject === ObjectMethods.initializer {
            return .direct(allocator: allocator, initializer: nil)
        }
        guard let function = initAttribute.value.asObject as? PyFunction, function.code.isSimple else {
            return .general
        }
        return .direct(allocator: allocator, initializer: function)
    }

    /// `C(*positional)` through the plan; nil when the general protocol must run
    /// (which also reports arguments given to a class without `__init__`).
    @inline(__always)
    func instantiateDirectly(_ thread: ThreadState, _ count: Int,
                             _ fill: (UnsafeMutablePointer<Value?>) -> Void) throws -> Value? {
        guard case .direct(let allocator, let initializer) = instantiationPlan() else { return nil }
        guard let initializer else { return count == 0 ? .object(allocator(self)) : nil }
        let instance = Value.object(allocator(self))
        let result = try initializer.callSimple(thread, count + 1) { slots in
            slots[0] = instance
            fill(slots + 1)
        }
        try checkInitResult(result)
        return instance
    }
}
