/// The builtins of the class model: `isinstance`, `issubclass`, `getattr`
/// and friends, `callable`, `vars`, `dir`, `id`, and the types `object`,
/// `type`, `super`, `property`, `staticmethod`, `classmethod`.
enum ClassModel {
    /// Installs the builtins into an interpreter (and, once per process, the
    /// methods of `object`, `type`, the descriptor types and exceptions).
    static func install(into interpreter: Interpreter) {
        _ = typeMethodsInstalled
        let ns = interpreter.builtins.namespace
        for type in [PyType.object, .type, .superType, .property, .staticmethod, .classmethod] {
            ns[type.name] = .object(type)
        }
        let functions: [(String, PyNativeFunction.Body)] = [
            ("isinstance", isinstance), ("issubclass", issubclass),
            ("getattr", getattr), ("setattr", setattr), ("hasattr", hasattr), ("delattr", delattr),
            ("callable", callable), ("id", id), ("vars", vars), ("dir", dir),
        ]
        for (name, body) in functions {
            ns[name] = .object(PyNativeFunction(name, body))
        }
    }

    private static let typeMethodsInstalled: Void = {
        ObjectMethods.install()
        TypeMethods.install()
        DescriptorMethods.install()
        ExceptionMethods.install()
        installIntrospection()
        NativeSubclassMethods.install()
    }()

    // MARK: type checks

    private static func isinstance(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        let values = try positional("isinstance", args, count: 2)
        let type = values[0].pyType
        return .bool(try matches(values[1], "isinstance() arg 2 must be a type or tuple of types") {
            type.isSubtype(of: $0)
        })
    }

    private static func issubclass(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        let values = try positional("issubclass", args, count: 2)
        guard let type = values[0].asObject as? PyType else {
            throw PyError(.typeError, "issubclass() arg 1 must be a class")
        }
        return .bool(try matches(values[1], "issubclass() arg 2 must be a class or tuple of classes") {
            type.isSubtype(of: $0)
        })
    }

    /// Applies `test` to a class or to each class of a (nested) tuple.
    private static func matches(_ spec: Value, _ message: String, _ test: (PyType) -> Bool) throws -> Bool {
        switch spec.asObject {
        case let type as PyType:
            return test(type)
        case let tuple as PyTuple:
            for element in tuple.elements where try matches(element, message, test) { return true }
            return false
        default:
            throw PyError(.typeError, message)
        }
    }

    // MARK: attribute builtins

    private static func getattr(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        try noKeywords("getattr", args)
        let values = args.positional
        guard values.count >= 2 else {
            throw PyError(.typeError, "getattr expected at least 2 arguments, got \(values.count)")
        }
        guard values.count <= 3 else {
            throw PyError(.typeError, "getattr expected at most 3 arguments, got \(values.count)")
        }
        guard let name = values[1].asString else {
            throw PyError(.typeError, "getattr(): attribute name must be string")
        }
        if values.count == 3 { return try thread.lookupAttribute(values[0], name) ?? values[2] }
        return try thread.getAttribute(values[0], name)
    }

    private static func setattr(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        let values = try positional("setattr", args, count: 3)
        try thread.setAttribute(values[0], try attributeName(values[1]), values[2])
        return .None
    }

    private static func delattr(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        let values = try positional("delattr", args, count: 2)
        try thread.deleteAttribute(values[0], try attributeName(values[1]))
        return .None
    }

    private static func hasattr(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        let values = try positional("hasattr", args, count: 2)
        guard let name = values[1].asString else {
            throw PyError(.typeError, "hasattr(): attribute name must be string")
        }
        return .bool(try thread.lookupAttribute(values[0], name) != nil)
    }

    private static func attributeName(_ value: Value) throws -> String {
        guard let name = value.asString else {
            throw PyError(.typeError, "attribute name must be string, not '\(value.pyType.name)'")
        }
        return name
    }

    // MARK: other builtins

    /// True for classes, functions, methods and instances of classes with `__call__`.
    private static func callable(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        let value = try single("callable", args)
        return .bool(isCallable(value))
    }

    static func isCallable(_ value: Value) -> Bool {
        guard case .object(let object) = value else { return false }
        if object is PyType || object is PyNativeFunction || object is PyBoundMethod { return true }
        let type = object.pyType
        return type === PyType.function || type.classAttribute("__call__").isFound
    }

    private static func id(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        .int(ObjectMethods.identity(of: try single("id", args)))
    }

    // MARK: argument checks in CPython's wording

    /// `name expected N arguments, got M` (the wording of builtins taking a fixed count).
    private static func positional(_ name: String, _ args: Arguments, count: Int) throws -> [Value] {
        try noKeywords(name, args)
        guard args.positional.count == count else {
            throw PyError(.typeError, "\(name) expected \(count) arguments, got \(args.positional.count)")
        }
        return args.positional
    }

    /// `name() takes exactly one argument (N given)`.
    static func single(_ name: String, _ args: Arguments) throws -> Value {
        try noKeywords(name, args)
        guard args.positional.count == 1 else {
            throw PyError(.typeError, "\(name)() takes exactly one argument (\(args.positional.count) given)")
        }
        return args.positional[0]
    }

    static func noKeywords(_ name: String, _ args: Arguments) throws {
        if !args.keywords.isEmpty { throw PyError(.typeError, "\(name)() takes no keyword arguments") }
    }
}
