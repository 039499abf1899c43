/// Python's `repr(float)`: the shortest digit string that round-trips,
/// in fixed notation for decimal exponents -4 ≤ e < 16 and scientific
/// notation (`1e-05`, `1e+16`) otherwise.
enum FloatRepr {
    static func repr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        // Swift prints the same shortest digits with the same notation
        // rules, except that it switches to exponent notation at 2^53
        // rather than 1e16 (`9.1e+15`): only those are rebuilt here.
        let swiftText = d.description
        if !swiftText.hasSuffix("e+15") { return swiftText }
        let (negative, digits, exponent) = shortestDigits(d)
        let sign = negative ? "-" : ""
        if exponent >= -4 && exponent < 16 {
            return sign + fixed(digits, exponent)
        }
        return sign + scientific(digits, exponent)
    }

    /// The shortest round-trip digits of |d| and the decimal exponent of the
    /// first digit (`d = 0.d1d2… × 10^(exponent+1)`), taken from Swift's
    /// own shortest-representation printer.
    static func shortestDigits(_ d: Double) -> (negative: Bool, digits: [UInt8], exponent: Int) {
        let text = d.magnitude.description
        var mantissa = Substring(text)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var pointPosition: Int?
        for ch in mantissa.utf8 {
            if ch == UInt8(ascii: ".") { pointPosition = digits.count; continue }
            digits.append(ch - UInt8(ascii: "0"))
        }
        var point = pointPosition ?? digits.count
        while let first = digits.first, first == 0, digits.count > 1 {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        return (d.sign == .minus, digits, point - 1 + exp)
    }

    private static func fixed(_ digits: [UInt8], _ exponent: Int) -> String {
        let chars = digits.map { Character(Unicode.Scalar($0 + UInt8(ascii: "0"))) }
        if exponent < 0 {
            return "0." + String(repeating: "0", count: -exponent - 1) + String(chars)
        }
        let intCount = exponent + 1
        if chars.count <= intCount {
            return String(chars) + String(repeating: "0", count: intCount - chars.count) + ".0"
        }
        return String(chars[..<intCount]) + "." + String(chars[intCount...])
    }

    private static func scientific(_ digits: [UInt8], _ exponent: Int) -> String {
        let chars = digits.map { Character(Unicode.Scalar($0 + UInt8(ascii: "0"))) }
        var out = String(chars[0])
        if chars.count > 1 { out += "." + String(chars[1...]) }
        let e = abs(exponent)
        return out + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e)
    }
}
