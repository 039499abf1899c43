import Synchronization

/// A Python class: built-in types (`int`, `list`, `ValueError`, …) and
/// classes defined by `class` statements are both `PyType`s, so `type()`,
/// `isinstance`, attribute lookup through the MRO and subclassing work the
/// same way for both.
///
/// The namespace is guarded by a mutex because class attributes may be set
/// from any thread. `bases` and `mro` never change after creation.
///
/// Every change to a namespace gives the type and all its subclasses a new
/// `version` and empties their attribute caches (`PyType+AttributeCache.swift`),
/// so a call site that remembers (type, version) can skip the MRO walk.
public final class PyType: PyObject {
    public let name: String
    /// `__qualname__`: the dotted path inside the module (`Outer.Inner`); `name` for built-in types.
    public let qualname: String
    /// `__module__` for the type's `repr` (`<class '__main__.C'>`); "builtins" for built-in types.
    public let moduleName: String
    public let bases: [PyType]
    /// True for classes made at run time (`class` statements, `type(name, bases,
    /// dict)`, namedtuples): their namespace may be changed from Python code.
    /// Types built with `init(builtin:)` are not.
    public let isHeapType: Bool
    /// The C3 linearisation, starting with the type itself.
    public private(set) var mro: [PyType] = []
    private let namespace = GuardedState<[String: Value]>([:])
    /// Insertion order of namespace keys, for `dir()` and `vars()`.
    private let order = GuardedState<[String]>([])
    /// Changes (to a process-wide fresh number) whenever this type's namespace or
    /// any namespace in its MRO changes. Written only while holding `attributeCache`.
    let versionTag = Atomic<UInt64>(PyType.nextVersion())
    /// Resolved class attributes by name, valid for the current `version`.
    let attributeCache = GuardedState(AttributeCache())
    /// Direct subclasses, so namespace changes can invalidate their caches.
    let subclassRegistry = SubclassRegistry()

    /// Creates instances for this type and for Python classes deriving
    /// from it. Looked up along the MRO: the first type that has one
    /// decides the Swift layout of instances. `object` allocates a plain
    /// `PyInstance`.
    public let allocator: ((PyType) -> PyObject)?
    /// For an exact built-in type (`int`, `str`, `range`, …): its native
    /// constructor, which calls of the type use directly (built-in
    /// namespaces are immutable, so `__new__`/`__init__` cannot change).
    /// Set once while the builtins are installed, before Python code runs.
    var nativeConstructor: NativeConstructor?

    /// Builds a type. Throws `TypeError` when the bases admit no consistent
    /// method resolution order.
    public init(name: String, qualname: String? = nil, moduleName: String = "builtins",
                bases: [PyType], isHeapType: Bool = true,
                allocator: ((PyType) -> PyObject)? = nil) throws {
        self.name = name
        self.qualname = qualname ?? name
        self.moduleName = moduleName
        self.bases = bases
        self.isHeapType = isHeapType
        self.allocator = allocator
        super.init()
        self.mro = try [self] + PyType.linearize(bases)
        registerWithBases()
    }

    deinit {
        let identity = ObjectIdentifier(self)
        for base in bases { base.subclassRegistry.remove(identity) }
    }

    /// Builds a built-in type whose bases are known to be consistent.
    public init(builtin name: String, moduleName: String = "builtins", base: PyType?,
                allocator: ((PyType) -> PyObject)? = nil) {
        self.name = name
        self.qualname = name
        self.moduleName = moduleName
        self.bases = base.map { [$0] } ?? []
        self.isHeapType = false
        self.allocator = allocator
        super.init()
        self.mro = [self] + (base?.mro ?? [])
        registerWithBases()
    }

    public override var pyType: PyType { PyType.type }

    /// Calling a class makes an instance (see `PyType+Instantiate.swift`).
    public override func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        try instantiate(thread, arguments)
    }

    public override func call1(_ thread: ThreadState, _ a0: Value) throws -> Value {
        try instantiate(thread, a0)
    }

    public override func call2(_ thread: ThreadState, _ a0: Value, _ a1: Value) throws -> Value {
        try instantiate(thread, a0, a1)
    }

    /// The name `repr` shows: `module.Qualname`, or just `name` for builtins.
    public var qualifiedName: String {
        moduleName == "builtins" ? qualname : "\(moduleName).\(qualname)"
    }

    // MARK: Namespace

    /// The attribute defined directly on this type (not inherited).
    public func ownAttribute(_ name: String) -> Value? {
        namespace.withLock { $0[name] }
    }

    public func setAttribute(_ name: String, _ value: Value) {
        beginNamespaceChange()
        let old = namespace.withLock { ns -> Value? in
            let previous = ns.updateValue(value, forKey: name)
            if previous == nil { order.withLock { $0.append(name) } }
            return previous
        }
        invalidateAttributeCaches()
        _ = old
    }

    @discardableResult
    public func removeAttribute(_ name: String) -> Bool {
        beginNamespaceChange()
        let removed = namespace.withLock { $0.removeValue(forKey: name) }
        if removed != nil { order.withLock { $0.removeAll { $0 == name } } }
        invalidateAttributeCaches()
        return removed != nil
    }

    /// The names defined directly on this type, in definition order.
    public func ownAttributeNames() -> [String] {
        order.withLock { $0 }
    }

    /// Looks `name` up along the MRO (class attributes and methods).
    public func lookup(_ name: String) -> Value? {
        for type in mro {
            if let v = type.ownAttribute(name) { return v }
        }
        return nil
    }

    /// The type in the MRO that defines `name`, with the value.
    public func lookupWithOwner(_ name: String) -> (PyType, Value)? {
        for type in mro {
            if let v = type.ownAttribute(name) { return (type, v) }
        }
        return nil
    }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }

    /// The allocator that decides the layout of this type's instances.
    public var effectiveAllocator: ((PyType) -> PyObject)? {
        for type in mro { if let a = type.allocator { return a } }
        return nil
    }
}
