/// Indentation: turning leading whitespace into INDENT and DEDENT tokens.
extension Lexer {
    /// Measures the indentation at the start of a physical line outside brackets.
    /// Returns true when the line was blank or comment-only and has been skipped.
    mutating func handleIndentation() throws -> Bool {
        var column = 0
        var altColumn = 0
        while let scalar = peek() {
            if scalar == " " {
                column += 1; altColumn += 1
            } else if scalar == "\t" {
                column = (column / 8 + 1) * 8; altColumn += 1
            } else if scalar == "\u{0C}" {
                column = 0; altColumn = 0
            } else {
                break
            }
            pos += 1
        }
        guard let next = peek() else { return false }
        if next == "#" || Lexer.isLineBreak(next) {
            skipBlankLine()
            return true
        }
        try applyIndentation(column: column, altColumn: altColumn)
        return false
    }

    /// Skips the comment and the line break of a line that holds no tokens.
    mutating func skipBlankLine() {
        while let scalar = peek(), !Lexer.isLineBreak(scalar) { pos += 1 }
        if peek() != nil {
            consumeLineBreak()
            atLineStart = true
        }
    }

    /// Compares a line's indentation with the enclosing blocks' and emits layout tokens.
    mutating func applyIndentation(column: Int, altColumn: Int) throws {
        let top = indents[indents.count - 1]
        let altTop = altIndents[altIndents.count - 1]
        if column == top {
            if altColumn != altTop { throw tabError }
        } else if column > top {
            if altColumn <= altTop { throw tabError }
            if indents.count >= Lexer.maximumIndentLevels {
                throw error("too many levels of indentation", at: SourceLocation(line: line, column: 1), .indentation)
            }
            indents.append(column)
            altIndents.append(altColumn)
            tokens.append(Token(.indent, at: SourceLocation(line: line, column: pos - lineStart)))
        } else {
            while column < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                tokens.append(Token(.dedent, at: here))
            }
            if column != indents[indents.count - 1] {
                let lineLength = file.line(line)?.unicodeScalars.count ?? 0
                throw error("unindent does not match any outer indentation level",
                            at: SourceLocation(line: line, column: lineLength + 1), .indentation)
            }
            if altColumn != altIndents[altIndents.count - 1] { throw tabError }
        }
    }

    /// CPython's limit on nested indented blocks.
    static let maximumIndentLevels = 100

    var tabError: SyntaxError {
        var tabError = error("inconsistent use of tabs and spaces in indentation",
                             at: SourceLocation(line: line, column: 1), .tab)
        tabError.showsCaret = false
        return tabError
    }
}
