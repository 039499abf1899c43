import SpindleSyntax

/// The native base of `collections`' dict-like classes (`defaultdict`,
/// `OrderedDict`, `Counter`, written in Python on top of it): a mapping
/// whose entries live in an ordinary (thread-safe) dict. Missing keys go
/// through the class's `__missing__`, as for dict subclasses in CPython.
final class PyMapping: PyInstance {
    let storage = PyDict()

    static let type: PyType = {
        let type = PyType(builtin: "_MappingBase", moduleName: "collections", base: .object) { PyMapping(cls: $0) }
        defineItems(type)
        defineViews(type)
        type.setAttribute("__hash__", .None)
        return type
    }()

    static func receiver(_ args: Arguments) throws -> PyMapping {
        guard let m = args.positional.first?.asObject as? PyMapping else {
            throw PyError(.typeError, "descriptor requires a mapping object")
        }
        return m
    }

    /// The arguments after the receiver.
    private static func rest(_ args: Arguments) -> Arguments {
        Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
    }

    private static func one(_ args: Arguments, _ name: String) throws -> Value {
        guard args.positional.count == 2 else {
            throw PyError(.typeError, "\(name)() takes exactly one argument (\(max(0, args.positional.count - 1)) given)")
        }
        return args.positional[1]
    }

    private static func defineItems(_ type: PyType) {
        type.defineMethod("__init__") { thread, args in
            try DictMethods.update(thread, try receiver(args).storage, rest(args), name: type.name)
            return .None
        }
        type.defineMethod("update") { thread, args in
            try DictMethods.update(thread, try receiver(args).storage, rest(args), name: "update")
            return .None
        }
        type.defineMethod("__getitem__") { thread, args in
            let m = try receiver(args)
            let key = try one(args, "__getitem__")
            if let v = try m.storage.get(thread, key) { return v }
            if let missing = m.cls.lookup("__missing__") { return try thread.call(missing, .object(m), key) }
            throw PyError(.keyError, args: [key])
        }
        type.defineMethod("__setitem__") { thread, args in
            guard args.positional.count == 3 else { throw PyError(.typeError, "__setitem__ expected 2 arguments") }
            try receiver(args).storage.set(thread, args.positional[1], args.positional[2])
            return .None
        }
        type.defineMethod("__delitem__") { thread, args in
            let key = try one(args, "__delitem__")
            if try receiver(args).storage.remove(thread, key) == nil { throw PyError(.keyError, args: [key]) }
            return .None
        }
        type.defineMethod("__len__") { _, args in .int(try receiver(args).storage.count) }
        type.defineMethod("__contains__") { thread, args in
            .bool(try receiver(args).storage.contains(thread, try one(args, "__contains__")))
        }
        type.defineMethod("__iter__") { thread, args in .object(try thread.iterate(.object(try receiver(args).storage))) }
        type.defineMethod("__repr__") { thread, args in .str(try thread.repr(.object(try receiver(args).storage))) }
        let comparisons: [(String, CompareOperator)] = [("__eq__", .equal), ("__ne__", .notEqual)]
        for (name, op) in comparisons {
            type.defineMethod(name) { thread, args in
                let m = try receiver(args)
                var other = try one(args, name)
                if let mapping = other.asObject as? PyMapping { other = .object(mapping.storage) }
                guard other.asObject is PyDict else { return .notImplemented }
                return try thread.compare(op, .object(m.storage), other)
            }
        }
    }

    /// Methods that forward to the stored dict's own (`keys`, `get`, `pop`, …).
    private static func defineViews(_ type: PyType) {
        for name in ["keys", "values", "items", "get", "pop", "popitem", "setdefault", "clear"] {
            type.defineMethod(name) { thread, args in
                let method = try thread.getAttribute(.object(try receiver(args).storage), name)
                return try thread.call(method, rest(args))
            }
        }
        type.defineMethod("copy") { thread, args in
            let m = try receiver(args)
            return try thread.call(.object(m.cls), .object(m.storage.copy()))
        }
        type.defineMethod("__reversed__") { thread, args in
            .object(try thread.iterate(.list(Array(try receiver(args).storage.keys.reversed()))))
        }
    }
}
