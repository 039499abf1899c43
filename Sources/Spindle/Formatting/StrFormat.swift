/// `str.format` and `str.format_map`: replacement fields
/// `{name.attr[key]!conv:spec}`, automatic and manual numbering, `{{`/`}}`
/// escapes, and nested fields inside the spec (`{:{width}}`).
struct StrFormat {
    private let thread: ThreadState
    private let positional: [Value]
    private let keywords: [(name: String, value: Value)]
    private let mapping: Value?
    private var nextAuto = 0
    private var usedManual = false

    static func format(_ thread: ThreadState, _ template: String, positional: [Value],
                       keywords: [(name: String, value: Value)], mapping: Value?) throws -> String {
        var f = StrFormat(thread: thread, positional: positional, keywords: keywords, mapping: mapping)
        return try f.render(Array(template.unicodeScalars), depth: 0)
    }

    private init(thread: ThreadState, positional: [Value], keywords: [(name: String, value: Value)], mapping: Value?) {
        self.thread = thread
        self.positional = positional
        self.keywords = keywords
        self.mapping = mapping
    }

    private mutating func render(_ s: [Unicode.Scalar], depth: Int) throws -> String {
        if depth > 2 { throw PyError(.valueError, "Max string recursion exceeded") }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "}" {
                guard i + 1 < s.count, s[i + 1] == "}" else {
                    throw PyError(.valueError, "Single '}' encountered in format string")
                }
                out.append("}")
                i += 2
                continue
            }
            if c != "{" { out.append(c); i += 1; continue }
            if i + 1 < s.count, s[i + 1] == "{" { out.append("{"); i += 2; continue }
            // Find the matching close brace, allowing nested fields in the spec.
            var j = i + 1, nesting = 1
            while j < s.count {
                if s[j] == "{" { nesting += 1 } else if s[j] == "}" {
                    nesting -= 1
                    if nesting == 0 { break }
                }
                j += 1
            }
            guard j < s.count else {
                throw PyError(.valueError, i + 1 == s.count ? "Single '{' encountered in format string"
                                                            : "expected '}' before end of string")
            }
            out.append(contentsOf: try field(Array(s[(i + 1)..<j]), depth: depth).unicodeScalars)
            i = j + 1
        }
        return String(out)
    }

    /// One replacement field's text (between the braces).
    private mutating func field(_ body: [Unicode.Scalar], depth: Int) throws -> String {
        var nameEnd = 0
        var bracket = false
        while nameEnd < body.count {
            let c = body[nameEnd]
            if c == "[" { bracket = true } else if c == "]" { bracket = false }
            else if !bracket && (c == "!" || c == ":") { break }
            nameEnd += 1
        }
        var conversion: Unicode.Scalar?
        var specStart = nameEnd
        if nameEnd < body.count && body[nameEnd] == "!" {
            guard nameEnd + 1 < body.count else {
                throw PyError(.valueError, "end of string while looking for conversion specifier")
            }
            conversion = body[nameEnd + 1]
            specStart = nameEnd + 2
            if specStart < body.count && body[specStart] != ":" {
                throw PyError(.valueError, "expected ':' after conversion specifier")
            }
        }
        var spec: [Unicode.Scalar] = []
        if specStart < body.count && body[specStart] == ":" { spec = Array(body[(specStart + 1)...]) }
        var value = try resolve(Array(body[..<nameEnd]))
        switch conversion {
        case nil: break
        case "r": value = .str(try thread.repr(value))
        case "s": value = .str(try thread.str(value))
        case "a": value = .str(asciiEscaped(try thread.repr(value)))
        case let other?:
            throw PyError(.valueError, "Unknown conversion specifier \(other)")
        }
        let expandedSpec = spec.contains("{") ? try render(spec, depth: depth + 1) : String(String.UnicodeScalarView(spec))
        return try thread.format(value, expandedSpec)
    }

    /// `name`, `0`, or empty (automatic), followed by `.attr` / `[key]` parts.
    private mutating func resolve(_ name: [Unicode.Scalar]) throws -> Value {
        var i = 0
        while i < name.count && name[i] != "." && name[i] != "[" { i += 1 }
        let head = String(String.UnicodeScalarView(name[..<i]))
        var value: Value
        if head.isEmpty {
            if usedManual {
                throw PyError(.valueError, "cannot switch from manual field specification to automatic field numbering")
            }
            value = try positionalArgument(nextAuto)
            nextAuto += 1
        } else if let index = Int(head), head.unicodeScalars.allSatisfy({ $0.asciiDigit != nil }) {
            if nextAuto > 0 {
                throw PyError(.valueError, "cannot switch from automatic field numbering to manual field specification")
            }
            usedManual = true
            value = try positionalArgument(index)
        } else {
            value = try keywordArgument(head)
        }
        while i < name.count {
            if name[i] == "." {
                var j = i + 1
                while j < name.count && name[j] != "." && name[j] != "[" { j += 1 }
                let attr = String(String.UnicodeScalarView(name[(i + 1)..<j]))
                if attr.isEmpty { throw PyError(.valueError, "Empty attribute in format string") }
                value = try thread.getAttribute(value, attr)
                i = j
            } else if name[i] == "[" {
                var j = i + 1
                while j < name.count && name[j] != "]" { j += 1 }
                guard j < name.count else { throw PyError(.valueError, "Missing ']' in format string") }
                let key = String(String.UnicodeScalarView(name[(i + 1)..<j]))
                if key.isEmpty { throw PyError(.valueError, "Empty attribute in format string") }
                let isIndex = key.unicodeScalars.allSatisfy { $0.asciiDigit != nil }
                let keyValue: Value = isIndex ? Int(key).map { .int($0) } ?? .str(key) : .str(key)
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
