import BigInt
#if canImport(Glibc)
import Glibc
#endif

/// `math`'s rounding functions (float → int) and its integer functions.
extension MathModule {
    /// A float's integral value as a Python int (big when it does not fit a word).
    static func integer(fromIntegral d: Double) throws -> Value {
        if d.isNaN { throw PyError(.valueError, "cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError(.overflowError, "cannot convert float infinity to integer") }
        if let i = Int(exactly: d) { return .int(i) }
        return .integer(BigInt(d))
    }

    static func defineRounding(_ m: PyModule) {
        func rounding(_ name: String, _ dunder: String, _ rule: FloatingPointRoundingRule) {
            m.defineUnary(name) { thread, value in
                switch value {
                case .int, .bool: return .int(try thread.indexArgument(value))
                case .float(let d): return try integer(fromIntegral: d.rounded(rule))
                default: break
                }
                if value.asObject is PyBigInt { return value }
                if let method = value.pyType.lookup(dunder) { return try thread.call(method, value) }
                if name == "trunc" {
                    throw PyError(.typeError, "type \(value.pyType.name) doesn't define __trunc__ method")
                }
                return try integer(fromIntegral: try thread.realArgument(value).rounded(rule))
            }
        }
        rounding("floor", "__floor__", .down)
        rounding("ceil", "__ceil__", .up)
        rounding("trunc", "__trunc__", .towardZero)
        m.defineUnary("modf") { thread, value in
            let x = try thread.realArgument(value)
            if x.isInfinite { return .tuple([.float(Double(signOf: x, magnitudeOf: 0)), .float(x)]) }
            let whole = x.rounded(.towardZero)
            return .tuple([.float(Double(signOf: x, magnitudeOf: abs(x - whole))), .float(whole)])
        }
        m.defineUnary("frexp") { thread, value in
            let x = try thread.realArgument(value)
            if x == 0 || !x.isFinite { return .tuple([.float(x), .int(0)]) }
            var exponent: Int32 = 0
            let mantissa = Glibc.frexp(x, &exponent)
            return .tuple([.float(mantissa), .int(Int(exponent))])
        }
    }

    /// An integer argument as a BigInt (`__index__` honoured; floats refused).
    static func bigArgument(_ thread: ThreadState, _ value: Value) throws -> BigInt {
        if let big = value.asObject as? PyBigInt { return big.value }
        return BigInt(try thread.indexArgument(value))
    }

    static func defineIntegerFunctions(_ m: PyModule) {
        m.defineUnary("factorial") { thread, value in
            if case .float(let d) = value {
                guard d == d.rounded(.down), d.isFinite else {
                    throw PyError(.valueError, "factorial() only accepts integral values")
                }
                return try factorial(Int(d))
            }
            if value.asObject is PyBigInt {
                throw PyError(.overflowError, "factorial() argument should not exceed \(Int.max)")
            }
            return try factorial(try thread.indexArgument(value))
        }
        m.defineFunction("gcd") { thread, args in
            var result = BigInt(0)
            for value in try args.exactly("gcd", min: 0, max: Int.max) {
                result = result.greatestCommonDivisor(with: try bigArgument(thread, value))
            }
            return .integer(result)
        }
        m.defineFunction("lcm") { thread, args in
            var result = BigInt(1)
            for value in try args.exactly("lcm", min: 0, max: Int.max) {
                let n = try bigArgument(thread, value)
                if n == 0 || result == 0 { result = 0; continue }
                result = abs(result / result.greatestCommonDivisor(with: n) * n)
            }
            return .integer(result)
        }
        m.defineUnary("isqrt") { thread, value in
            let n = try bigArgument(thread, value)
            guard n >= 0 else { throw PyError(.valueError, "isqrt() argument must be nonnegative") }
            return .integer(n.squareRoot())
        }
        m.defineFunction("comb") { thread, args in
            let a = try args.positional("comb", 2)
            let (n, k) = (try bigArgument(thread, a[0]), try bigArgument(thread, a[1]))
            guard n >= 0 else { throw PyError(.valueError, "n must be a non-negative integer") }
            guard k >= 0 else { throw PyError(.valueError, "k must be a non-negative integer") }
            if k > n { return .int(0) }
            let kk = min(k, n - k)
            return .integer(fallingFactorial(n, kk) / fallingFactorial(kk, kk))
        }
        m.defineFunction("perm") { thread, args in
            let a = try args.exactly("perm", min: 1, max: 2)
            let n = try bigArgument(thread, a[0])
            let k = a.count == 2 && !a[1].isNone ? try bigArgument(thread, a[1]) : n
            guard n >= 0 else { throw PyError(.valueError, "n must be a non-negative integer") }
            guard k >= 0 else { throw PyError(.valueError, "k must be a non-negative integer") }
            return .integer(k > n ? 0 : fallingFactorial(n, k))
        }
    }

    private static func factorial(_ n: Int) throws -> Value {
        guard n >= 0 else { throw PyError(.valueError, "factorial() not defined for negative values") }
        return .integer(fallingFactorial(BigInt(n), BigInt(n)))
    }

    /// n · (n-1) · … · (n-k+1), multiplied pairwise so big products stay balanced.
    static func fallingFactorial(_ n: BigInt, _ k: BigInt) -> BigInt {
        func product(_ low: BigInt, _ high: BigInt) -> BigInt {
            if high - low < 8 {
                var r = BigInt(1)
                var i = low
                while i <= high { r *= i; i += 1 }
                return r
            }
            let mid = (low + high) / 2
            return product(low, mid) * product(mid + 1, high)
        }
        return k <= 0 ? 1 : product(n - k + 1, n)
    }
}
