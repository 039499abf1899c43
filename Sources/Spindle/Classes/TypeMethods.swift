/// The attributes every class has through its metaclass `type`: names,
/// module, doc, MRO and bases, `repr`, and the `type(...)` call itself.
enum TypeMethods {
    static func install() {
        let type = PyType.type
        type.defineMethod("__repr__") { _, args in
            let cls = try receiverType("__repr__", args)
            return .str("<class '\(cls.qualifiedName)'>")
        }
        type.defineAttribute("__name__", get: { _, value in .str(try cast(value).name) },
                             set: readOnly("__name__"))
        type.defineAttribute("__qualname__", get: { _, value in .str(try cast(value).qualname) },
                             set: readOnly("__qualname__"))
        type.defineAttribute("__module__", get: { _, value in
            let cls = try cast(value)
            return cls.isHeapType ? cls.ownAttribute("__module__") ?? .str(cls.moduleName) : .str(cls.moduleName)
        }, set: heapNamespaceSetter("__module__"))
        type.defineAttribute("__doc__", get: { _, value in
            let cls = try cast(value)
            return cls.isHeapType ? cls.ownAttribute("__doc__") ?? .None : .None
        }, set: heapNamespaceSetter("__doc__"))
        type.defineAttribute("__base__", get: { _, value in
            let cls = try cast(value)
            return cls.bases.first.map { .object($0) } ?? .None
        })
    }

    /// The class a `type` method was called on.
    static func receiverType(_ function: String, _ args: Arguments) throws -> PyType {
        guard let first = args.positional.first else {
            throw PyError(.typeError, "descriptor '\(function)' of 'type' object needs an argument")
        }
        return try cast(first)
    }

    static func cast(_ value: Value) throws -> PyType {
        guard let cls = value.asObject as? PyType else {
            throw PyError(.typeError, "descriptor requires a 'type' object but received a '\(value.pyType.name)'")
        }
        return cls
    }

    /// `C.__name__ = …`: Spindle's class names are fixed at creation.
    private static func readOnly(_ name: String) -> PyNativeDescriptor.Setter {
        { _, value, _ in
            let cls = try cast(value)
            throw PyError(.typeError, "can't set \(cls.name).\(name)")
        }
    }

    /// `__module__`/`__doc__` live in a Python class's namespace.
    private static func heapNamespaceSetter(_ name: String) -> PyNativeDescriptor.Setter {
        { _, value, newValue in
            let cls = try cast(value)
            guard cls.isHeapType else { throw PyError(.typeError, "can't set \(cls.name).\(name)") }
            if let newValue {
                cls.setAttribute(name, newValue)
            } else {
                cls.removeAttribute(name)
            }
        }
    }
}

extension PyType {
    /// `type(x)` returns the class of `x`; `type(name, bases, dict)` makes a class.
    static func callType(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        if arguments.positional.count == 1 && arguments.keywords.isEmpty {
            return .object(arguments.positional[0].pyType)
        }
        if arguments.positional.count == 3 {
            return try makeClassFromCall(thread, arguments.positional, keywords: arguments.keywords)
        }
        throw PyError(.typeError, "type() takes 1 or 3 arguments")
    }
}
