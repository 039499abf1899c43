/// Walks the body of one f-string, separating literal text from replacement
/// fields (`{expression=!conversion:spec}`) and handing each field's expression
/// text to the parser. Mirrors CPython 3.9's f-string rules and messages.
struct FormattedStringReader {
    /// A malformed f-string; the message is CPython's.
    struct Failure: Error {
        let message: String
    }

    let body: [Unicode.Scalar]
    let isRaw: Bool
    var index = 0
    /// Source position of `body[index]`.
    var line: Int
    var column: Int

    init(body: [Unicode.Scalar], isRaw: Bool, origin: SourceLocation) {
        self.body = body
        self.isRaw = isRaw
        self.line = origin.line
        self.column = origin.column
    }

    var location: SourceLocation { SourceLocation(line: line, column: column) }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < body.count ? body[index + offset] : nil
    }

    mutating func advance() {
        if body[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    /// Literal text and fields up to the end of the body (depth 0) or up to the
    /// `}` that closes a format spec (depth 1).
    mutating func pieces(depth: Int, in session: ParseSession) throws -> [ParseSession.StringPiece] {
        var pieces: [ParseSession.StringPiece] = []
        var literal = String.UnicodeScalarView()
        func flush() throws {
            guard !literal.isEmpty else { return }
            pieces.append(.text(try decode(String(literal))))
            literal.removeAll()
        }
        while let scalar = peek() {
            if scalar == "{" {
                if depth == 0, peek(1) == "{" {
                    literal.append("{"); advance(); advance()
                    continue
                }
                try flush()
                pieces += try field(depth: depth, in: session)
            } else if scalar == "}" {
                if depth > 0 { break }
                guard peek(1) == "}" else { throw Failure(message: "f-string: single '}' is not allowed") }
                literal.append("}"); advance(); advance()
            } else if scalar == "\\", !isRaw, peek(1) == "N", peek(2) == "{" {
                while let next = peek(), next != "}" { literal.append(next); advance() }
                if peek() != nil { literal.append("}"); advance() }
            } else {
                literal.append(scalar)
                advance()
            }
        }
        try flush()
        return pieces
    }

    func decode(_ text: String) throws -> String {
        if isRaw { return text }
        let decoded = Lexer.decodeEscapes(text)
        if let failure = decoded.failure { throw Failure(message: failure) }
        return decoded.text
    }

    /// `{expression[=][!conversion][:spec]}`, lowered to a str-valued expression
    /// (preceded by the field's own text when it is self-documenting: `{x=}`).
    mutating func field(depth: Int, in session: ParseSession) throws -> [ParseSession.StringPiece] {
        if depth >= 2 { throw Failure(message: "f-string: expressions nested too deeply") }
        advance()
        let start = location
        let startIndex = index
        try skipExpression()
        let text = String(String.UnicodeScalarView(body[startIndex..<index]))
        if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" }) {
            throw Failure(message: "f-string: empty expression not allowed")
        }
        var selfDocumentation: String?
        if peek() == "=" {
            advance()
            while let space = peek(), space == " " || space == "\t" || space == "\n" { advance() }
            selfDocumentation = String(String.UnicodeScalarView(body[startIndex..<index]))
        }
        let conversion = try readConversion()
        var spec: Expr?
        if peek() == ":" {
            advance()
            let specPieces = try pieces(depth: depth + 1, in: session)
            spec = ParseSession.joinPieces(specPieces, at: start)
        }
        guard peek() == "}" else { throw Failure(message: "f-string: expecting '}'") }
        advance()
        let value = try session.fieldExpression(text, at: start)
        let defaultConversion: Unicode.Scalar? = spec == nil && selfDocumentation != nil ? "r" : nil
        let lowered = FormattedStringReader.lower(value, conversion: conversion ?? defaultConversion, spec: spec)
        guard let selfDocumentation else { return [.value(lowered)] }
        return [.text(selfDocumentation), .value(lowered)]
    }

    /// `!s`, `!r` or `!a`, when present.
    mutating func readConversion() throws -> Unicode.Scalar? {
        guard peek() == "!" else { return nil }
        advance()
        guard let letter = peek(), letter == "s" || letter == "r" || letter == "a" else {
            throw Failure(message: "f-string: invalid conversion character: expected 's', 'r', or 'a'")
        }
        advance()
        return letter
    }

    static func lower(_ value: Expr, conversion: Unicode.Scalar?, spec: Expr?) -> Expr {
        let location = value.location
        var converted = value
        switch conversion {
        case "r": converted = ParseSession.builtinCall("repr", [value], at: location)
        case "a": converted = ParseSession.builtinCall("ascii", [value], at: location)
        case "s": converted = ParseSession.builtinCall("str", [value], at: location)
        default: break
        }
        if let spec { return ParseSession.builtinCall("format", [converted, spec], at: location) }
        return conversion == nil ? ParseSession.builtinCall("str", [value], at: location) : converted
    }

    /// Moves past an expression's text: to the first `}`, `!`, `:` or `=` outside
    /// brackets and string literals that is not part of an operator.
    mutating func skipExpression() throws {
        var brackets: [Unicode.Scalar] = []
        while let scalar = peek() {
            switch scalar {
            case "\\":
                throw Failure(message: "f-string expression part cannot include a backslash")
            case "#":
                throw Failure(message: "f-string expression part cannot include '#'")
            case "'", "\"":
                try skipQuoted(scalar)
                continue
            case "(", "[", "{":
                brackets.append(scalar)
            case ")", "]", "}":
                if brackets.isEmpty {
                    if scalar == "}" { return }
                    throw Failure(message: "f-string: unmatched '\(scalar)'")
                }
                brackets.removeLast()
            case "!" where brackets.isEmpty && peek(1) != "=":
                return
            case ":" where brackets.isEmpty:
                return
            case "=" where brackets.isEmpty && isSelfDocumentingEquals():
                return
            default:
                break
            }
            advance()
        }
        throw Failure(message: "f-string: expecting '}'")
    }

    /// An `=` that is not part of `==`, `!=`, `<=`, `>=`.
    func isSelfDocumentingEquals() -> Bool {
        if peek(1) == "=" { return false }
        guard index > 0 else { return true }
        return !["=", "!", "<", ">"].contains(body[index - 1])
    }

    /// Skips a string literal inside a field's expression (single or triple quoted).
    mutating func skipQuoted(_ quote: Unicode.Scalar) throws {
        let triple = peek(1) == quote && peek(2) == quote
        let quoteLength = triple ? 3 : 1
        for _ in 0..<quoteLength { advance() }
        while let scalar = peek() {
            if scalar == quote, !triple || (peek(1) == quote && peek(2) == quote) {
                for _ in 0..<quoteLength { advance() }
                return
            }
            advance()
        }
        throw Failure(message: "f-string: unterminated string")
    }
}
