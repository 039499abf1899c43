#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// C math functions without importing Foundation.
enum Foundationless {
    @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double {
        #if canImport(Glibc)
        return Glibc.pow(x, y)
        #else
        return Darwin.pow(x, y)
        #endif
    }
}

/// `float` arithmetic with Python semantics (signs of floor division and
/// modulo, `ZeroDivisionError` messages, `**` domain errors).
enum FloatArithmetic {
    static func divide(_ a: Double, _ b: Double) throws -> Value {
        if b == 0 { throw PyError(.zeroDivisionError, "float division by zero") }
        return .float(a / b)
    }

    static func modulo(_ a: Double, _ b: Double) throws -> Value {
        if b == 0 { throw PyError(.zeroDivisionError, "float modulo") }
        return .float(divmod(a, b).1)
    }

    static func floorDivide(_ a: Double, _ b: Double) throws -> Value {
        if b == 0 { throw PyError(.zeroDivisionError, "float floor division by zero") }
        return .float(divmod(a, b).0)
    }

    /// CPython's `float_divmod` (b != 0).
    static func divmod(_ a: Double, _ b: Double) -> (Double, Double) {
        var mod = a.truncatingRemainder(dividingBy: b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) {
                mod += b
                div -= 1
            }
        } else {
            mod = b < 0 ? -0.0 : 0.0
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = Double(signOf: a / b, magnitudeOf: 0)
        }
        return (floordiv, mod)
    }

    static func power(_ a: Double, _ b: Double) throws -> Value {
        if a == 0 && b < 0 {
            throw PyError(.zeroDivisionError, "0.0 cannot be raised to a negative power")
        }
        if a < 0 && b != b.rounded() && b.isFinite {
            throw PyError(.valueError, "math domain error")
        }
        let result = Foundationless.pow(a, b)
        if result.isInfinite && a.isFinite && b.isFinite {
            throw PyError(.overflowError, args: [.int(34), .str("Numerical result out of range")])
        }
        return .float(result)
    }
}
