/// One lexical unit of Spindle source, produced by `Lexer` and consumed by `Parser`.
///
/// Names that are reserved words arrive as `.keyword`; `print` is not one (the
/// parser decides from context whether it starts a Python 2 print statement).
struct Token: Sendable {
    /// What sort of token this is; names and operators keep their spelling in `text`.
    enum Kind: Equatable, Sendable {
        case name
        case keyword
        /// An integer or float literal; the value is in `literal`.
        case number
        /// One string or bytes literal (before adjacent-literal concatenation).
        case string
        /// An f-string: `text` is its body as written (the parser splits it into
        /// literal text and replacement fields); `bodyOffset` is the number of
        /// scalars of prefix and opening quotes before the body.
        case formattedString(isRaw: Bool, bodyOffset: Int)
        /// An operator or delimiter; its spelling is in `text`.
        case op
        case newline
        case indent
        case dedent
        case endOfInput
        /// The lexer stopped here (`TokenList.error` holds the reason). Always the last token.
        case error
    }

    var kind: Kind
    /// The spelling of a name, keyword or operator (empty for layout tokens).
    var text: String
    var location: SourceLocation
    /// The value of a number or string token.
    var literal: Constant?

    init(_ kind: Kind, _ text: String = "", at location: SourceLocation, literal: Constant? = nil) {
        self.kind = kind
        self.text = text
        self.location = location
        self.literal = literal
    }

    func isOp(_ spelling: String) -> Bool { kind == .op && text == spelling }

    /// A string, bytes or f-string literal.
    var isStringLiteral: Bool {
        switch kind {
        case .string, .formattedString: return true
        default: return false
        }
    }
    func isKeyword(_ word: String) -> Bool { kind == .keyword && text == word }

    /// Python 3.9's reserved words that Spindle's grammar uses.
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
        "raise", "return", "try", "while", "with", "yield",
    ]
}

/// The lexer's output: the tokens, and the error that ended them early, if any
/// (kept apart from `Token` so tokens stay small).
struct TokenList: Sendable {
    var tokens: [Token]
    var error: SyntaxError?
}
