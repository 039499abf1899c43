import BigInt

/// `sys`'s functions: exit, exc_info, getsizeof, the tracing hooks, and
/// small queries.
extension SysModule {
    static func defineFunctions(_ m: PyModule) {
        m.defineFunction("exit") { thread, args in
            let a = try args.exactly("exit", min: 0, max: 1)
            throw try thread.instantiateException(.systemExit, a)
        }
        m.defineFunction("exc_info") { thread, args in
            _ = try args.exactly("exc_info", min: 0, max: 0)
            guard let exception = thread.handling.last else { return .tuple([.None, .None, .None]) }
            let traceback = exception.attribute("__traceback__") ?? .None
            return .tuple([.object(exception.cls), .object(exception), traceback])
        }
        m.defineFunction("getsizeof") { thread, args in
            let a = try args.exactly("getsizeof", min: 1, max: 2)
            return .int(approximateSize(a[0]))
        }
        // Tracing and profiling hooks are accepted and ignored: Spindle has no
        // per-line hook, and scripts that install one only for debugging still run.
        for name in ["settrace", "setprofile"] {
            m.defineUnary(name) { _, _ in .None }
        }
        for name in ["gettrace", "getprofile"] {
            m.defineFunction(name) { _, _ in .None }
        }
        m.defineFunction("getrecursionlimit") { thread, args in
            _ = try args.exactly("getrecursionlimit", min: 0, max: 0)
            return .int(thread.interpreter.recursionLimit)
        }
        m.defineUnary("setrecursionlimit") { thread, value in
            guard case .int = value else {
                if case .float = value { throw PyError(.typeError, "integer argument expected, got float") }
                throw PyError(.typeError, "an integer is required (got type \(value.pyType.name))")
            }
            let limit = try thread.indexArgument(value)
            guard limit >= 1 else { throw PyError(.valueError, "recursion limit must be greater or equal than 1") }
            thread.interpreter.recursionLimit = limit
            return .None
        }
        m.defineFunction("getdefaultencoding") { _, _ in .str("utf-8") }
        m.defineFunction("getfilesystemencoding") { _, _ in .str("utf-8") }
        m.defineUnary("intern") { thread, value in
            _ = try thread.stringArgument(value, "intern")
            return value
        }
        m.defineFunction("getswitchinterval") { _, _ in .float(0.005) }
        m.defineUnary("setswitchinterval") { thread, value in
            guard try thread.realArgument(value) > 0 else {
                throw PyError(.valueError, "switch interval must be strictly positive")
            }
            return .None
        }
    }

    /// CPython 3.9's sizes on 64-bit Linux for the common types; other
    /// objects report the size of a plain instance.
    static func approximateSize(_ value: Value) -> Int {
        switch value {
        case .None: return 16
        case .bool(let b): return b ? 28 : 24
        case .int(let i): return i == 0 ? 24 : 24 + 4 * ((i.magnitude.bitWidth - i.magnitude.leadingZeroBitCount + 29) / 30)
        case .float: return 24
        case .object(let o):
            switch o {
            case let s as PyStr:
                let scalars = s.value.unicodeScalars
                let widest = scalars.map(\.value).max() ?? 0
                if widest < 0x80 { return 49 + scalars.count }
                if widest < 0x100 { return 73 + scalars.count }
                return widest < 0x10000 ? 74 + 2 * scalars.count : 76 + 4 * scalars.count
            case let b as PyBytes: return 33 + b.bytes.count
            case let l as PyList: return 56 + 8 * l.count
            case let t as PyTuple: return 40 + 8 * t.elements.count
            case is PyDict: return 64
            case let big as PyBigInt:
                let bits = big.value.magnitude.bitWidth
                return 24 + 4 * ((bits + 29) / 30)
            default: return 48
            }
        }
    }
}
