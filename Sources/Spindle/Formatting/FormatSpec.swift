/// A parsed format specification (the mini-language after `:` in
/// `str.format` fields and the second argument of `format()`):
/// `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
struct FormatSpec {
    var fill: Unicode.Scalar = " "
    var align: Unicode.Scalar?
    var sign: Unicode.Scalar?
    var alternate = false
    var width = 0
    var grouping: Unicode.Scalar?
    var precision: Int?
    var type: Unicode.Scalar?

    init(_ text: String) throws {
        let s = Array(text.unicodeScalars)
        var i = 0
        func isAlign(_ c: Unicode.Scalar) -> Bool { c == "<" || c == ">" || c == "=" || c == "^" }
        if s.count >= 2 && isAlign(s[1]) {
            fill = s[0]; align = s[1]; i = 2
        } else if let first = s.first, isAlign(first) {
            align = first; i = 1
        }
        if i < s.count, s[i] == "+" || s[i] == "-" || s[i] == " " { sign = s[i]; i += 1 }
        if i < s.count, s[i] == "#" { alternate = true; i += 1 }
        if i < s.count, s[i] == "0" {
            if align == nil { fill = "0"; align = "=" }
            i += 1
        }
        width = FormatSpec.digits(s, &i) ?? 0
        if i < s.count, s[i] == "," || s[i] == "_" { grouping = s[i]; i += 1 }
        if i < s.count, s[i] == "." {
            i += 1
            guard let p = FormatSpec.digits(s, &i) else { throw PyError(.valueError, "Format specifier missing precision") }
            precision = p
        }
        if i < s.count { type = s[i]; i += 1 }
        if i < s.count { throw PyError(.valueError, "Invalid format specifier") }
    }

    private static func digits(_ s: [Unicode.Scalar], _ i: inout Int) -> Int? {
        var n: Int?
        while i < s.count, let d = s[i].asciiDigit {
            n = (n ?? 0) * 10 + d
            i += 1
        }
        return n
    }

    /// Pads `body` (already signed) to the width. `signLength` counts the
    /// sign and prefix characters that `=` alignment keeps in front.
    func pad(_ body: String, signLength: Int = 0, defaultAlign: Unicode.Scalar) -> String {
        let length = body.unicodeScalars.count
        guard width > length else { return body }
        let n = width - length
        let filler = { (count: Int) in String(repeating: String(Character(fill)), count: count) }
        switch align ?? defaultAlign {
        case "<": return body + filler(n)
        case "^": return filler(n / 2) + body + filler(n - n / 2)
        case "=":
            let scalars = Array(body.unicodeScalars)
            var head = String.UnicodeScalarView(), tail = String.UnicodeScalarView()
            head.append(contentsOf: scalars[..<signLength])
            tail.append(contentsOf: scalars[signLength...])
            return String(head) + filler(n) + String(tail)
        default: return filler(n) + body
        }
    }

    /// Inserts the grouping separator every `size` digits of `digits`,
    /// zero-extending first when `=`-padding with `0` up to `minimum` characters.
    static func group(_ digits: String, separator: Unicode.Scalar, size: Int, minimum: Int = 0) -> String {
        var chars = Array(digits)
        func grouped() -> String {
            var out: [Character] = []
            for (i, c) in chars.reversed().enumerated() {
                if i > 0 && i % size == 0 { out.append(Character(separator)) }
                out.append(c)
            }
            return String(out.reversed())
        }
        var result = grouped()
        while result.count < minimum {
            chars.insert("0", at: 0)
            result = grouped()
            if result.count > minimum, result.first == Character(separator) {
                chars.insert("0", at: 0)
                result = grouped()
            }
        }
        return result
    }
}
