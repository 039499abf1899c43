import Synchronization

/// A Python class: built-in types (`int`, `list`, `ValueError`, …) and
/// classes defined by `class` statements are both `PyType`s, so `type()`,
/// `isinstance`, attribute lookup through the MRO and subclassing work the
/// same way for both.
///
/// The namespace is guarded by a mutex because class attributes may be set
/// from any thread. `bases` and `mro` never change after creation.
public final class PyType: PyObject {
    public let name: String
    /// `__module__` for the type's `repr` (`<class '__main__.C'>`); "builtins" for built-in types.
    public let moduleName: String
    public let bases: [PyType]
    /// The C3 linearisation, starting with the type itself.
    public private(set) var mro: [PyType] = []
    private let namespace = Mutex<[String: Value]>([:])
    /// Insertion order of namespace keys, for `dir()` and `vars()`.
    private let order = Mutex<[String]>([])

    /// Creates instances for this type and for Python classes deriving
    /// from it. Looked up along the MRO: the first type that has one
    /// decides the Swift layout of instances. `object` allocates a plain
    /// `PyInstance`.
    public let allocator: ((PyType) -> PyObject)?

    /// Builds a type. Throws `TypeError` when the bases admit no consistent
    /// method resolution order.
    public init(name: String, moduleName: String = "builtins", bases: [PyType],
                allocator: ((PyType) -> PyObject)? = nil) throws {
        self.name = name
        self.moduleName = moduleName
        self.bases = bases
        self.allocator = allocator
        super.init()
        self.mro = try [self] + PyType.linearize(bases)
    }

    /// Builds a built-in type whose bases are known to be consistent.
    public init(builtin name: String, moduleName: String = "builtins", base: PyType?,
                allocator: ((PyType) -> PyObject)? = nil) {
        self.name = name
        self.moduleName = moduleName
        self.bases = base.map { [$0] } ?? []
        self.allocator = allocator
        super.init()
        self.mro = [self] + (base?.mro ?? [])
    }

    public override var pyType: PyType { PyType.type }

    /// Calling a class makes an instance (see `PyType+Instantiate.swift`).
    public override func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        try instantiate(thread, arguments)
    }

    /// `__qualname__`-style display: `module.Name`, or just `Name` for builtins.
    public var qualifiedName: String {
        moduleName == "builtins" ? name : "\(moduleName).\(name)"
    }

    // MARK: Namespace

    /// The attribute defined directly on this type (not inherited).
    public func ownAttribute(_ name: String) -> Value? {
        namespace.withLock { $0[name] }
    }

    public func setAttribute(_ name: String, _ value: Value) {
        let old = namespace.withLock { ns -> Value? in
            let previous = ns.updateValue(value, forKey: name)
            if previous == nil { order.withLock { $0.append(name) } }
            return previous
        }
        _ = old
    }

    @discardableResult
    public func removeAttribute(_ name: String) -> Bool {
        let removed = namespace.withLock { $0.removeValue(forKey: name) }
        if removed != nil { order.withLock { $0.removeAll { $0 == name } } }
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

    // MARK: C3 linearisation

    static func linearize(_ bases: [PyType]) throws -> [PyType] {
        var sequences = bases.map { $0.mro } + [bases]
        var result: [PyType] = []
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { return result }
            guard let head = sequences.lazy.map({ $0[0] }).first(where: { candidate in
                !sequences.contains { seq in seq.dropFirst().contains { $0 === candidate } }
            }) else {
                let names = bases.map { $0.name }.joined(separator: ", ")
                throw PyError(.typeError, "Cannot create a consistent method resolution order (MRO) for bases \(names)")
            }
            result.append(head)
            for i in sequences.indices where sequences[i][0] === head {
                sequences[i].removeFirst()
            }
        }
    }
}
