import BigInt

/// Parsing numbers from text for `int(s, base)` and `float(s)`, with
/// Python's rules: surrounding whitespace, a sign, `_` between digits,
/// base prefixes for base 0, `inf`/`nan` spellings for floats.
enum NumberParsing {
    static func integer(_ text: String, base: Int) throws -> Value {
        func invalid() -> PyError {
            PyError(.valueError, "invalid literal for int() with base \(base): \(StrRepr.repr(text))")
        }
        var s = Substring(text.trimmingPythonWhitespace())
        var negative = false
        if let first = s.first, first == "+" || first == "-" {
            negative = first == "-"
            s = s.dropFirst()
        }
        var radix = base
        let lower = s.lowercased()
        let prefixes: [(String, Int)] = [("0x", 16), ("0o", 8), ("0b", 2)]
        for (prefix, r) in prefixes where lower.hasPrefix(prefix) && (base == 0 || base == r) {
            radix = r
            s = s.dropFirst(2)
            if s.first == "_" { s = s.dropFirst() }
            break
        }
        if radix == 0 {
            radix = 10
            if s.count > 1, s.first == "0", s.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid() }
        }
        guard !s.isEmpty, s.first != "_", s.last != "_", !s.contains("__") else { throw invalid() }
        guard let magnitude = digitsValue(s.filter { $0 != "_" }, radix: radix) else { throw invalid() }
        return .integer(negative ? -magnitude : magnitude)
    }

    /// The value of ASCII digits/letters in `radix` (2…36), or nil when a
    /// character is not a digit of that radix.
    static func digitsValue(_ digits: String, radix: Int) -> BigInt? {
        var result = BigInt(0)
        var chunk: UInt64 = 0, scale: UInt64 = 1
        let limit = UInt64.max / UInt64(radix) / UInt64(radix)
        for byte in digits.utf8 {
            let d: Int
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): d = Int(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): d = Int(byte - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard d < radix else { return nil }
            chunk = chunk * UInt64(radix) + UInt64(d)
            scale *= UInt64(radix)
            if scale > limit {
                result = result * BigInt(scale) + BigInt(chunk)
                chunk = 0
                scale = 1
            }
        }
        if digits.isEmpty { return nil }
        return scale > 1 ? result * BigInt(scale) + BigInt(chunk) : result
    }

    static func float(_ text: String) throws -> Double {
        let trimmed = text.trimmingPythonWhitespace()
        var body = Substring(trimmed)
        var sign = 1.0
        if let first = body.first, first == "+" || first == "-" {
            if first == "-" { sign = -1 }
            body = body.dropFirst()
        }
        switch body.lowercased() {
        case "inf", "infinity": return sign * Double.infinity
        case "nan": return Double.nan
        default: break
        }
        let valid = !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isNumber || ".eE+-_".contains($0)) }
            && body.first != "_" && body.last != "_" && !body.contains("__")
            && !body.contains("_.") && !body.contains("._")
        let cleaned = body.filter { $0 != "_" }
        guard valid, cleaned.contains(where: { $0.isNumber }), let d = Double(String(cleaned)) else {
            throw PyError(.valueError, "could not convert string to float: \(StrRepr.repr(text))")
        }
        return sign * d
    }
}

extension String {
    /// The string without leading and trailing Unicode whitespace.
    func trimmingPythonWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isPythonWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.isPythonWhitespace }) ?? start
        return String(scalars[start...end])
    }
}

extension Unicode.Scalar {
    /// `str.isspace()` for one code point.
    var isPythonWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0: return true
        default: return value > 0x7F && properties.isWhitespace
        }
    }
}
