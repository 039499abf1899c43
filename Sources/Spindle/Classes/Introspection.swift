import Synchronization

/// Looking at classes and objects from Python: `vars()`, `dir()`, the
/// `__dict__`, `__mro__`, `__bases__` attributes, `C.mro()`,
/// `C.__subclasses__()`, and `type(name, bases, dict)`.
extension ClassModel {
    static func vars(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        try noKeywords("vars", args)
        guard args.positional.count <= 1 else {
            throw PyError(.typeError, "vars expected at most 1 argument, got \(args.positional.count)")
        }
        guard let object = args.positional.first else {
            throw PyError(.typeError, "vars() without an argument needs the caller's locals; pass an object")
        }
        guard let namespace = try thread.lookupAttribute(object, "__dict__") else {
            throw PyError(.typeError, "vars() argument must have __dict__ attribute")
        }
        return namespace
    }

    static func dir(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        try noKeywords("dir", args)
        guard args.positional.count <= 1 else {
            throw PyError(.typeError, "dir expected at most 1 argument, got \(args.positional.count)")
        }
        guard let object = args.positional.first else {
            throw PyError(.typeError, "dir() without an argument needs the caller's locals; pass an object")
        }
        let listed = try thread.callClassMethod(object, "__dir__")
        var names = try thread.collect(listed).map { value -> String in
            guard let name = value.asString else {
                throw PyError(.typeError, "'<' not supported between instances of '\(value.pyType.name)' and 'str'")
            }
            return name
        }
        names.sort()
        return .list(names.map { .str($0) })
    }

    /// `object.__dir__`: own attributes plus every name along the class's MRO
    /// (for a class: along its own MRO; for a module: its globals).
    static func defaultDir(_ value: Value) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        func add<S: Sequence>(_ more: S) where S.Element == String {
            for name in more where seen.insert(name).inserted { names.append(name) }
        }
        switch value.asObject {
        case let module as PyModule:
            add(module.namespace.boundNames())
            return names
        case let type as PyType:
            for cls in type.mro { add(cls.ownAttributeNames()) }
            return names
        case let object as AttributeNamespace:
            add(object.attributeSnapshot().map { $0.0 })
        default:
            break
        }
        for cls in value.pyType.mro { add(cls.ownAttributeNames()) }
        return names
    }

    /// A new dict holding `names` in order.
    static func dictionary(_ pairs: [(String, Value)]) -> Value {
        let dict = PyDict()
        for (name, value) in pairs { dict.set(name, value) }
        return .object(dict)
    }

    static func installIntrospection() {
        PyType.object.defineMethod("__dir__") { _, args in
            let values = try args.exactly("__dir__", min: 1, max: 1)
            return .list(defaultDir(values[0]).map { .str($0) })
        }
        PyType.object.defineAttribute("__dict__", get: { thread, value in
            if case .object(let object) = value {
                if let instance = object as? PyInstance {
                    if instance.hasAttributeNamespace { return .object(instance.liveDictionary()) }
                } else if let namespace = object as? AttributeNamespace {
                    return dictionary(namespace.attributeSnapshot())
                }
            }
            throw PyError(.attributeError, "'\(value.pyType.name)' object has no attribute '__dict__'")
        }, set: { thread, value, newValue in
            guard let instance = value.asObject as? PyInstance, instance.hasAttributeNamespace else {
                throw PyError(.attributeError, "'\(value.pyType.name)' object has no attribute '__dict__'")
            }
            guard let dict = newValue?.asObject as? PyDict else {
                throw PyError(.typeError, "__dict__ must be set to a dictionary, not a '\(newValue?.pyType.name ?? "NoneType")'")
            }
            instance.replaceDictionary(dict)
        })
        PyType.module.defineAttribute("__dict__") { _, value in
            guard let module = value.asObject as? PyModule else { return .None }
            return dictionary(module.namespace.items())
        }
        installTypeIntrospection(PyType.type)
    }

    private static func installTypeIntrospection(_ type: PyType) {
        type.defineAttribute("__dict__") { _, value in
            let cls = try TypeMethods.cast(value)
            return dictionary(cls.ownAttributeNames().compactMap { name in cls.ownAttribute(name).map { (name, $0) } })
        }
        type.defineAttribute("__mro__") { _, value in .tuple(try TypeMethods.cast(value).mro.map { .object($0) }) }
        type.defineAttribute("__bases__") { _, value in .tuple(try TypeMethods.cast(value).bases.map { .object($0) }) }
        type.defineMethod("mro") { _, args in
            .list(try TypeMethods.receiverType("mro", args).mro.map { .object($0) })
        }
        type.defineMethod("__subclasses__") { _, args in
            .list(try TypeMethods.receiverType("__subclasses__", args).directSubclasses.map { .object($0) })
        }
    }
}

extension PyType {
    /// `type(name, bases, dict)`.
    static func makeClassFromCall(_ thread: ThreadState, _ values: [Value],
                                  keywords: [(name: String, value: Value)]) throws -> Value {
        guard let name = values[0].asString else {
            throw PyError(.typeError, "type.__new__() argument 1 must be str, not \(values[0].pyType.name)")
        }
        guard let bases = values[1].asObject as? PyTuple else {
            throw PyError(.typeError, "type.__new__() argument 2 must be tuple, not \(values[1].pyType.name)")
        }
        guard let dict = values[2].asObject as? PyDict else {
            throw PyError(.typeError, "type.__new__() argument 3 must be dict, not \(values[2].pyType.name)")
        }
        var namespace: [(String, Value)] = []
        for (key, value) in dict.items {
            guard let text = key.asString else { continue }
            namespace.append((text, value))
        }
        let module = dict.get("__module__")?.asString ?? "__main__"
        return try makeClass(thread, name: name, bases: Array(bases.elements), namespace: namespace,
                             module: module, keywords: keywords.map { ($0.name, $0.value) })
    }
}

extension PyDict {
    /// Removes the str key `key` (instance namespaces: `del obj.name` after
    /// `obj.__dict__` was requested); returns the removed value.
    func removeStringKey(_ key: String) -> Value? {
        let k = PyStr(key)
        let removed = table.withLock { t -> Value? in
            guard case .found(let i) = t.probe(.object(k), hash: k.hashValue) else { return nil }
            return t.remove(at: i)?.value
        }
        return removed
    }
}
