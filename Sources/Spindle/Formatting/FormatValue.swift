import BigInt

/// `format(value, spec)`: dispatches to the int, float and str rules of
/// the format mini-language, or to an instance's `__format__`.
extension ThreadState {
    public func format(_ v: Value, _ spec: String) throws -> String {
        if spec.isEmpty, let text = plainFormat(v) { return text }
        switch v {
        case .int, .bool:
            if case .bool(let b) = v, spec.isEmpty { return b ? "True" : "False" }
            return try ValueFormatter.integer(v.bigInteger ?? 0, try FormatSpec(spec))
        case .float(let d): return try ValueFormatter.float(d, try FormatSpec(spec))
        case .None: break
        case .object(let o):
            if let s = o as? PyStr { return try ValueFormatter.string(s.value, try FormatSpec(spec)) }
            if let big = o as? PyBigInt { return try ValueFormatter.integer(big.value, try FormatSpec(spec)) }
            if !o.isBuiltinValue, let method = v.pyType.lookup("__format__"), !SpecialMethods.isObjectDefault(method, "__format__") {
                let r = try call(method, v, .str(spec))
                guard let s = r.asString else {
                    throw PyError(.typeError, "__format__ must return a str, not \(r.pyType.name)")
                }
                return s
            }
        }
        if !spec.isEmpty {
            throw PyError(.typeError, "unsupported format string passed to \(v.pyType.name).__format__")
        }
        return try str(v)
    }
}

extension ThreadState {
    /// `format(v, "")` for the built-in scalars and str: their `str()`.
    @inline(__always)
    func plainFormat(_ v: Value) -> String? {
        switch v {
        case .int(let i): return String(i)
        case .bool(let b): return b ? "True" : "False"
        case .float(let d): return FloatRepr.repr(d)
        case .object(let o):
            if let s = o as? PyStr { return s.value }
            if let big = o as? PyBigInt { return String(big.value) }
            return nil
        case .None: return nil
        }
    }
}

/// The format rules per built-in type.
enum ValueFormatter {
    static func string(_ s: String, _ spec: FormatSpec) throws -> String {
        if let t = spec.type, t != "s" {
            throw PyError(.valueError, "Unknown format code '\(t)' for object of type 'str'")
        }
        if spec.sign != nil { throw PyError(.valueError, "Sign not allowed in string format specifier") }
        if spec.alternate { throw PyError(.valueError, "Alternate form (#) not allowed in string format specifier") }
        if spec.align == "=" { throw PyError(.valueError, "'=' alignment not allowed in string format specifier") }
        if let g = spec.grouping { throw PyError(.valueError, "Cannot specify '\(g)' with 's'.") }
        var text = s
        if let p = spec.precision { text = String(String.UnicodeScalarView(s.unicodeScalars.prefix(p))) }
        return spec.pad(text, defaultAlign: "<")
    }

    static func integer(_ n: BigInt, _ spec: FormatSpec) throws -> String {
        let type = spec.type ?? "d"
        switch type {
        case "e", "E", "f", "F", "g", "G", "%":
            return try float(Double(n), spec)
        case "d", "n", "b", "o", "x", "X", "c": break
        default:
            throw PyError(.valueError, "Unknown format code '\(type)' for object of type 'int'")
        }
        if spec.precision != nil { throw PyError(.valueError, "Precision not allowed in integer format specifier") }
        if type == "c" {
            guard let i = Int(exactly: n), i >= 0, i <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(i)) else {
                throw PyError(.overflowError, "%c arg not in range(0x110000)")
            }
            return spec.pad(String(Character(scalar)), defaultAlign: ">")
        }
        let radix = ["b": 2, "o": 8, "x": 16, "X": 16][Character(type)] ?? 10
        var digits = String(n.magnitude, radix: radix, uppercase: type == "X")
        let signText = n.sign == .minus && !n.isZero ? "-" : (spec.sign == "+" ? "+" : (spec.sign == " " ? " " : ""))
        var prefix = ""
        if spec.alternate {
            prefix = ["b": "0b", "o": "0o", "x": "0x", "X": "0X"][Character(type)] ?? ""
        }
        if let g = spec.grouping {
            let minimum = spec.fill == "0" && spec.align == "=" ? spec.width - signText.count - prefix.count : 0
            digits = FormatSpec.group(digits, separator: g, size: radix == 10 ? 3 : 4, minimum: minimum)
        }
        return spec.pad(signText + prefix + digits, signLength: signText.count + prefix.count, defaultAlign: ">")
    }

    static func float(_ d: Double, _ spec: FormatSpec) throws -> String {
        var type = spec.type
        switch type {
        case nil, "e", "E", "f", "F", "g", "G", "%", "n": break
        default:
            throw PyError(.valueError, "Unknown format code '\(type.map { String($0) } ?? "")' for object of type 'float'")
        }
        if type == "n" { type = "g" }
        let negative = d.sign == .minus && !d.isNaN
        var body: String
        let magnitude = abs(d)
        switch type {
        case nil:
            if let p = spec.precision {
                body = generalWithPoint(magnitude, precision: max(p, 1), alternate: spec.alternate)
            } else {
                body = FloatRepr.repr(magnitude)
            }
        case "%":
            body = CFormat.float(magnitude * 100, "f", precision: spec.precision ?? 6, alternate: spec.alternate) + "%"
        default:
            let t = type ?? "g"
            body = CFormat.float(magnitude, Character(t), precision: spec.precision ?? 6, alternate: spec.alternate)
            if t == "F" { body = body.uppercased() }
        }
        if let g = spec.grouping, magnitude.isFinite {
            let intEnd = body.firstIndex { !$0.isNumber } ?? body.endIndex
            let signText = negative ? "-" : (spec.sign.map { $0 == "-" ? "" : String(Character($0)) } ?? "")
            let minimum = spec.fill == "0" && spec.align == "=" ? spec.width - signText.count - body[intEnd...].count : 0
            body = FormatSpec.group(String(body[..<intEnd]), separator: g, size: 3, minimum: minimum) + body[intEnd...]
        }
        let signText = negative ? "-" : (spec.sign == "+" ? "+" : (spec.sign == " " ? " " : ""))
        return spec.pad(signText + body, signLength: signText.count, defaultAlign: ">")
    }

    /// The no-type float format with a precision: like `g`, but switching to
    /// exponent notation one digit earlier and keeping a `.0` on integers
    /// (CPython's `Py_DTSF_ADD_DOT_0`).
    private static func generalWithPoint(_ d: Double, precision p: Int, alternate: Bool) -> String {
        guard d.isFinite else { return CFormat.float(d, "g", precision: p) }
        let scientific = CFormat.float(d, "e", precision: p - 1, alternate: alternate)
        let exponent = scientific.split(separator: "e").last.flatMap { Int($0) } ?? 0
        let decimalPoint = exponent + 1
        if decimalPoint <= -4 || decimalPoint > p - 1 {
            guard !alternate, let e = scientific.firstIndex(of: "e") else { return scientific }
            var mantissa = String(scientific[..<e])
            if mantissa.contains(".") {
                while mantissa.hasSuffix("0") { mantissa.removeLast() }
                if mantissa.hasSuffix(".") { mantissa.removeLast() }
            }
            return mantissa + scientific[e...]
        }
        let fixed = CFormat.float(d, "g", precision: p, alternate: alternate)
        return fixed.contains(".") ? fixed : fixed + ".0"
    }
}
