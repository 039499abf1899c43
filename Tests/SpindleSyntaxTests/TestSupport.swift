import XCTest
@testable import SpindleSyntax

/// Shared helpers: lex or parse a snippet and render the result as text.
enum Syntax {
    static func file(_ source: String) -> SourceFile {
        SourceFile(name: "t.py", text: source)
    }

    /// The module's statements as S-expressions.
    static func module(_ source: String) throws -> String {
        SExpression.render(try Parser.parse(file(source)).body)
    }

    /// One expression (parsed as `eval` input) as an S-expression.
    static func expr(_ source: String) throws -> String {
        SExpression.render(try Parser.parseExpression(file(source)))
    }

    /// The tokens of `source`, spelled compactly (layout tokens in capitals).
    static func tokens(_ source: String) -> [String] {
        let lexed = Lexer.tokenize(file(source))
        return lexed.tokens.map { token in
            switch token.kind {
            case .name, .keyword, .op: return token.text
            case .number, .string: return token.literal.map(SExpression.render) ?? "?"
            case .formattedString: return "f" + token.text.debugDescription
            case .newline: return "NL"
            case .indent: return "INDENT"
            case .dedent: return "DEDENT"
            case .endOfInput: return "END"
            case .error: return "ERROR(\(lexed.error?.message ?? ""))"
            }
        }
    }

    /// The value of a single literal token.
    static func literal(_ source: String) -> Constant? {
        Lexer.tokenize(file(source)).tokens.first?.literal
    }

    /// The error parsing `source` raises, or nil when it parses.
    static func error(_ source: String) -> SyntaxError? {
        do {
            _ = try Parser.parse(file(source))
            return nil
        } catch let error as SyntaxError {
            return error
        } catch {
            return nil
        }
    }
}

/// Asserts that `source` fails with the given message at line:column.
func assertSyntaxError(_ source: String, _ message: String, line: Int, column: Int,
                       kind: SyntaxError.Kind = .syntax, incomplete: Bool = false,
                       file: StaticString = #filePath, sourceLine: UInt = #line) {
    guard let error = Syntax.error(source) else {
        return XCTFail("expected \(message) for \(source.debugDescription)", file: file, line: sourceLine)
    }
    XCTAssertEqual(error.message, message, "for \(source.debugDescription)", file: file, line: sourceLine)
    XCTAssertEqual(error.kind, kind, "for \(source.debugDescription)", file: file, line: sourceLine)
    XCTAssertEqual(error.location, SourceLocation(line: line, column: column),
                   "for \(source.debugDescription)", file: file, line: sourceLine)
    XCTAssertEqual(error.isIncompleteInput, incomplete, "incomplete for \(source.debugDescription)",
                   file: file, line: sourceLine)
}

/// Asserts that a module parses to the given S-expression rendering.
func assertParses(_ source: String, _ expected: String,
                  file: StaticString = #filePath, line: UInt = #line) {
    do {
        let rendered = try Syntax.module(source)
        XCTAssertEqual(rendered, expected, file: file, line: line)
    } catch {
        XCTFail("\(source.debugDescription) failed: \(error)", file: file, line: line)
    }
}

/// Asserts that an expression parses to the given S-expression rendering.
func assertExpr(_ source: String, _ expected: String,
                file: StaticString = #filePath, line: UInt = #line) {
    do {
        let rendered = try Syntax.expr(source)
        XCTAssertEqual(rendered, expected, file: file, line: line)
    } catch {
        XCTFail("\(source.debugDescription) failed: \(error)", file: file, line: line)
    }
}
