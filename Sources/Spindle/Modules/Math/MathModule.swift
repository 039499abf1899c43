#if canImport(Glibc)
import BigInt
import Glibc
#endif

/// The `math` module: IEEE functions over floats plus the integer
/// functions (`factorial`, `gcd`, `isqrt`, `comb`, `perm`) that work on ints
/// of any size.
enum MathModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "math")
        let ns = module.namespace
        ns["pi"] = .float(Double.pi)
        ns["e"] = .float(M_E)
        ns["tau"] = .float(2 * Double.pi)
        ns["inf"] = .float(.infinity)
        ns["nan"] = .float(.nan)
        defineElementary(module)
        defineRounding(module)
        defineInspection(module)
        defineTwoArgument(module)
        MathModule.defineIntegerFunctions(module)
        MathModule.defineAggregates(module)
        return module
    }

    static func domainError() -> PyError { PyError(.valueError, "math domain error") }
    static func rangeError() -> PyError { PyError(.overflowError, "math range error") }

    /// Checks a libm result the way CPython does: NaN from a non-NaN input
    /// is a domain error, infinity from a finite input a range error.
    static func checked(_ input: Double, _ result: Double, overflowIsDomain: Bool = false) throws -> Value {
        if result.isNaN && !input.isNaN { throw domainError() }
        if result.isInfinite && input.isFinite { throw overflowIsDomain ? domainError() : rangeError() }
        return .float(result)
    }

    private static func real(_ module: PyModule, _ name: String, _ f: @escaping (Double) -> Double,
                             domain: ((Double) -> Bool)? = nil, poleIsDomain: Bool = false) {
        module.defineUnary(name) { thread, value in
            let x = try thread.realArgument(value)
            if let domain, !x.isNaN, !domain(x) { throw domainError() }
            return try checked(x, f(x), overflowIsDomain: poleIsDomain)
        }
    }

    private static func defineElementary(_ m: PyModule) {
        real(m, "sqrt", { $0.squareRoot() }, domain: { $0 >= 0 })
        real(m, "exp", { Glibc.exp($0) })
        real(m, "expm1", { Glibc.expm1($0) })
        real(m, "log2", { Glibc.log2($0) }, domain: { $0 > 0 })
        real(m, "log10", { Glibc.log10($0) }, domain: { $0 > 0 })
        real(m, "log1p", { Glibc.log1p($0) }, domain: { $0 > -1 })
        real(m, "sin", { Glibc.sin($0) }, domain: { !$0.isInfinite })
        real(m, "cos", { Glibc.cos($0) }, domain: { !$0.isInfinite })
        real(m, "tan", { Glibc.tan($0) }, domain: { !$0.isInfinite })
        real(m, "asin", { Glibc.asin($0) }, domain: { abs($0) <= 1 })
        real(m, "acos", { Glibc.acos($0) }, domain: { abs($0) <= 1 })
        real(m, "atan", { Glibc.atan($0) })
        real(m, "sinh", { Glibc.sinh($0) })
        real(m, "cosh", { Glibc.cosh($0) })
        real(m, "tanh", { Glibc.tanh($0) })
        real(m, "asinh", { Glibc.asinh($0) })
        real(m, "acosh", { Glibc.acosh($0) }, domain: { $0 >= 1 })
        real(m, "atanh", { Glibc.atanh($0) }, domain: { abs($0) < 1 })
        real(m, "fabs", { abs($0) })
        real(m, "degrees", { $0 * 180 / Double.pi })
        real(m, "radians", { $0 * Double.pi / 180 })
        real(m, "erf", { Glibc.erf($0) })
        real(m, "erfc", { Glibc.erfc($0) })
        real(m, "gamma", { Glibc.tgamma($0) }, domain: { $0 > 0 || $0 != $0.rounded(.down) }, poleIsDomain: false)
        real(m, "lgamma", { Glibc.lgamma($0) }, domain: { $0 > 0 || $0 != $0.rounded(.down) })
        m.defineFunction("log") { thread, args in
            let a = try args.exactly("log", min: 1, max: 2)
            let x = try logarithm(thread, a[0])
            guard a.count == 2 else { return .float(x) }
            let base = try logarithm(thread, a[1])
            guard base != 0 else { throw PyError(.zeroDivisionError, "float division by zero") }
            return .float(x / base)
        }
    }

    /// Natural log of a positive real or int (big ints included).
    private static func logarithm(_ thread: ThreadState, _ value: Value) throws -> Double {
        if let big = value.asObject as? PyBigInt {
            guard big.value > 0 else { throw domainError() }
            // log(n) = log(n / 2**k) + k log 2, with n / 2**k small enough for a Double.
            let bits = big.value.magnitude.bitWidth
            let shift = max(0, bits - 60)
            return Glibc.log(Double(big.value >> shift)) + Double(shift) * M_LN2
        }
        let x = try thread.realArgument(value)
        guard x > 0 || x.isNaN else { throw domainError() }
        return Glibc.log(x)
    }

    private static func defineInspection(_ m: PyModule) {
        m.defineUnary("isnan") { thread, v in .bool(try thread.realArgument(v).isNaN) }
        m.defineUnary("isinf") { thread, v in .bool(try thread.realArgument(v).isInfinite) }
        m.defineUnary("isfinite") { thread, v in .bool(try thread.realArgument(v).isFinite) }
        m.defineFunction("isclose") { thread, args in
            let slots = try args.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2)
            let a = try thread.realArgument(slots[0]!), b = try thread.realArgument(slots[1]!)
            let rel = try slots[2].map(thread.realArgument) ?? 1e-9
            let absolute = try slots[3].map(thread.realArgument) ?? 0
            guard rel >= 0 && absolute >= 0 else { throw PyError(.valueError, "tolerances must be non-negative") }
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let diff = abs(b - a)
            return .bool(diff <= abs(rel * b) || diff <= abs(rel * a) || diff <= absolute)
        }
    }

    private static func defineTwoArgument(_ m: PyModule) {
        func binary(_ name: String, _ f: @escaping (Double, Double) throws -> Double) {
            m.defineFunction(name) { thread, args in
                let a = try args.positional(name, 2)
                let x = try thread.realArgument(a[0]), y = try thread.realArgument(a[1])
                return .float(try f(x, y))
            }
        }
        binary("atan2") { Glibc.atan2($0, $1) }
        binary("copysign") { Double(signOf: $1, magnitudeOf: $0) }
        binary("fmod") { x, y in
            if y == 0 && !x.isNaN || x.isInfinite { throw domainError() }
            return Glibc.fmod(x, y)
        }
        binary("remainder") { x, y in
            if y == 0 && !x.isNaN || x.isInfinite { throw domainError() }
            return Glibc.remainder(x, y)
        }
        binary("pow") { x, y in
            if x == 0 && y < 0 { throw domainError() }
            let r = Glibc.pow(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
            if r.isInfinite && x.isFinite && y.isFinite { throw rangeError() }
            return r
        }
        m.defineFunction("ldexp") { thread, args in
            let a = try args.positional("ldexp", 2)
            let x = try thread.realArgument(a[0])
            let exponent: Int
            if let big = a[1].asObject as? PyBigInt { exponent = big.value > 0 ? Int.max : Int.min }
            else { exponent = try thread.indexArgument(a[1]) }
            let r = Glibc.scalbn(x, Int32(clamping: exponent))
            if r.isInfinite && x.isFinite { throw rangeError() }
            return .float(r)
        }
        m.defineFunction("hypot") { thread, args in
            let values = try args.exactly("hypot", min: 0, max: Int.max).map(thread.realArgument)
            if values.contains(where: { $0.isInfinite }) { return .float(.infinity) }
            let scale = values.map(abs).max() ?? 0
            guard scale > 0, scale.isFinite else { return .float(scale) }
            let sum = values.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }
            return .float(scale * sum.squareRoot())
        }
    }
}
