import BigInt

/// The conversions behind `int(x)`, `float(x)` and friends, usable from
/// Swift by any part of the runtime.
extension ThreadState {
    /// `int(v)`.
    public func toInt(_ v: Value) throws -> Value {
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try ThreadState.truncate(d)
        case .None: break
        case .object(let o):
            if o is PyBigInt { return v }
            if let s = o as? PyStr { return try NumberParsing.integer(s.value, base: 10) }
            if let b = o as? PyBytes { return try NumberParsing.integer(String(decoding: b.bytes, as: UTF8.self), base: 10) }
            if !o.isBuiltinValue {
                for name in ["__int__", "__index__", "__trunc__"] {
                    if let r = try callSpecial(v, name) {
                        guard r.isInteger else {
                            throw PyError(.typeError, "\(name) returned non-int (type \(r.pyType.name))")
                        }
                        return try toInt(r)
                    }
                }
            }
        }
        throw PyError(.typeError, "int() argument must be a string, a bytes-like object or a number, not '\(v.pyType.name)'")
    }

    /// `int(d)` for a float: truncation toward zero.
    static func truncate(_ d: Double) throws -> Value {
        if d.isNaN { throw PyError(.valueError, "cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError(.overflowError, "cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if let i = Int(exactly: t) { return .int(i) }
        return .integer(BigInt(t))
    }

    /// `float(v)`.
    public func toFloat(_ v: Value) throws -> Double {
        if let d = try v.floatIfNumeric() { return d }
        if let s = v.asObject as? PyStr { return try NumberParsing.float(s.value) }
        if let b = v.asObject as? PyBytes { return try NumberParsing.float(String(decoding: b.bytes, as: UTF8.self)) }
        if v.isCustomObject {
            if let r = try callSpecial(v, "__float__") {
                guard case .float(let d) = r else {
                    throw PyError(.typeError, "\(v.pyType.name).__float__ returned non-float (type \(r.pyType.name))")
                }
                return d
            }
            if let r = try callSpecial(v, "__index__"), let d = try r.floatIfNumeric() { return d }
        }
        throw PyError(.typeError, "float() argument must be a string or a number, not '\(v.pyType.name)'")
    }

    /// An integer argument for a native function (`__index__` honoured).
    public func indexValue(_ v: Value) throws -> Int {
        if let i = v.smallInteger { return i }
        if v.asObject is PyBigInt {
            throw PyError(.overflowError, "Python int too large to convert to C ssize_t")
        }
        if v.isCustomObject, let r = try callSpecial(v, "__index__"), let i = r.smallInteger { return i }
        throw PyError(.typeError, "'\(v.pyType.name)' object cannot be interpreted as an integer")
    }
}
