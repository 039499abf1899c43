/// `str.format` and `str.format_map`: replacement fields
/// `{name.attr[key]!conv:spec}`, automatic and manual numbering, `{{`/`}}`
/// escapes, and nested fields inside the spec (`{:{width}}`).
///
/// The template is read as UTF-8 bytes (every syntax character is ASCII,
/// so byte positions never split a code point) and the result written
/// into one byte buffer: literal text is copied run by run.
struct StrFormat {
    private let thread: ThreadState
    private let positional: [Value]
    private let keywords: [(name: String, value: Value)]
    private let mapping: Value?
    private var nextAuto = 0
    private var usedManual = false

    typealias Bytes = UnsafeBufferPointer<UInt8>

    static func format(_ thread: ThreadState, _ template: String, positional: [Value],
                       keywords: [(name: String, value: Value)], mapping: Value?) throws -> String {
        var f = StrFormat(thread: thread, positional: positional, keywords: keywords, mapping: mapping)
        var text = template
        return try text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16 * positional.count)
            try f.render(bytes, depth: 0, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    private init(thread: ThreadState, positional: [Value], keywords: [(name: String, value: Value)], mapping: Value?) {
        self.thread = thread
        self.positional = positional
        self.keywords = keywords
        self.mapping = mapping
    }

    private static let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")

    private mutating func render(_ s: Bytes, depth: Int, into out: inout [UInt8]) throws {
        if depth > 2 { throw PyError(.valueError, "Max string recursion exceeded") }
        var i = 0
        while i < s.count {
            var end = i
            while end < s.count && s[end] != StrFormat.open && s[end] != StrFormat.close { end += 1 }
            if end > i { out.append(contentsOf: Bytes(rebasing: s[i..<end])) }
            i = end
            guard i < s.count else { break }
            if s[i] == StrFormat.close {
                guard i + 1 < s.count, s[i + 1] == StrFormat.close else {
                    throw PyError(.valueError, "Single '}' encountered in format string")
                }
                out.append(StrFormat.close)
                i += 2
                continue
            }
            if i + 1 < s.count, s[i + 1] == StrFormat.open { out.append(StrFormat.open); i += 2; continue }
            if i + 1 == s.count { throw PyError(.valueError, "Single '{' encountered in format string") }
            let bounds = try StrFormat.scanField(s, from: i + 1)
            var text = try field(s, bounds, depth: depth)
            text.withUTF8 { out.append(contentsOf: $0) }
            i = bounds.end + 1
        }
    }

    /// Where the parts of one replacement field lie in the template.
    private struct FieldBounds {
        var nameStart = 0, nameEnd = 0
        var conversion: Unicode.Scalar?
        var specStart = 0, specEnd = 0
        /// The closing brace.
        var end = 0
    }

    /// Scans a field as CPython does: braces inside `[...]` of the name are
    /// plain text, the character after `!` is the conversion whatever it is,
    /// and the spec may hold nested fields.
    private static func scanField(_ s: Bytes, from start: Int) throws -> FieldBounds {
        var b = FieldBounds(nameStart: start)
        var i = start
        var inBracket = false
        while i < s.count {
            let c = s[i]
            if inBracket { if c == UInt8(ascii: "]") { inBracket = false } }
            else if c == UInt8(ascii: "[") { inBracket = true }
            else if c == UInt8(ascii: "!") || c == UInt8(ascii: ":") || c == close { break }
            i += 1
        }
        guard i < s.count else { throw PyError(.valueError, "expected '}' before end of string") }
        b.nameEnd = i
        if s[i] == UInt8(ascii: "!") {
            guard i + 1 < s.count else {
                throw PyError(.valueError, "end of string while looking for conversion specifier")
            }
            let scalar = text(Bytes(rebasing: s[(i + 1)...])).unicodeScalars.first ?? "?"
            b.conversion = scalar
            i += 1 + String(scalar).utf8.count
            guard i < s.count else { throw PyError(.valueError, "unmatched '{' in format spec") }
            guard s[i] == UInt8(ascii: ":") || s[i] == close else {
                throw PyError(.valueError, "expected ':' after conversion specifier")
            }
        }
        b.specStart = i
        if s[i] == UInt8(ascii: ":") {
            b.specStart = i + 1
            var nesting = 1
            i += 1
            while i < s.count {
                if s[i] == open { nesting += 1 } else if s[i] == close {
                    nesting -= 1
                    if nesting == 0 { break }
                }
                i += 1
            }
            guard i < s.count else { throw PyError(.valueError, "unmatched '{' in format spec") }
        }
        b.specEnd = i
        b.end = i
        return b
    }

    /// One replacement field's text.
    private mutating func field(_ s: Bytes, _ bounds: FieldBounds, depth: Int) throws -> String {
        var value = try resolve(Bytes(rebasing: s[bounds.nameStart..<bounds.nameEnd]))
        switch bounds.conversion {
        case nil: break
        case "r": value = .str(try thread.repr(value))
        case "s": value = .str(try thread.str(value))
        case "a": value = .str(asciiEscaped(try thread.repr(value)))
        case let other?:
            let shown = other.value > 32 && other.value < 127 ? String(other) : "\\x" + String(other.value, radix: 16)
            throw PyError(.valueError, "Unknown conversion specifier \(shown)")
        }
        let spec = Bytes(rebasing: s[bounds.specStart..<bounds.specEnd])
        if spec.isEmpty, let text = thread.plainFormat(value) { return text }
        let expandedSpec: String
        if spec.contains(StrFormat.open) {
            var nested: [UInt8] = []
            try render(spec, depth: depth + 1, into: &nested)
            expandedSpec = String(decoding: nested, as: UTF8.self)
        } else {
            expandedSpec = StrFormat.text(spec)
        }
        return try thread.format(value, expandedSpec)
    }

    private static func text(_ bytes: Bytes) -> String { String(decoding: bytes, as: UTF8.self) }

    private static func isDigits(_ bytes: Bytes) -> Bool { bytes.allSatisfy { $0 >= 48 && $0 <= 57 } }

    /// `name`, `0`, or empty (automatic), followed by `.attr` / `[key]` parts.
    private mutating func resolve(_ name: Bytes) throws -> Value {
        let dot = UInt8(ascii: "."), open = UInt8(ascii: "["), close = UInt8(ascii: "]")
        var i = 0
        while i < name.count && name[i] != dot && name[i] != open { i += 1 }
        let head = Bytes(rebasing: name[..<i])
        var value: Value
        if head.isEmpty {
            if usedManual {
                throw PyError(.valueError, "cannot switch from manual field specification to automatic field numbering")
            }
            value = try positionalArgument(nextAuto)
            nextAuto += 1
        } else if StrFormat.isDigits(head), let index = Int(StrFormat.text(head)) {
            if nextAuto > 0 {
                throw PyError(.valueError, "cannot switch from automatic field numbering to manual field specification")
            }
            usedManual = true
            value = try positionalArgument(index)
        } else {
            value = try keywordArgument(StrFormat.text(head))
        }
        while i < name.count {
            if name[i] == dot {
                var j = i + 1
                while j < name.count && name[j] != dot && name[j] != open { j += 1 }
                let attr = StrFormat.text(Bytes(rebasing: name[(i + 1)..<j]))
                if attr.isEmpty { throw PyError(.valueError, "Empty attribute in format string") }
                value = try thread.getAttribute(value, attr)
                i = j
            } else if name[i] == open {
                var j = i + 1
                while j < name.count && name[j] != close { j += 1 }
                guard j < name.count else { throw PyError(.valueError, "Missing ']' in format string") }
                let keyBytes = Bytes(rebasing: name[(i + 1)..<j])
                let key = StrFormat.text(keyBytes)
                if key.isEmpty { throw PyError(.valueError, "Empty attribute in format string") }
                let keyValue: Value = StrFormat.isDigits(keyBytes) ? Int(key).map { .int($0) } ?? .str(key) : .str(key)
                value = try thread.getItem(value, keyValue)
                i = j + 1
            } else {
                throw PyError(.valueError, "Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        return value
    }

    private func positionalArgument(_ index: Int) throws -> Value {
        guard index < positional.count else {
            if mapping != nil { throw PyError(.valueError, "Format string contains positional fields") }
            throw PyError(.indexError, "Replacement index \(index) out of range for positional args tuple")
        }
        return positional[index]
    }

    private func keywordArgument(_ name: String) throws -> Value {
        if let mapping { return try thread.getItem(mapping, .str(name)) }
        if let found = keywords.last(where: { $0.name == name }) { return found.value }
        throw PyError(.keyError, args: [.str(name)])
    }
}
