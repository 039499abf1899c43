/// A Formatter's `fmt`, parsed once into literal text and record fields,
/// in one of the three styles `Formatter(style=…)` accepts: `%`
/// (`%(threadName)-10s`), `{` (`{threadName:<10}`) and `$` (`${threadName}`).
struct LogTemplate {
    enum Style: String {
        case percent = "%", brace = "{", dollar = "$"

        /// The format used when none is given (`BASIC_FORMAT`'s `message` part).
        var defaultFormat: String {
            switch self {
            case .percent: return "%(message)s"
            case .brace: return "{message}"
            case .dollar: return "${message}"
            }
        }
    }

    enum Piece {
        case literal(String)
        case percent(key: String, field: RecordField?, PercentSpec)
        case brace(key: String, conversion: Character?, spec: String)
        case dollar(key: String)
    }

    let style: Style
    let source: String
    let pieces: [Piece]
    /// Whether the format mentions `asctime`, so records need a formatted time.
    let usesTime: Bool

    /// `%(message)s`, for formatters whose `__init__` did not run.
    static let messageOnly = LogTemplate(
        style: .percent, source: "%(message)s",
        pieces: [.percent(key: "message", field: .message, PercentSpec())], usesTime: false)

    private init(style: Style, source: String, pieces: [Piece], usesTime: Bool) {
        self.style = style
        self.source = source
        self.pieces = pieces
        self.usesTime = usesTime
    }

    init(_ source: String, style: Style) throws {
        self.style = style
        self.source = source
        switch style {
        case .percent:
            pieces = try LogTemplate.parsePercent(source)
            usesTime = source.contains("%(asctime)")
        case .brace:
            pieces = try LogTemplate.parseBrace(source)
            usesTime = source.contains("{asctime")
        case .dollar:
            pieces = try LogTemplate.parseDollar(source)
            usesTime = source.contains("$asctime") || source.contains("${asctime}")
        }
        let hasField = pieces.contains { if case .literal = $0 { return false } else { return true } }
        if !hasField {
            if style == .percent {
                throw PyError(.valueError, "Invalid format '\(source)' for '%' style")
            }
            throw PyError(.valueError, "invalid format: no fields")
        }
    }

    // MARK: Rendering

    /// Formats `record` (whose `message`, and `asctime` when used, are set).
    /// A missing key raises the ValueError CPython's styles raise.
    func render(_ thread: ThreadState, _ record: LogRecordObject) throws -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let text):
                out += text
            case .percent(let key, let field, let spec):
                if let field, spec.type == "s", let text = record.nativeString(field) {
                    out += spec.padString(text)
                } else {
                    out += try LogRuntime.convert(thread, spec, try lookup(record, key))
                }
            case .brace(let key, let conversion, let spec):
                var value = try lookup(record, key)
                if let conversion {
                    let text = conversion == "s" ? try LogRuntime.str(thread, value)
                        : try LogRuntime.repr(thread, value)
                    value = .str(text)
                }
                out += try LogRuntime.format(thread, value, spec)
            case .dollar(let key):
                out += try LogRuntime.str(thread, try lookup(record, key))
            }
        }
        return out
    }

    private func lookup(_ record: LogRecordObject, _ key: String) throws -> Value {
        guard let value = record.value(forKey: key) else {
            throw PyError(.valueError, "Formatting field not found in record: '\(key)'")
        }
        return value
    }

    // MARK: Parsing

    private static func parsePercent(_ source: String) throws -> [Piece] {
        var scanner = PercentScanner(source)
        var pieces: [Piece] = []
        while let piece = try scanner.next() {
            switch piece {
            case .literal(let text):
                pieces.append(.literal(text))
            case .conversion(let key?, let spec):
                pieces.append(.percent(key: key, field: RecordField(rawValue: key), spec))
            case .conversion(nil, _):
                throw PyError(.valueError, "Invalid format '\(source)' for '%' style")
            }
        }
        return pieces
    }

    private static func parseBrace(_ source: String) throws -> [Piece] {
        let chars = Array(source)
        var pieces: [Piece] = []
        var literal = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if (c == "{" || c == "}") && i + 1 < chars.count && chars[i + 1] == c {
                literal.append(c)
                i += 2
                continue
            }
            if c == "}" { throw PyError(.valueError, "Single '}' encountered in format string") }
            guard c == "{" else {
                literal.append(c)
                i += 1
                continue
            }
            guard let close = chars[i...].firstIndex(of: "}") else {
                throw PyError(.valueError, "expected '}' before end of string")
            }
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
            pieces.append(try braceField(String(chars[(i + 1)..<close])))
            i = close + 1
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    private static func braceField(_ body: String) throws -> Piece {
        var name = body
        var spec = ""
        if let colon = name.firstIndex(of: ":") {
            spec = String(name[name.index(after: colon)...])
            name = String(name[..<colon])
        }
        var conversion: Character?
        if let bang = name.firstIndex(of: "!") {
            let rest = name[name.index(after: bang)...]
            guard rest.count == 1, let c = rest.first, "rsa".contains(c) else {
                throw PyError(.valueError, "invalid conversion: '\(rest)'")
            }
            conversion = c
            name = String(name[..<bang])
        }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw PyError(.valueError, "invalid field name/expression: '\(name)'")
        }
        return .brace(key: name, conversion: conversion, spec: spec)
    }

    private static func parseDollar(_ source: String) throws -> [Piece] {
        let chars = Array(source)
        var pieces: [Piece] = []
        var literal = ""
        var i = 0
        func isNameChar(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "_") }
        while i < chars.count {
            guard chars[i] == "$", i + 1 < chars.count else {
                if chars[i] == "$" { throw PyError(.valueError, "invalid format: bare '$' not allowed") }
                literal.append(chars[i])
                i += 1
                continue
            }
            var j = i + 1
            var name = ""
            if chars[j] == "$" {
                literal.append("$")
                i += 2
                continue
            } else if chars[j] == "{" {
                j += 1
                while j < chars.count && chars[j] != "}" { name.append(chars[j]); j += 1 }
                guard j < chars.count, !name.isEmpty else {
                    throw PyError(.valueError, "invalid format: bare '$' not allowed")
                }
                j += 1
            } else {
                while j < chars.count && isNameChar(chars[j]) { name.append(chars[j]); j += 1 }
                guard !name.isEmpty, !(name.first?.isNumber ?? true) else {
                    throw PyError(.valueError, "invalid format: bare '$' not allowed")
                }
            }
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
            pieces.append(.dollar(key: name))
            i = j
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }
}
