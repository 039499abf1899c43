/// Calling the built-in type objects: `int("12")`, `list(range(3))`,
/// `dict(a=1)`, … Each is a native `__new__` receiving the type first.
enum TypeConstructors {
    static func install() {
        define(.int, "int", single: { t, x in try t.toInt(x) }) { t, a in
            let args = try a.parseOptional("int", ["x", "base"], positionalOnly: 1)
            guard let x = args[0] else {
                if args[1] != nil { throw PyError(.typeError, "int() missing string argument") }
                return .int(0)
            }
            guard let baseValue = args[1] else { return try t.toInt(x) }
            let base = try t.indexValue(baseValue)
            guard base == 0 || (2...36).contains(base) else {
                throw PyError(.valueError, "int() base must be >= 2 and <= 36, or 0")
            }
            if let s = x.asObject as? PyStr { return try NumberParsing.integer(s.value, base: base) }
            if let b = x.asObject as? PyBytes {
                return try NumberParsing.integer(String(decoding: b.bytes, as: UTF8.self), base: base)
            }
            throw PyError(.typeError, "int() can't convert non-string with explicit base")
        }
        define(.float, "float", single: { t, x in .float(try t.toFloat(x)) }) { t, a in
            let args = try a.exactly("float", min: 0, max: 1)
            return .float(args.isEmpty ? 0 : try t.toFloat(args[0]))
        }
        define(.bool, "bool", single: { t, x in .bool(try t.truthy(x)) }) { t, a in
            let args = try a.exactly("bool", min: 0, max: 1)
            return .bool(args.isEmpty ? false : try t.truthy(args[0]))
        }
        define(.str, "str", single: { t, x in x.asObject is PyStr ? x : .str(try t.str(x)) }) { t, a in
            let args = try a.parseOptional("str", ["object", "encoding", "errors"])
            for i in 1...2 {
                if let v = args[i], !(v.asObject is PyStr) {
                    throw PyError(.typeError, "str() argument \(i + 1) must be str, not \(v.pyType.name)")
                }
            }
            guard let x = args[0] else { return .object(PyStr.empty) }
            if args[1] != nil || args[2] != nil {
                guard let b = x.asObject as? PyBytes else {
                    throw PyError(.typeError, "decoding to str: need a bytes-like object, \(x.pyType.name) found")
                }
                return try BytesCodec.decode(b.bytes, encoding: args[1]?.asString ?? "utf-8",
                                             errors: args[2]?.asString ?? "strict")
            }
            if x.asObject is PyStr { return x }
            return .str(try t.str(x))
        }
        define(.list, "list", single: { t, x in .object(PyList(try t.collect(x))) }) { t, a in
            let args = try a.exactly("list", min: 0, max: 1)
            return .object(PyList(args.isEmpty ? [] : try t.collect(args[0])))
        }
        define(.tuple, "tuple") { t, a in
            let args = try a.exactly("tuple", min: 0, max: 1)
            if args.isEmpty { return .object(PyTuple.empty) }
            if args[0].asObject is PyTuple { return args[0] }
            return .tuple(try t.collect(args[0]))
        }
        define(.dict, "dict") { t, a in
            let d = PyDict()
            try DictMethods.update(t, d, a, name: "dict")
            return .object(d)
        }
        define(.set, "set") { t, a in
            let args = try a.exactly("set", min: 0, max: 1)
            return .object(try makeSet(t, args.first, frozen: false))
        }
        define(.frozenset, "frozenset") { t, a in
            let args = try a.exactly("frozenset", min: 0, max: 1)
            if let f = args.first?.asObject as? PySet, f.isFrozen { return args[0] }
            return .object(try makeSet(t, args.first, frozen: true))
        }
        define(.range, "range", single: { t, x in
            if case .int(let stop) = x { return .object(try PyRange(start: 0, stop: stop, step: 1)) }
            return .object(try PyRange(start: 0, stop: try rangeBound(t, x), step: 1))
        }, pair: { t, x, y in
            .object(try PyRange(start: try rangeBound(t, x), stop: try rangeBound(t, y), step: 1))
        }) { t, a in
            let args = try a.exactly("range", min: 1, max: 3).map { try rangeBound(t, $0) }
            switch args.count {
            case 1: return .object(try PyRange(start: 0, stop: args[0], step: 1))
            default:
                let step = args.count == 3 ? args[2] : 1
                if step == 0 { throw PyError(.valueError, "range() arg 3 must not be zero") }
                return .object(try PyRange(start: args[0], stop: args[1], step: step))
            }
        }
        define(.slice, "slice") { _, a in
            let args = try a.exactly("slice", min: 1, max: 3)
            if args.count == 1 { return .object(PySlice(start: .None, stop: args[0], step: .None)) }
            return .object(PySlice(start: args[0], stop: args[1], step: args.count == 3 ? args[2] : .None))
        }
        define(.bytes, "bytes") { t, a in
            let args = try a.bind("bytes", ["source", "encoding", "errors"], required: 0)
            guard let source = args[0] else { return .bytes([]) }
            if let s = source.asString {
                guard let encoding = args[1]?.asString else {
                    throw PyError(.typeError, "string argument without an encoding")
                }
                return .bytes(try BytesCodec.encode(s, encoding: encoding, errors: args[2]?.asString ?? "strict"))
            }
            if let n = source.smallInteger {
                if n < 0 { throw PyError(.valueError, "negative count") }
                return .bytes([UInt8](repeating: 0, count: n))
            }
            if source.asObject is PyBytes { return source }
            return .bytes(try t.collect(source).map { v in
                guard let i = v.smallInteger else {
                    throw PyError(.typeError, "'\(v.pyType.name)' object cannot be interpreted as an integer")
                }
                guard (0...255).contains(i) else { throw PyError(.valueError, "bytes must be in range(0, 256)") }
                return UInt8(i)
            })
        }
    }

    /// Makes `body` the constructor of the exact type (`type.nativeConstructor`)
    /// and installs it as `__new__` (reached by subclasses and explicit
    /// `int.__new__(int, x)`), which drops the receiving type argument.
    /// `single` and `pair` answer one- and two-positional-argument calls
    /// without an argument list.
    private static func define(_ type: PyType, _ name: String,
                               single: NativeConstructor.One? = nil,
                               pair: NativeConstructor.Two? = nil,
                               _ body: @escaping PyNativeFunction.Body) {
        type.nativeConstructor = NativeConstructor(one: single, two: pair, general: body)
        type.setAttribute("__new__", .object(PyNativeFunction("__new__", owner: type) { t, a in
            if let single, a.positional.count == 2, a.keywords.isEmpty { return try single(t, a.positional[1]) }
            return try body(t, Arguments(Array(a.positional.dropFirst()), keywords: a.keywords))
        }))
    }

    private static func rangeBound(_ t: ThreadState, _ v: Value) throws -> Int {
        if v.asObject is PyBigInt {
            throw PyError(.overflowError, "Python int too large to convert to C ssize_t")
        }
        return try t.indexValue(v)
    }

    static func makeSet(_ t: ThreadState, _ source: Value?, frozen: Bool) throws -> PySet {
        let set = PySet(frozen: frozen)
        guard let source else { return set }
        if let other = source.asObject as? PySet { return other.copy(frozen: frozen) }
        try set.update(t, from: source)
        return set
    }
}
