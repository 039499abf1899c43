/// Turns source text into tokens, including the INDENT/DEDENT/NEWLINE layout
/// tokens that make Python's indentation-based blocks parseable.
///
/// The whole file is tokenized up front into an array the parser indexes.
/// A lexical error does not throw here: it ends the token array with an
/// `.error` token, so the parser reports whichever error comes first in the
/// source (a parse error on an earlier line wins, as in CPython).
struct Lexer {
    let file: SourceFile
    let scalars: [Unicode.Scalar]
    var pos = 0
    var line = 1
    /// Index in `scalars` where the current physical line starts.
    var lineStart = 0
    var tokens: [Token] = []
    /// Indentation widths with tabs to multiples of 8, and with tabs as 1 column
    /// (comparing both detects ambiguous tab/space mixes, as CPython does).
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    /// Open brackets and where they were opened; inside them layout is ignored.
    var brackets: [(scalar: Unicode.Scalar, line: Int)] = []
    var atLineStart = true
    /// Where the text starts in its enclosing file: (1, 1) for a whole file, the
    /// field's position for an f-string expression parsed on its own.
    let origin: SourceLocation

    init(_ file: SourceFile, origin: SourceLocation = SourceLocation(line: 1, column: 1)) {
        self.file = file
        self.scalars = Array(file.text.unicodeScalars)
        self.origin = origin
    }

    /// Tokenizes a whole file; the tokens always end with `.endOfInput` or `.error`.
    static func tokenize(_ file: SourceFile, origin: SourceLocation = SourceLocation(line: 1, column: 1)) -> TokenList {
        var lexer = Lexer(file, origin: origin)
        do {
            try lexer.run()
            return TokenList(tokens: lexer.tokens, error: nil)
        } catch {
            let failure = error as? SyntaxError
                ?? SyntaxError(.syntax, "\(error)", file: file, at: lexer.here)
            lexer.tokens.append(Token(.error, at: failure.location))
            return TokenList(tokens: lexer.tokens, error: failure)
        }
    }

    // MARK: Position helpers

    var here: SourceLocation { location(of: pos) }

    func location(of index: Int) -> SourceLocation {
        SourceLocation(line: line + origin.line - 1, column: index - lineStart + (line == 1 ? origin.column : 1))
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = pos + offset
        return index < scalars.count ? scalars[index] : nil
    }

    func error(_ message: String, at location: SourceLocation, _ kind: SyntaxError.Kind = .syntax,
               incomplete: Bool = false) -> SyntaxError {
        var error = SyntaxError(kind, message, file: file, at: location)
        error.isIncompleteInput = incomplete
        return error
    }

    /// Consumes a line break (`\n`, `\r\n` or `\r`) at `pos` and starts a new line.
    mutating func consumeLineBreak() {
        if scalars[pos] == "\r", peek(1) == "\n" { pos += 1 }
        pos += 1
        line += 1
        lineStart = pos
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }

    // MARK: Main loop

    mutating func run() throws {
        if peek() == "\u{FEFF}" { pos += 1; lineStart = pos }
        while true {
            if atLineStart {
                atLineStart = false
                if brackets.isEmpty, try handleIndentation() { continue }
            }
            skipWhitespace()
            guard let scalar = peek() else { return finish() }
            switch scalar {
            case "#":
                while let next = peek(), !Lexer.isLineBreak(next) { pos += 1 }
            case "\n", "\r":
                endLogicalLine()
            case "\\":
                try lineContinuation()
            default:
                try scanToken(scalar)
            }
        }
    }

    mutating func skipWhitespace() {
        while let scalar = peek(), scalar == " " || scalar == "\t" || scalar == "\u{0C}" { pos += 1 }
    }

    /// A physical line break: ends the logical line unless inside brackets or on a blank line.
    mutating func endLogicalLine() {
        if brackets.isEmpty, let last = tokens.last, last.kind != .newline {
            tokens.append(Token(.newline, at: here))
        }
        consumeLineBreak()
        atLineStart = true
    }

    /// `\` followed by a line break joins the next physical line onto this one.
    mutating func lineContinuation() throws {
        let backslash = pos
        pos += 1
        guard let next = peek() else {
            throw error("unexpected EOF while parsing", at: location(of: pos), incomplete: true)
        }
        guard Lexer.isLineBreak(next) else {
            throw error("unexpected character after line continuation character", at: location(of: backslash + 1))
        }
        consumeLineBreak()
        if pos >= scalars.count {
            throw error("unexpected EOF while parsing", at: endLocation, incomplete: true)
        }
    }

