import SpindleSyntax

/// The `operator` module: Python's operators as functions, plus the
/// `itemgetter`, `attrgetter` and `methodcaller` callables.
enum OperatorModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "operator")
        defineArithmetic(module)
        defineComparisons(module)
        defineSequences(module)
        module.namespace["itemgetter"] = .object(GetterType.itemGetter)
        module.namespace["attrgetter"] = .object(GetterType.attributeGetter)
        module.namespace["methodcaller"] = .object(GetterType.methodCaller)
        return module
    }

    /// Defines `name` and its dunder alias (`add` and `__add__`).
    private static func define(_ m: PyModule, _ name: String, arity: Int,
                               _ body: @escaping (ThreadState, [Value]) throws -> Value) {
        let function: PyNativeFunction.Body = { thread, args in
            try body(thread, try args.positional(name, arity))
        }
        m.defineFunction(name, function)
        let plain = name.hasSuffix("_") ? String(name.dropLast()) : name
        m.namespace["__\(plain)__"] = m.namespace[name]
    }

    private static func defineArithmetic(_ m: PyModule) {
        let binaries: [(String, BinaryOperator)] = [
            ("add", .add), ("sub", .subtract), ("mul", .multiply), ("matmul", .matrixMultiply),
            ("truediv", .divide), ("floordiv", .floorDivide), ("mod", .modulo), ("pow", .power),
            ("lshift", .leftShift), ("rshift", .rightShift), ("or_", .bitOr), ("xor", .bitXor), ("and_", .bitAnd),
        ]
        for (name, op) in binaries {
            define(m, name, arity: 2) { thread, a in try thread.binary(op, a[0], a[1]) }
            let inplaceName = "i" + (name.hasSuffix("_") ? String(name.dropLast()) : name)
            define(m, inplaceName, arity: 2) { thread, a in try thread.binary(op, a[0], a[1]) }
        }
        m.namespace["div"] = m.namespace["truediv"]
        define(m, "neg", arity: 1) { thread, a in try thread.unary(.minus, a[0]) }
        define(m, "pos", arity: 1) { thread, a in try thread.unary(.plus, a[0]) }
        define(m, "invert", arity: 1) { thread, a in try thread.unary(.invert, a[0]) }
        m.namespace["inv"] = m.namespace["invert"]
        define(m, "abs", arity: 1) { thread, a in
            try thread.call(thread.interpreter.builtins.namespace["abs"] ?? .None, a[0])
        }
        define(m, "index", arity: 1) { thread, a in .int(try thread.indexArgument(a[0])) }
    }

    private static func defineComparisons(_ m: PyModule) {
        let comparisons: [(String, CompareOperator)] = [
            ("eq", .equal), ("ne", .notEqual), ("lt", .less), ("le", .lessEqual),
            ("gt", .greater), ("ge", .greaterEqual),
        ]
        for (name, op) in comparisons {
            define(m, name, arity: 2) { thread, a in try thread.compare(op, a[0], a[1]) }
        }
        define(m, "not_", arity: 1) { thread, a in .bool(!(try thread.truthy(a[0]))) }
        define(m, "truth", arity: 1) { thread, a in .bool(try thread.truthy(a[0])) }
        m.defineFunction("is_") { _, args in
            let a = try args.exactly("is_", min: 2, max: 2)
            return .bool(a[0].isIdentical(to: a[1]))
        }
        m.defineFunction("is_not") { _, args in
            let a = try args.exactly("is_not", min: 2, max: 2)
            return .bool(!a[0].isIdentical(to: a[1]))
        }
    }

    private static func defineSequences(_ m: PyModule) {
        define(m, "contains", arity: 2) { thread, a in .bool(try thread.contains(a[0], a[1])) }
        define(m, "getitem", arity: 2) { thread, a in try thread.getItem(a[0], a[1]) }
        define(m, "setitem", arity: 3) { thread, a in try thread.setItem(a[0], a[1], a[2]); return .None }
        define(m, "delitem", arity: 2) { thread, a in try thread.delItem(a[0], a[1]); return .None }
        define(m, "concat", arity: 2) { thread, a in try thread.add(a[0], a[1]) }
        define(m, "length_hint", arity: 1) { thread, a in .int((try? thread.len(a[0])) ?? 0) }
        m.defineFunction("countOf") { thread, args in
            let a = try args.exactly("countOf", min: 2, max: 2)
            return .int(try thread.collect(a[0]).filter { try thread.equals($0, a[1]) }.count)
        }
        m.defineFunction("indexOf") { thread, args in
            let a = try args.exactly("indexOf", min: 2, max: 2)
            guard let i = try thread.collect(a[0]).firstIndex(where: { try thread.equals($0, a[1]) }) else {
                throw PyError(.valueError, "sequence.index(x): x not in sequence")
            }
            return .int(i)
        }
    }
}
