import Synchronization

/// The builtin functions over values (`len`, `repr`, `sorted`, `min`, …)
/// and the built-in type objects (`int`, `list`, `dict`, …), installed
/// into an interpreter's `builtins` module.
enum ValueBuiltins {
    /// Type methods live on the shared type objects: installed once per process.
    private static let typeMethodsInstalled: Void = {
        TypeConstructors.install()
        DictMethods.install()
        TypeMethodTable.installAll()
    }()

    static func install(into interpreter: Interpreter) {
        _ = typeMethodsInstalled
        let ns = interpreter.builtins.namespace
        let types: [PyType] = [.int, .float, .bool, .str, .bytes, .list, .tuple, .dict, .set,
                               .frozenset, .range, .slice]
        for type in types { ns[type.name] = .object(type) }
        ns["xrange"] = .object(PyType.range)
        ns["unicode"] = .object(PyType.str)
        ns["long"] = .object(PyType.int)
        let module = interpreter.builtins
        installBasics(module)
        installNumeric(module)
        installIteration(module)
        installReductions(module)
    }

    private static func installBasics(_ m: PyModule) {
        m.defineSingleArgument("len") { t, x in .int(try t.len(x)) }
        m.defineSingleArgument("repr") { t, x in .str(try t.repr(x)) }
        m.defineSingleArgument("ascii") { t, x in .str(asciiEscaped(try t.repr(x))) }
        m.defineSingleArgument("hash") { t, x in .int(try t.hash(x)) }
        m.defineFunction("cmp") { t, a in
            let args = try a.exactly("cmp", min: 2, max: 2)
            return .int(try t.threeWayCompare(args[0], args[1]))
        }
        m.defineFunction("format") { t, a in
            let args = try a.exactly("format", min: 1, max: 2)
            let spec = args.count > 1 ? args[1] : .str("")
            guard let specText = spec.asString else {
                throw PyError(.typeError, "format() argument 2 must be str, not \(spec.pyType.name)")
            }
            return .str(try t.format(args[0], specText))
        }
        m.defineFunction("iter") { t, a in
            let args = try a.exactly("iter", min: 1, max: 2)
            if args.count == 2 { return .object(PyCallableIterator(callable: args[0], sentinel: args[1])) }
            if args[0].isCustomObject, let method = args[0].pyType.lookup("__iter__"), !method.isNone {
                let it = try t.call(method, args[0])
                guard it.asObject is PyIteratorObject || t.hasSpecial(it, "__next__") || t.hasSpecial(it, "next") else {
                    throw PyError(.typeError, "iter() returned non-iterator of type '\(it.pyType.name)'")
                }
                return it
            }
            return .object(try t.iterate(args[0]))
        }
        m.defineFunction("next") { t, a in
            let args = try a.exactly("next", min: 1, max: 2)
            let target = args[0]
            // A generator's return value travels in its StopIteration.
            if args.count == 1, let generator = target.asObject as? PyGenerator { return try generator.send(.None, t) }
            let found: Value?
            if let native = target.asObject as? PyIteratorObject {
                found = try native.next(t)
            } else if t.hasSpecial(target, "__next__") || t.hasSpecial(target, "next") {
                found = try t.nextFromProtocol(target)
            } else {
                throw PyError(.typeError, "'\(target.pyType.name)' object is not an iterator")
            }
            if let found { return found }
            if args.count > 1 { return args[1] }
            throw PyError(.stopIteration, args: [])
        }
    }
}

/// `iter(callable, sentinel)`: calls until the sentinel comes back.
final class PyCallableIterator: PyIteratorObject {
    let callable: Value
    let sentinel: Value
    private let finished = Atomic<Bool>(false)

    init(callable: Value, sentinel: Value) {
        self.callable = callable
        self.sentinel = sentinel
    }

    override var pyType: PyType { IteratorTypes.callable }

    override func next(_ thread: ThreadState) throws -> Value? {
        if finished.load(ordering: .relaxed) { return nil }
        let v = try thread.call(callable, Arguments())
        if try thread.equals(v, sentinel) {
            finished.store(true, ordering: .relaxed)
            return nil
        }
        return v
    }
}

extension PyModule {
    /// Adds a builtin taking exactly one positional argument (`len(x)`):
    /// a plain call reaches `body` with the argument in place, any other
    /// call is checked for its argument count first.
    func defineSingleArgument(_ name: String, _ body: @escaping (ThreadState, Value) throws -> Value) {
        namespace[name] = .object(singleArgumentFunction(name, body))
    }

    func singleArgumentFunction(_ name: String, _ body: @escaping (ThreadState, Value) throws -> Value) -> PyNativeFunction {
        PyNativeFunction(name, owner: nil, one: { t, x in try body(t, x) }) { t, a in
            try body(t, try a.exactly(name, min: 1, max: 1)[0])
        }
    }
}
