import BigInt

/// `int` arithmetic with Python semantics: machine-word fast paths that
/// promote to `BigInt` on overflow, floor division and modulo that round
/// toward negative infinity, true division and negative powers as floats.
enum IntArithmetic {
    @inline(__always)
    static func add(_ a: Int, _ b: Int) -> Value {
        let (r, overflow) = a.addingReportingOverflow(b)
        return overflow ? .integer(BigInt(a) + BigInt(b)) : .int(r)
    }

    @inline(__always)
    static func subtract(_ a: Int, _ b: Int) -> Value {
        let (r, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? .integer(BigInt(a) - BigInt(b)) : .int(r)
    }

    @inline(__always)
    static func multiply(_ a: Int, _ b: Int) -> Value {
        let (r, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .integer(BigInt(a) * BigInt(b)) : .int(r)
    }

    static func floorDivide(_ a: Int, _ b: Int) throws -> Value {
        if b == 0 { throw PyError(.zeroDivisionError, "integer division or modulo by zero") }
        if b == -1 { return a == Int.min ? .integer(-BigInt(a)) : .int(-a) }
        let q = a / b
        return .int((a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q)
    }

    static func modulo(_ a: Int, _ b: Int) throws -> Value {
        if b == 0 { throw PyError(.zeroDivisionError, "integer division or modulo by zero") }
        if b == -1 { return .int(0) }
        let r = a % b
        return .int(r != 0 && (r < 0) != (b < 0) ? r + b : r)
    }

    static func trueDivide(_ a: Int, _ b: Int) throws -> Value {
        if b == 0 { throw PyError(.zeroDivisionError, "division by zero") }
        let limit = 1 << 53
        if a.magnitude <= UInt(limit) && b.magnitude <= UInt(limit) {
            return .float(Double(a) / Double(b))
        }
        return try trueDivide(BigInt(a), BigInt(b))
    }

    static func power(_ base: Int, _ exponent: Int) throws -> Value {
        if exponent < 0 {
            if base == 0 { throw PyError(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            return .float(Foundationless.pow(Double(base), Double(exponent)))
        }
        var result = 1, b = base, e = exponent
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                if o { return .integer(BigInt(base).power(exponent)) }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = b.multipliedReportingOverflow(by: b)
                if o { return .integer(BigInt(base).power(exponent)) }
                b = sq
            }
        }
        return .int(result)
    }

    static func leftShift(_ a: Int, _ n: Int) throws -> Value {
        if n < 0 { throw PyError(.valueError, "negative shift count") }
        if a == 0 { return .int(0) }
        if n < Int.bitWidth - 1 {
            let shifted = a << n
            if shifted >> n == a { return .int(shifted) }
        }
        return .integer(BigInt(a) << n)
    }

    static func rightShift(_ a: Int, _ n: Int) throws -> Value {
        if n < 0 { throw PyError(.valueError, "negative shift count") }
        return .int(n >= Int.bitWidth ? (a < 0 ? -1 : 0) : a >> n)
    }

    // MARK: Arbitrary precision

    static func floorDivide(_ a: BigInt, _ b: BigInt) throws -> Value {
        if b.isZero { throw PyError(.zeroDivisionError, "integer division or modulo by zero") }
        return .integer(a.floorDivided(by: b))
    }

    static func modulo(_ a: BigInt, _ b: BigInt) throws -> Value {
        if b.isZero { throw PyError(.zeroDivisionError, "integer division or modulo by zero") }
        return .integer(a.pythonModulo(b))
    }

    static func trueDivide(_ a: BigInt, _ b: BigInt) throws -> Value {
        if b.isZero { throw PyError(.zeroDivisionError, "division by zero") }
        if let x = a.doubleValue, let y = b.doubleValue { return .float(x / y) }
        // Scale both operands down so they convert, keeping the ratio.
        let shift = max(a.magnitude.bitWidth, b.magnitude.bitWidth) - 1000
        let x = Double(a >> shift), y = Double(b >> shift)
        let q = x / y
        if !q.isFinite { throw PyError(.overflowError, "integer division result too large for a float") }
        return .float(q)
    }

    static func power(_ base: BigInt, _ exponent: BigInt) throws -> Value {
        if exponent.sign == .minus {
            guard let x = base.doubleValue, let y = exponent.doubleValue else {
                throw PyError(.overflowError, "int too large to convert to float")
            }
            if x == 0 { throw PyError(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            return .float(Foundationless.pow(x, y))
        }
        if base == 0 || base == 1 { return .integer(base) }
        if base == -1 { return .int(exponent.isMultiple(of: 2) ? 1 : -1) }
        guard let e = Int(exactly: exponent), e < 1 << 32 else {
            throw PyError(.memoryError, args: [])
        }
        return .integer(base.power(e))
    }

    static func leftShift(_ a: BigInt, _ n: BigInt) throws -> Value {
        if n.sign == .minus { throw PyError(.valueError, "negative shift count") }
        if a.isZero { return .int(0) }
        guard let shift = Int(exactly: n), shift < 1 << 32 else {
            throw PyError(.overflowError, "too many digits in integer")
        }
        return .integer(a << shift)
    }

    static func rightShift(_ a: BigInt, _ n: BigInt) throws -> Value {
        if n.sign == .minus { throw PyError(.valueError, "negative shift count") }
        guard let shift = Int(exactly: n) else { return .int(a.sign == .minus ? -1 : 0) }
        return .integer(a.floorShiftedRight(shift))
    }

    /// `pow(base, exponent, modulus)` for ints.
    static func modularPower(_ base: BigInt, _ exponent: BigInt, _ modulus: BigInt) throws -> Value {
        if modulus.isZero { throw PyError(.valueError, "pow() 3rd argument cannot be 0") }
        let m = modulus.magnitude
        var reducedBase = base.pythonModulo(BigInt(m)).magnitude
        if exponent.sign == .minus && m > 1 {
            // A negative exponent raises the modular inverse of the base.
            guard let inverse = reducedBase.inverse(m) else {
                throw PyError(.valueError, "base is not invertible for the given modulus")
            }
            reducedBase = inverse
        }
        var result = m == 1 ? BigInt(0) : BigInt(reducedBase.power(exponent.magnitude, modulus: m))
        if modulus.sign == .minus && !result.isZero { result += modulus }
        return .integer(result)
    }

    /// Applies a bitwise operator to two ints.
    static func bitwise(_ op: (inout BigInt, BigInt) -> BigInt, _ a: BigInt, _ b: BigInt) -> Value {
        var lhs = a
        return .integer(op(&lhs, b))
    }
}
