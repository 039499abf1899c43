import SpindleSyntax
import Synchronization

/// `functools.partial`: a callable with some arguments fixed in advance.
final class PyPartial: PyInstance {
    let function: Value
    let arguments: [Value]
    let keywords: [(name: String, value: Value)]

    static let type: PyType = {
        let type = PyType(builtin: "partial", moduleName: "functools", base: .object)
        type.setAttribute("__new__", .object(PyNativeFunction("__new__", owner: type) { thread, args in
            guard args.positional.count >= 2 else {
                throw PyError(.typeError, "type 'partial' takes at least one argument")
            }
            let function = args.positional[1]
            guard case .object(let o) = function, try thread.isCallable(function) else {
                throw PyError(.typeError, "the first argument must be callable")
            }
            var positional = Array(args.positional.dropFirst(2))
            var keywords = args.keywords
            if let inner = o as? PyPartial {
                positional = inner.arguments + positional
                keywords = inner.keywords.filter { k in !keywords.contains { $0.name == k.name } } + keywords
                return .object(PyPartial(function: inner.function, arguments: positional, keywords: keywords))
            }
            return .object(PyPartial(function: function, arguments: positional, keywords: keywords))
        }))
        type.defineMethod("__repr__") { thread, args in
            guard let p = args.positional.first?.asObject as? PyPartial else {
                throw PyError(.typeError, "descriptor '__repr__' requires a 'functools.partial' object")
            }
            var parts = [try thread.repr(p.function)] + (try p.arguments.map { try thread.repr($0) })
            parts += try p.keywords.map { "\($0.name)=\(try thread.repr($0.value))" }
            return .str("functools.partial(\(parts.joined(separator: ", ")))")
        }
        type.defineCallForwarding()
        return type
    }()

    init(function: Value, arguments: [Value], keywords: [(name: String, value: Value)]) {
        self.function = function
        self.arguments = arguments
        self.keywords = keywords
        super.init(cls: PyPartial.type)
        setAttribute("func", function)
        setAttribute("args", .tuple(arguments))
        let dict = PyDict()
        for (name, value) in keywords { dict.set(name, value) }
        setAttribute("keywords", .object(dict))
    }

    override func call(_ thread: ThreadState, _ call: Arguments) throws -> Value {
        let merged = keywords.filter { k in !call.keywords.contains { $0.name == k.name } } + call.keywords
        return try thread.call(function, Arguments(arguments + call.positional, keywords: merged))
    }
}

/// What `cmp_to_key(f)` returns: calling it wraps a value in a key whose
/// comparisons call `f`.
final class PyKeyFactory: PyObject {
    let compare: Value

    static let keyType: PyType = {
        let type = PyType(builtin: "KeyWrapper", moduleName: "functools", base: .object)
        let tests: [(String, (Int) -> Bool)] = [("__lt__", { $0 < 0 }), ("__gt__", { $0 > 0 }), ("__eq__", { $0 == 0 }),
                                                ("__le__", { $0 <= 0 }), ("__ge__", { $0 >= 0 }), ("__ne__", { $0 != 0 })]
        for (name, test) in tests {
            type.defineMethod(name) { thread, args in
                guard args.positional.count == 2, let a = args.positional[0].asObject as? PyKey,
                      let b = args.positional[1].asObject as? PyKey else {
                    throw PyError(.typeError, "other argument must be K instance")
                }
                let result = try thread.call(a.compare, a.value, b.value)
                let zero = Value.int(0)
                if try thread.compareIsTrue(.less, result, zero) { return .bool(test(-1)) }
                if try thread.compareIsTrue(.greater, result, zero) { return .bool(test(1)) }
                return .bool(test(0))
            }
        }
        type.setAttribute("__hash__", .None)
        return type
    }()

    init(compare: Value) {
        self.compare = compare
    }

    override var pyType: PyType { PyType.builtinFunction }

    override func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        let a = try arguments.exactly("K", min: 1, max: 1)
        return .object(PyKey(value: a[0], compare: compare))
    }
}

/// One key made by `cmp_to_key`.
final class PyKey: PyInstance {
    let value: Value
    let compare: Value

    init(value: Value, compare: Value) {
        self.value = value
        self.compare = compare
        super.init(cls: PyKeyFactory.keyType)
    }
}
