/// `operator.itemgetter`, `attrgetter` and `methodcaller`: immutable
/// callables that fetch items, (dotted) attributes, or call a method.
final class PyGetter: PyInstance {
    enum Kind { case item, attribute, method }

    let kind: Kind
    let targets: [Value]
    let methodArguments: Arguments

    init(cls: PyType, kind: Kind, targets: [Value], methodArguments: Arguments = Arguments()) {
        self.kind = kind
        self.targets = targets
        self.methodArguments = methodArguments
        super.init(cls: cls)
    }

    override func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        let a = try arguments.exactly(cls.name, min: 1, max: 1)
        let object = a[0]
        switch kind {
        case .item:
            let items = try targets.map { try thread.getItem(object, $0) }
            return items.count == 1 ? items[0] : .tuple(items)
        case .attribute:
            let values = try targets.map { try dotted(thread, object, $0.asString ?? "") }
            return values.count == 1 ? values[0] : .tuple(values)
        case .method:
            let name = targets.first?.asString ?? ""
            return try thread.call(try thread.getAttribute(object, name), methodArguments)
        }
    }

    private func dotted(_ thread: ThreadState, _ object: Value, _ path: String) throws -> Value {
        var value = object
        for part in path.split(separator: ".") { value = try thread.getAttribute(value, String(part)) }
        return value
    }

    func reprText(_ thread: ThreadState) throws -> String {
        var parts = try targets.map { try thread.repr($0) }
        if kind == .method {
            parts += try methodArguments.positional.map { try thread.repr($0) }
            parts += try methodArguments.keywords.map { "\($0.name)=\(try thread.repr($0.value))" }
        }
        return "operator.\(cls.name)(\(parts.joined(separator: ", ")))"
    }
}

enum GetterType {
    private static func make(_ name: String, _ build: @escaping (ThreadState, PyType, Arguments) throws -> PyGetter) -> PyType {
        let type = PyType(builtin: name, moduleName: "operator", base: .object)
        type.setAttribute("__new__", .object(PyNativeFunction("__new__", owner: type) { thread, args in
            guard let cls = args.positional.first?.asObject as? PyType else {
                throw PyError(.typeError, "\(name).__new__(X): X is not a type object")
            }
            var rest = args
            rest.positional.removeFirst()
            return .object(try build(thread, cls, rest))
        }))
        type.defineMethod("__repr__") { thread, args in
            guard let getter = args.positional.first?.asObject as? PyGetter else {
                throw PyError(.typeError, "descriptor '__repr__' requires a '\(name)' object")
            }
            return .str(try getter.reprText(thread))
        }
        type.defineCallForwarding()
        return type
    }

    static let itemGetter = make("itemgetter") { _, cls, args in
        guard args.keywords.isEmpty else { throw PyError(.typeError, "itemgetter() takes no keyword arguments") }
        guard !args.positional.isEmpty else { throw PyError(.typeError, "itemgetter expected 1 argument, got 0") }
        return PyGetter(cls: cls, kind: .item, targets: args.positional)
    }

    static let attributeGetter = make("attrgetter") { _, cls, args in
        guard args.keywords.isEmpty else { throw PyError(.typeError, "attrgetter() takes no keyword arguments") }
        guard !args.positional.isEmpty else { throw PyError(.typeError, "attrgetter expected 1 argument, got 0") }
        for name in args.positional where name.asString == nil {
            throw PyError(.typeError, "attribute name must be a string")
        }
        return PyGetter(cls: cls, kind: .attribute, targets: args.positional)
    }

    static let methodCaller = make("methodcaller") { _, cls, args in
        guard let name = args.positional.first else {
            throw PyError(.typeError, "methodcaller needs at least one argument, the method name")
        }
        guard name.asString != nil else { throw PyError(.typeError, "method name must be a string") }
        let rest = Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
        return PyGetter(cls: cls, kind: .method, targets: [name], methodArguments: rest)
    }
}