    /// Emits the closing NEWLINE, the DEDENTs back to column 0 and the end marker.
    mutating func finish() {
        if brackets.isEmpty, let last = tokens.last, last.kind != .newline {
            tokens.append(Token(.newline, at: here))
        }
        if brackets.isEmpty {
            for _ in indents.dropFirst() { tokens.append(Token(.dedent, at: endLocation)) }
        }
        tokens.append(Token(.endOfInput, at: endLocation))
    }

    /// Where CPython reports errors found at the end of input: just past the
    /// text of the file's last line.
    var endLocation: SourceLocation {
        var lines = file.lines
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        let last = lines.last ?? ""
        return SourceLocation(line: max(lines.count, 1), column: last.unicodeScalars.count + 1)
    }

    // MARK: Tokens

    mutating func scanToken(_ scalar: Unicode.Scalar) throws {
        if Lexer.isIdentifierStart(scalar) {
            try scanNameOrPrefixedString()
        } else if scalar == "'" || scalar == "\"" {
            try scanString(prefixLength: 0)
        } else if isDigit(scalar) || (scalar == "." && peek(1).map(isDigit) == true) {
            try scanNumber()
        } else {
            try scanOperator(scalar)
        }
    }

    func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// Identifier characters: ASCII is decided directly, the rest by Unicode's XID properties.
    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
        }
        return scalar.properties.isXIDStart
    }

    static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isIdentifierStart(scalar) || (scalar >= "0" && scalar <= "9") }
        return scalar.properties.isXIDContinue
    }

    mutating func scanNameOrPrefixedString() throws {
        let start = pos
        while let scalar = peek(), Lexer.isIdentifierContinue(scalar) { pos += 1 }
        var name = String(String.UnicodeScalarView(scalars[start..<pos]))
        if let quote = peek(), quote == "'" || quote == "\"", Lexer.isStringPrefix(name) {
            pos = start
            try scanString(prefixLength: name.unicodeScalars.count)
            return
        }
        if !name.unicodeScalars.allSatisfy(\.isASCII) {
            // Python identifiers are compared in NFKC form (`µ` and `μ` are one name).
            name = IdentifierNormalization.nfkc(name)
        }
        let kind: Token.Kind = Token.keywords.contains(name) ? .keyword : .name
        tokens.append(Token(kind, name, at: location(of: start)))
    }

    static let operators3: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
    static let operators2: Set<String> = [
        "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "<>", "->", ":=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
    ]
    static let multiCharacterOperators = [(3, operators3), (2, operators2)]
    static let operators1: Set<Unicode.Scalar> = [
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]",
        "{", "}", ",", ":", ".", ";", "=", "`",
    ]

    func spelling(_ length: Int) -> String? {
        guard pos + length <= scalars.count else { return nil }
        return String(String.UnicodeScalarView(scalars[pos..<pos + length]))
    }

    mutating func scanOperator(_ scalar: Unicode.Scalar) throws {
        let start = here
        for (length, spellings) in Lexer.multiCharacterOperators {
            if let text = spelling(length), spellings.contains(text) {
                pos += length
                tokens.append(Token(.op, text, at: start))
                return
            }
        }
        guard Lexer.operators1.contains(scalar) else { throw invalidCharacter(scalar) }
        try trackBracket(scalar, at: start)
        pos += 1
        tokens.append(Token(.op, String(scalar), at: start))
    }

    func invalidCharacter(_ scalar: Unicode.Scalar) -> SyntaxError {
        if scalar.isASCII { return error("invalid syntax", at: here) }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if Lexer.nonPrintableCategories.contains(scalar.properties.generalCategory) {
            return error("invalid non-printable character U+\(padded)", at: here)
        }
        return error("invalid character '\(scalar)' (U+\(padded))", at: here)
    }

    /// The categories Python's `str.isprintable` rejects (named in error messages by code only).
    static let nonPrintableCategories: Set<Unicode.GeneralCategory> = [
        .control, .format, .surrogate, .privateUse, .unassigned,
        .lineSeparator, .paragraphSeparator, .spaceSeparator,
    ]

    static let closers: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "]": "[", "}": "{"]

    mutating func trackBracket(_ scalar: Unicode.Scalar, at location: SourceLocation) throws {
        if scalar == "(" || scalar == "[" || scalar == "{" {
            if brackets.count >= 200 { throw error("too many nested parentheses", at: location) }
            brackets.append((scalar, line))
        } else if let opener = Lexer.closers[scalar] {
            guard let open = brackets.popLast() else { throw error("unmatched '\(scalar)'", at: location) }
            if open.scalar != opener {
                var message = "closing parenthesis '\(scalar)' does not match opening parenthesis '\(open.scalar)'"
                if open.line != line { message += " on line \(open.line)" }
                throw error(message, at: location)
            }
        }
    }
}
