/// One `%` conversion as written in a format: the optional `(key)`, the
/// flags, width, precision and conversion character. Record formats
/// (`%(threadName)-10s`) are parsed into these once, when the Formatter
/// is made, so formatting a record never re-scans the format string.
struct PercentSpec: Equatable {
    var flags: String = ""
    var width: Int?
    var precision: Int?
    var type: Character = "s"

    var leftAligned: Bool { flags.contains("-") }

    /// The spec as `%` text again (`%-10s`), for delegating one conversion.
    var text: String {
        var s = "%" + flags
        if let width { s += String(width) }
        if let precision { s += "." + String(precision) }
        s.append(type)
        return s
    }

    /// Applies width and alignment to an already converted string. Zero
    /// padding applies to numeric conversions only, after any sign.
    func pad(_ body: String) -> String {
        guard let width else { return body }
        let count = body.count
        guard count < width else { return body }
        let fill = width - count
        if leftAligned { return body + String(repeating: " ", count: fill) }
        if flags.contains("0") && "diouxXeEfFgG".contains(type) {
            if let first = body.first, first == "-" || first == "+" || first == " " {
                return String(first) + String(repeating: "0", count: fill) + body.dropFirst()
            }
            return String(repeating: "0", count: fill) + body
        }
        return String(repeating: " ", count: fill) + body
    }

    /// `%s` of a string: precision truncates, then width pads.
    func padString(_ text: String) -> String {
        if let precision, text.count > precision { return pad(String(text.prefix(precision))) }
        return pad(text)
    }
}

/// Splits a `%` format into literal text and conversions.
struct PercentScanner {
    enum Piece {
        case literal(String)
        case conversion(key: String?, PercentSpec)
    }

    private let chars: [Character]
    private var index = 0

    init(_ format: String) {
        chars = Array(format)
    }

    mutating func next() throws -> Piece? {
        guard index < chars.count else { return nil }
        if chars[index] != "%" {
            let start = index
            while index < chars.count && chars[index] != "%" { index += 1 }
            return .literal(String(chars[start..<index]))
        }
        index += 1
        var key: String?
        if index < chars.count && chars[index] == "(" {
            key = try scanKey()
        }
        var spec = PercentSpec()
        while index < chars.count, "#0+- ".contains(chars[index]) {
            spec.flags.append(chars[index])
            index += 1
        }
        spec.width = try scanNumber()
        if index < chars.count && chars[index] == "." {
            index += 1
            spec.precision = try scanNumber() ?? 0
        }
        while index < chars.count, "hlL".contains(chars[index]) { index += 1 }
        guard index < chars.count else {
            throw PyError(.valueError, "incomplete format")
        }
        spec.type = chars[index]
        index += 1
        if spec.type == "%" && key == nil { return .literal("%") }
        guard "diouxXeEfFgGcrsa%".contains(spec.type) else {
            let code = spec.type.unicodeScalars.first.map { String($0.value, radix: 16) } ?? "0"
            throw PyError(.valueError, "unsupported format character '\(spec.type)' (0x\(code)) at index \(index - 1)")
        }
        return .conversion(key: key, spec)
    }

    private mutating func scanKey() throws -> String {
        index += 1
        var depth = 1
        let start = index
        while index < chars.count {
            if chars[index] == "(" { depth += 1 }
            if chars[index] == ")" {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < chars.count else { throw PyError(.valueError, "incomplete format key") }
        let key = String(chars[start..<index])
        index += 1
        return key
    }

    private mutating func scanNumber() throws -> Int? {
        if index < chars.count && chars[index] == "*" {
            throw PyError(.typeError, "* wants int")
        }
        var value: Int?
        while index < chars.count, let digit = chars[index].wholeNumberValue, chars[index].isASCII {
            value = (value ?? 0) &* 10 &+ digit
            index += 1
        }
        return value
    }
}
