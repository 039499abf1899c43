/// f-strings, lowered to the expressions they stand for: `f"a{x!r:>{w}}b"`
/// becomes `"a" + format(repr(x), ">" + str(w)) + "b"`.
///
/// A replacement field without a format spec becomes `str(x)` (or `repr(x)` /
/// `ascii(x)` for `!r` / `!a`, and for the self-documenting `{x=}`); one with a
/// spec becomes `format(x, spec)`. The lowering names the builtins, so a program
/// that rebinds `str`, `repr`, `ascii` or `format` changes what its f-strings do.
extension ParseSession {
    /// One piece of a string being assembled: literal text or a str-valued expression.
    enum StringPiece {
        case text(String)
        case value(Expr)
    }

    /// Splits an f-string token into pieces. `errorLocation` is where structural
    /// errors are reported (just after the literal, as CPython 3.9 does).
    func formattedStringPieces(_ token: Token, errorLocation: SourceLocation) throws -> [StringPiece] {
        guard case .formattedString(let isRaw, let bodyOffset) = token.kind else { return [] }
        var reader = FormattedStringReader(
            body: Array(token.text.unicodeScalars), isRaw: isRaw,
            origin: SourceLocation(line: token.location.line, column: token.location.column + bodyOffset))
        do {
            return try reader.pieces(depth: 0, in: self)
        } catch let failure as FormattedStringReader.Failure {
            throw self.failure(failure.message, at: errorLocation)
        }
    }

    /// Parses the text of one replacement field's expression, as CPython does:
    /// wrapped in parentheses, with locations in the enclosing file.
    func fieldExpression(_ text: String, at origin: SourceLocation) throws -> Expr {
        let fragment = SourceFile(name: file.name, text: "(" + text + ")")
        var session = ParseSession(file: fragment, origin: SourceLocation(line: origin.line, column: origin.column - 1))
        do {
            let expr = try session.parenthesized()
            while session.current.kind == .newline { session.advance() }
            guard session.current.kind == .endOfInput else { throw session.unexpected() }
            return expr
        } catch let error as SyntaxError {
            throw failure("f-string: " + error.message, at: error.location)
        }
    }

    /// The string expression for assembled pieces: a constant, one value, or a `+` chain.
    static func joinPieces(_ pieces: [StringPiece], at location: SourceLocation) -> Expr {
        var merged: [StringPiece] = []
        for piece in pieces {
            if case .text(let next) = piece, case .text(let previous)? = merged.last {
                merged[merged.count - 1] = .text(previous + next)
            } else {
                merged.append(piece)
            }
        }
        let operands = merged.map { piece -> Expr in
            switch piece {
            case .text(let text): return Expr(.constant(.string(text)), at: location)
            case .value(let expr): return expr
            }
        }
        guard var result = operands.first else { return Expr(.constant(.string("")), at: location) }
        for operand in operands.dropFirst() {
            result = Expr(.binary(.add, result, operand), at: location)
        }
        return result
    }

    /// `name(arguments…)` for a builtin the lowering calls.
    static func builtinCall(_ name: String, _ arguments: [Expr], at location: SourceLocation) -> Expr {
        Expr(.call(Expr(.name(name), at: location), arguments.map { .positional($0) }), at: location)
    }
}
