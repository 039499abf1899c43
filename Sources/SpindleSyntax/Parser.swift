/// Spindle's parser: source text in, `Module` (or one `Expr`) out.
///
/// A hand-written recursive-descent parser over the token array from `Lexer`.
/// Each grammar rule of `grammar/spindle.lark` is one method of `ParseSession`
/// whose doc comment quotes the rule. Errors are thrown as `SyntaxError` with
/// CPython 3.9's wording and positions where they are reasonably reproducible.
public enum Parser {
    /// Parses a whole module (`file_input`).
    public static func parse(_ file: SourceFile) throws -> Module {
        var session = ParseSession(file: file)
        return Module(body: try session.fileInput(), file: file)
    }

    /// Parses a single expression list, as `eval()` needs (`eval_input`).
    public static func parseExpression(_ file: SourceFile) throws -> Expr {
        var session = ParseSession(file: file)
        return try session.evalInput()
    }
}

/// The state of one parse: the tokens and the index of the current one.
///
/// The cursor never moves past the final token (`.endOfInput` or `.error`),
/// so `current` is always valid.
struct ParseSession {
    let file: SourceFile
    let tokens: [Token]
    /// Why the lexer stopped early; reported when the parse reaches the `.error` token.
    let lexicalError: SyntaxError?
    var index = 0
    /// How deeply expressions are nested right now, to fail cleanly before the
    /// Swift stack runs out.
    var depth = 0
    static let maximumDepth = 500

    init(file: SourceFile, origin: SourceLocation = SourceLocation(line: 1, column: 1)) {
        self.file = file
        let lexed = Lexer.tokenize(file, origin: origin)
        self.tokens = lexed.tokens
        self.lexicalError = lexed.error
    }

    // MARK: Token cursor

    var current: Token { tokens[index] }

    func peek(_ offset: Int = 1) -> Token {
        tokens[min(index + offset, tokens.count - 1)]
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func check(_ op: String) -> Bool { current.isOp(op) }
    func checkKeyword(_ word: String) -> Bool { current.isKeyword(word) }

    mutating func match(_ op: String) -> Bool {
        guard check(op) else { return false }
        advance()
        return true
    }

    mutating func matchKeyword(_ word: String) -> Bool {
        guard checkKeyword(word) else { return false }
        advance()
        return true
    }

    /// Consumes the operator `op` or fails with "invalid syntax" at the current token.
    @discardableResult
    mutating func expect(_ op: String) throws -> Token {
        guard check(op) else { throw unexpected() }
        return advance()
    }

    @discardableResult
    mutating func expectKeyword(_ word: String) throws -> Token {
        guard checkKeyword(word) else { throw unexpected() }
        return advance()
    }

    mutating func expectName() throws -> Token {
        guard current.kind == .name else { throw unexpected() }
        return advance()
    }

    mutating func expectNewline() throws {
        guard current.kind == .newline else { throw unexpected() }
        advance()
    }

    // MARK: Errors

    /// The error for a token no rule accepts. A lexical error, a premature end of
    /// input and a stray indent each have their own message; anything else is
    /// "invalid syntax".
    func unexpected(_ token: Token? = nil) -> SyntaxError {
        let token = token ?? current
        switch token.kind {
        case .error:
            return lexicalError ?? SyntaxError(.syntax, "invalid syntax", file: file, at: token.location)
        case .endOfInput:
            var error = SyntaxError(.syntax, "unexpected EOF while parsing", file: file, at: token.location)
            error.isIncompleteInput = true
            return error
        case .indent:
            var error = SyntaxError(.indentation, "unexpected indent", file: file, at: token.location)
            error.showsCaret = false
            return error
        default:
            return SyntaxError(.syntax, "invalid syntax", file: file, at: token.location)
        }
    }

    /// A syntax error with a rule-specific message (a bad assignment target, a
    /// misplaced argument, ...).
    func failure(_ message: String, at location: SourceLocation, kind: SyntaxError.Kind = .syntax) -> SyntaxError {
        SyntaxError(kind, message, file: file, at: location)
    }

    /// Goes one nesting level deeper (callers `defer { depth -= 1 }`), failing
    /// when expressions nest too deeply for the parser's recursion.
    mutating func enterNesting() throws {
        guard depth < ParseSession.maximumDepth else {
            throw failure("maximum recursion depth exceeded during compilation", at: current.location)
        }
        depth += 1
    }

    // MARK: Entry rules

    /// `file_input: (_NEWLINE | stmt)*`
    mutating func fileInput() throws -> [Stmt] {
        var body: [Stmt] = []
        while current.kind != .endOfInput {
            if current.kind == .newline {
                advance()
                continue
            }
            body += try statement()
        }
        return body
    }

    /// `eval_input: testlist _NEWLINE*` (leading indentation is ignored)
    mutating func evalInput() throws -> Expr {
        while current.kind == .indent { advance() }
        let expr = try testList()
        while current.kind == .newline || current.kind == .dedent { advance() }
        guard current.kind == .endOfInput else { throw unexpected() }
        return expr
    }
}
