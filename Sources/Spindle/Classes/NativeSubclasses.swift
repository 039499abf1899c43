import Synchronization

/// Python subclasses of `dict` and `list`: their instances are real
/// `PyDict`/`PyList` objects (so every container operation applies) that
/// also carry a class pointer and an attribute namespace.
///
/// `dict(...)` and `list(...)` build their contents in `__new__`; for a
/// subclass the instance is allocated empty (through the type's allocator)
/// and filled by `dict.__init__`/`list.__init__`, which a subclass's own
/// `__init__` reaches with `super().__init__(...)`.
final class PyDictSubclassInstance: PyDict, AttributeNamespace {
    let cls: PyType
    private let attributes = InstanceAttributes()

    init(cls: PyType) {
        self.cls = cls
        super.init()
    }

    override var pyType: PyType { cls }

    func attribute(_ name: String) -> Value? { attributes.get(name) }
    func setAttribute(_ name: String, _ value: Value) { attributes.set(name, value) }
    func removeAttribute(_ name: String) -> Bool { attributes.remove(name) }
    func attributeSnapshot() -> [(String, Value)] { attributes.snapshot }
}

/// See `PyDictSubclassInstance`.
final class PyListSubclassInstance: PyList, AttributeNamespace {
    let cls: PyType
    private let attributes = InstanceAttributes()

    init(cls: PyType) {
        self.cls = cls
        super.init([])
    }

    override var pyType: PyType { cls }

    func attribute(_ name: String) -> Value? { attributes.get(name) }
    func setAttribute(_ name: String, _ value: Value) { attributes.set(name, value) }
    func removeAttribute(_ name: String) -> Bool { attributes.remove(name) }
    func attributeSnapshot() -> [(String, Value)] { attributes.snapshot }
}

/// A lock-guarded attribute table for native objects that need one.
final class InstanceAttributes {
    private let table = GuardedState(AttributeTable())

    func get(_ name: String) -> Value? { table.withLock { $0[name] } }

    func set(_ name: String, _ value: Value) {
        let old = table.withLock { $0.set(name, value) }
        _ = old
    }

    func remove(_ name: String) -> Bool {
        let old = table.withLock { $0.remove(name) }
        return old != nil
    }

    var snapshot: [(String, Value)] { table.withLock { $0.items } }
}

extension PyType {
    /// `dict` and `list`: their native `__new__` builds the whole value, so
    /// the type's own `__init__` must not run again after it, while Python
    /// subclasses are allocated empty and filled by `__init__`.
    var buildsContentsInNew: Bool { self === PyType.dict || self === PyType.list }
}

enum NativeSubclassMethods {
    static func install() {
        PyType.dict.defineMethod("__init__") { thread, args in
            guard let dict = args.positional.first?.asObject as? PyDict else {
                throw PyError(.typeError, "descriptor '__init__' of 'dict' object needs an argument")
            }
            var rest = args
            rest.positional.removeFirst()
            if rest.positional.count > 1 {
                throw PyError(.typeError, "dict expected at most 1 argument, got \(rest.positional.count)")
            }
            try DictMethods.update(thread, dict, rest, name: "dict")
            return .None
        }
        PyType.list.defineMethod("__init__") { thread, args in
            guard let list = args.positional.first?.asObject as? PyList else {
                throw PyError(.typeError, "descriptor '__init__' of 'list' object needs an argument")
            }
            if !args.keywords.isEmpty { throw PyError(.typeError, "list() takes no keyword arguments") }
            let rest = args.positional.dropFirst()
            if rest.count > 1 {
                throw PyError(.typeError, "list expected at most 1 argument, got \(rest.count)")
            }
            list.replaceAll(try rest.first.map { try thread.collect($0) } ?? [])
            return .None
        }
    }
}
