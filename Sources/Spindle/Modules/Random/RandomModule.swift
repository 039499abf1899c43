import BigInt
#if canImport(Glibc)
import Glibc
#endif

/// The `random` module: the `Random` class and module-level functions
/// bound to one shared, entropy-seeded instance, as in CPython.
enum RandomModule {
    static let randomType: PyType = {
        let type = PyType(builtin: "Random", moduleName: "random", base: .object) { cls in
            let r = PyRandom(cls: cls)
            r.seedFromEntropy()
            return r
        }
        defineSeeding(type)
        defineIntegers(type)
        defineSequences(type)
        defineDistributions(type)
        return type
    }()

    static let functionNames = ["seed", "random", "getrandbits", "randint", "randrange", "choice", "choices",
                                "shuffle", "sample", "uniform", "gauss", "normalvariate", "triangular",
                                "expovariate", "getstate", "setstate"]

    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "random")
        module.namespace["Random"] = .object(randomType)
        let shared = PyRandom(cls: randomType)
        shared.seedFromEntropy()
        for name in functionNames {
            if let method = randomType.lookup(name) {
                module.namespace[name] = .object(PyBoundMethod(receiver: .object(shared), function: method))
            }
        }
        // `random()` is the hot one (simulations call it in tight loops): call
        // the shared generator directly instead of through a bound method.
        module.defineFunction("random") { _, args in
            guard args.positional.isEmpty, args.keywords.isEmpty else {
                throw PyError(.typeError, "random() takes no arguments (\(args.count) given)")
            }
            return .float(shared.random())
        }
        return module
    }

    static func receiver(_ args: Arguments) throws -> PyRandom {
        guard let r = args.positional.first?.asObject as? PyRandom else {
            throw PyError(.typeError, "descriptor requires a 'random.Random' object")
        }
        return r
    }

    /// The arguments after the receiver.
    static func rest(_ args: Arguments) -> Arguments {
        var copy = args
        if !copy.positional.isEmpty { copy.positional.removeFirst() }
        return copy
    }

    private static func defineSeeding(_ type: PyType) {
        let seed: PyNativeFunction.Body = { thread, args in
            let r = try receiver(args)
            let slots = try rest(args).bind("seed", ["a", "version"], required: 0)
            try seedGenerator(thread, r, slots[0] ?? .None)
            return .None
        }
        type.defineMethod("seed", seed)
        type.defineMethod("__init__", seed)
        type.defineMethod("getstate") { thread, args in
            let r = try receiver(args)
            let (words, spare) = r.withState { ($0.twister.snapshot, $0.gaussNext) }
            return .tuple([.int(3), .tuple(words.map { .int(Int($0)) }), spare.map { .float($0) } ?? .None])
        }
        type.defineMethod("setstate") { thread, args in
            let r = try receiver(args)
            let a = try rest(args).exactly("setstate", min: 1, max: 1)
            guard let outer = a[0].asObject as? PyTuple, outer.elements.count == 3,
                  let inner = outer.elements[1].asObject as? PyTuple else {
                throw PyError(.valueError, "state vector is the wrong size")
            }
            let words = try inner.elements.map { UInt32(truncatingIfNeeded: try thread.indexArgument($0)) }
            let spare: Double? = outer.elements[2].isNone ? nil : try thread.realArgument(outer.elements[2])
            let ok = r.withState { s -> Bool in
                s.gaussNext = spare
                return s.twister.restore(words)
            }
            guard ok else { throw PyError(.valueError, "state vector is the wrong size") }
            return .None
        }
    }

    static func seedGenerator(_ thread: ThreadState, _ r: PyRandom, _ value: Value) throws {
        switch value {
        case .None: r.seedFromEntropy()
        case .int(let i): r.seed(key: PyRandom.key(for: BigInt(i)))
        case .bool(let b): r.seed(key: [b ? 1 : 0])
        case .float: r.seed(key: PyRandom.key(for: BigInt(try thread.hash(value))))
        case .object(let o):
            if let big = o as? PyBigInt { r.seed(key: PyRandom.key(for: big.value)) }
            else if let s = o as? PyStr { r.seed(key: PyRandom.key(forBytes: Array(s.value.utf8))) }
            else if let b = o as? PyBytes { r.seed(key: PyRandom.key(forBytes: Array(b.bytes))) }
            else { r.seed(key: PyRandom.key(for: BigInt(try thread.hash(value)))) }
        }
    }

    private static func defineIntegers(_ type: PyType) {
        type.defineMethod("random") { _, args in .float(try receiver(args).random()) }
        type.defineMethod("getrandbits") { thread, args in
            let r = try receiver(args)
            let k = try thread.indexArgument(try rest(args).exactly("getrandbits", min: 1, max: 1)[0])
            guard k >= 0 else { throw PyError(.valueError, "number of bits must be non-negative") }
            return PyRandom.integer(fromWords: r.withState { $0.twister.nextBits(k) })
        }
        type.defineMethod("randrange") { thread, args in
            let r = try receiver(args)
            let slots = try rest(args).bind("randrange", ["start", "stop", "step"], required: 1)
            return try randomRange(thread, r, slots[0]!, slots[1] ?? .None, slots[2] ?? .int(1))
        }
        type.defineMethod("randint") { thread, args in
            let r = try receiver(args)
            let a = try rest(args).bind("randint", ["a", "b"], required: 2)
            let stop = try thread.add(a[1]!, .int(1))
            return try randomRange(thread, r, a[0]!, stop, .int(1))
        }
    }

    /// An integer argument of `randrange`; integral floats are accepted as in 3.9.
    private static func integral(_ thread: ThreadState, _ value: Value, _ what: String) throws -> BigInt {
        switch value {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d):
            guard d.isFinite, d == d.rounded(.towardZero) else {
                throw PyError(.valueError, "non-integer \(what) for randrange()")
            }
            return BigInt(d)
        default:
            if let big = value.asObject as? PyBigInt { return big.value }
            return BigInt(try thread.indexArgument(value))
        }
    }

    static func randomRange(_ thread: ThreadState, _ r: PyRandom, _ startValue: Value, _ stopValue: Value,
                            _ stepValue: Value) throws -> Value {
        let start = try integral(thread, startValue, "arg 1")
        guard !stopValue.isNone else {
            guard start > 0 else { throw PyError(.valueError, "empty range for randrange()") }
            return .integer(r.below(start))
        }
        let stop = try integral(thread, stopValue, "stop")
        let width = stop - start
        let step = try integral(thread, stepValue, "step")
        if step == 1 {
            guard width > 0 else { throw PyError(.valueError, "empty range for randrange() (\(start), \(stop), \(width))") }
            return .integer(start + r.below(width))
        }
        guard step != 0 else { throw PyError(.valueError, "zero step for randrange()") }
        let n = step > 0 ? floorDivide(width + step - 1, step) : floorDivide(width + step + 1, step)
        guard n > 0 else { throw PyError(.valueError, "empty range for randrange()") }
        return .integer(start + step * r.below(n))
    }

    private static func floorDivide(_ a: BigInt, _ b: BigInt) -> BigInt {
        let (q, rem) = a.quotientAndRemainder(dividingBy: b)
        return rem != 0 && (rem < 0) != (b < 0) ? q - 1 : q
    }
}
