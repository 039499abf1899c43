/// A lexing or parsing failure, shaped like CPython's `SyntaxError` /
/// `IndentationError` / `TabError` so the runtime can raise the matching
/// Python exception and print the file, line, source text and caret.
public struct SyntaxError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case syntax = "SyntaxError"
        case indentation = "IndentationError"
        case tab = "TabError"
    }

    public var kind: Kind
    public var message: String
    public var fileName: String
    public var location: SourceLocation
    /// The offending source line without its newline, when known.
    public var sourceLine: String?
    /// True when the only problem is that the input ended too early (an open
    /// bracket, a block expected after `:`, an unterminated triple-quoted
    /// string, a trailing backslash): a REPL should read another line.
    public var isIncompleteInput: Bool = false
    /// False when CPython 3.9 prints the source line without a caret (an
    /// unexpected indent).
    public var showsCaret: Bool = true

    public init(_ kind: Kind = .syntax, _ message: String, file: SourceFile, at location: SourceLocation) {
        self.kind = kind
        self.message = message
        self.fileName = file.name
        self.location = location
        self.sourceLine = file.line(location.line)
    }

    /// The CPython 3.9 rendering:
    /// ```
    ///   File "x.py", line 3
    ///     print 'a
    ///            ^
    /// SyntaxError: EOL while scanning string literal
    /// ```
    public var description: String {
        var out = "  File \"\(fileName)\", line \(location.line)\n"
        if let src = sourceLine {
            let stripped = src.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
            let removed = src.unicodeScalars.count - stripped.unicodeScalars.count
            out += "    \(stripped)\n"
            if showsCaret {
                let caret = max(0, location.column - 1 - removed)
                out += "    " + String(repeating: " ", count: caret) + "^\n"
            }
        }
        out += "\(kind.rawValue): \(message)"
        return out
    }
}
