import BigInt
import SpindleSyntax

/// `abs`, `round`, `divmod`, `pow`, `hex`, `oct`, `bin`, `ord`, `chr`.
extension ValueBuiltins {
    static func installNumeric(_ m: PyModule) {
        m.defineSingleArgument("abs") { t, x in try absolute(t, x) }
        m.defineFunction("round") { t, a in
            let args = try a.bind("round", ["number", "ndigits"], required: 1)
            return try round(t, args[0] ?? .None, args[1].flatMap { $0.isNone ? nil : $0 })
        }
        m.defineFunction("divmod") { t, a in
            let args = try a.exactly("divmod", min: 2, max: 2)
            return try divmod(t, args[0], args[1])
        }
        m.defineFunction("pow") { t, a in
            let args = try a.bind("pow", ["base", "exp", "mod"], required: 2)
            guard let base = args[0], let exp = args[1] else { return .None }
            if let mod = args[2], !mod.isNone {
                guard let b = base.bigInteger, let e = exp.bigInteger, let m = mod.bigInteger else {
                    throw PyError(.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
                }
                return try IntArithmetic.modularPower(b, e, m)
            }
            return try t.binary(.power, base, exp)
        }
        m.defineSingleArgument("hex") { t, x in .str(try radixString(t, x, 16, "0x")) }
        m.defineSingleArgument("oct") { t, x in .str(try radixString(t, x, 8, "0o")) }
        m.defineSingleArgument("bin") { t, x in .str(try radixString(t, x, 2, "0b")) }
        m.defineSingleArgument("ord") { _, v in
            if let s = v.asObject as? PyStr {
                guard s.count == 1, let c = s.value.unicodeScalars.first else {
                    throw PyError(.typeError, "ord() expected a character, but string of length \(s.count) found")
                }
                return .int(Int(c.value))
            }
            if let b = v.asObject as? PyBytes {
                guard b.bytes.count == 1 else {
                    throw PyError(.typeError, "ord() expected a character, but string of length \(b.bytes.count) found")
                }
                return .int(Int(b.bytes[0]))
            }
            throw PyError(.typeError, "ord() expected string of length 1, but \(v.pyType.name) found")
        }
        let chr = m.singleArgumentFunction("chr") { t, x in
            let i = try t.indexValue(x)
            guard i >= 0 && i <= 0x10FFFF else { throw PyError(.valueError, "chr() arg not in range(0x110000)") }
            guard let scalar = Unicode.Scalar(UInt32(i)) else { return .str("\u{FFFD}") }
            return .object(PyStr.character(scalar))
        }
        m.namespace["chr"] = .object(chr)
        m.namespace["unichr"] = .object(chr)
    }

    static func absolute(_ t: ThreadState, _ v: Value) throws -> Value {
        switch v {
        case .int(let i): return i == Int.min ? .integer(-BigInt(i)) : .int(abs(i))
        case .float(let d): return .float(abs(d))
        case .bool(let b): return .int(b ? 1 : 0)
        default: break
        }
        if let big = v.asObject as? PyBigInt { return .integer(abs(big.value)) }
        if let r = try t.callSpecial(v, "__abs__") { return r }
        throw PyError(.typeError, "bad operand type for abs(): '\(v.pyType.name)'")
    }

    static func divmod(_ t: ThreadState, _ a: Value, _ b: Value) throws -> Value {
        if let pair = try NumericPair.of(a, b) {
            switch pair {
            case .floats(let x, let y):
                if y == 0 { throw PyError(.zeroDivisionError, "float divmod()") }
                let (q, r) = FloatArithmetic.divmod(x, y)
                return .tuple([.float(q), .float(r)])
            default:
                return .tuple([try t.binary(.floorDivide, a, b), try t.binary(.modulo, a, b)])
            }
        }
        if let r = try t.callSpecial(a, "__divmod__", b), !r.isNotImplemented { return r }
        if let r = try t.callSpecial(b, "__rdivmod__", a), !r.isNotImplemented { return r }
        throw PyError(.typeError, "unsupported operand type(s) for divmod(): '\(a.pyType.name)' and '\(b.pyType.name)'")
    }

    static func radixString(_ t: ThreadState, _ v: Value, _ radix: Int, _ prefix: String) throws -> String {
        let n: BigInt
        if let i = v.bigInteger { n = i }
        else if v.isCustomObject, let r = try t.callSpecial(v, "__index__"), let i = r.bigInteger { n = i }
        else { throw PyError(.typeError, "'\(v.pyType.name)' object cannot be interpreted as an integer") }
        return (n.sign == .minus && !n.isZero ? "-" : "") + prefix + String(n.magnitude, radix: radix)
    }

    /// `round(x)` → int with round-half-even; `round(x, n)` keeps the type.
    static func round(_ t: ThreadState, _ v: Value, _ digits: Value?) throws -> Value {
        if case .float(let d) = v { return try roundFloat(d, digits: try digits.map { try t.indexValue($0) }) }
        if let n = v.bigInteger, !v.isCustomObject {
            guard let digits, !digits.isNone else { return .integer(n) }
            let places = try t.indexValue(digits)
            if places >= 0 { return .integer(n) }
            let scale = BigInt(10).power(-places)
            let (q, r) = (n.floorDivided(by: scale), n.pythonModulo(scale))
            let twice = r * 2
            var rounded = q
            if twice > scale || (twice == scale && !q.isMultiple(of: 2)) { rounded += 1 }
            return .integer(rounded * scale)
        }
        var args: [Value] = []
        if let digits { args.append(digits) }
        if let r = try t.callSpecial(v, "__round__", arguments: args) { return r }
        throw PyError(.typeError, "type \(v.pyType.name) doesn't define __round__ method")
    }

    static func roundFloat(_ d: Double, digits: Int?) throws -> Value {
        guard let digits else {
            if d.isNaN { throw PyError(.valueError, "cannot convert float NaN to integer") }
            if d.isInfinite { throw PyError(.overflowError, "cannot convert float infinity to integer") }
            return try ThreadState.truncate(d.rounded(.toNearestOrEven))
        }
        if !d.isFinite || d == 0 { return .float(d) }
        if digits > 323 { return .float(d) }
        if digits < -308 { return .float(d.sign == .minus ? -0.0 : 0.0) }
        if digits >= 0 {
            // The C library rounds the exact binary value, half to even.
            let text = CFormat.format("%.\(digits)f", d)
            return .float(Double(text) ?? d)
        }
        let scale = Foundationless.pow(10, Double(-digits))
        let r = (d / scale).rounded(.toNearestOrEven) * scale
        return .float(r.isFinite ? r : d)
    }
}
