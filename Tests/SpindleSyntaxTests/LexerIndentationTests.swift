import XCTest
@testable import SpindleSyntax

final class LexerIndentationTests: XCTestCase {
    func testIndentAndDedent() {
        XCTAssertEqual(Syntax.tokens("if x:\n    y\nz\n"),
                       ["if", "x", ":", "NL", "INDENT", "y", "NL", "DEDENT", "z", "NL", "END"])
    }

    func testNestedDedentsAtEndOfInput() {
        XCTAssertEqual(Syntax.tokens("a:\n b:\n  c"),
                       ["a", ":", "NL", "INDENT", "b", ":", "NL", "INDENT", "c", "NL", "DEDENT", "DEDENT", "END"])
    }

    func testTabsCountToMultiplesOfEight() {
        XCTAssertEqual(Syntax.tokens("if x:\n\ty\n\tz\n"),
                       ["if", "x", ":", "NL", "INDENT", "y", "NL", "z", "NL", "DEDENT", "END"])
        XCTAssertEqual(Syntax.tokens("if x:\n\t y\n\t z\n").filter { $0 == "INDENT" }.count, 1)
    }

    func testBlankAndCommentLinesIgnoreIndentation() {
        XCTAssertEqual(Syntax.tokens("if x:\n  y\n\n        # deep comment\n   \n  z\n"),
                       ["if", "x", ":", "NL", "INDENT", "y", "NL", "z", "NL", "DEDENT", "END"])
    }

    func testBracketsJoinLinesAndIgnoreIndentation() {
        XCTAssertEqual(Syntax.tokens("x = (1,\n        2)\ny\n"),
                       ["x", "=", "(", "1", ",", "2", ")", "NL", "y", "NL", "END"])
    }

    func testBackslashContinuation() {
        XCTAssertEqual(Syntax.tokens("x = 1 + \\\n      2\n"), ["x", "=", "1", "+", "2", "NL", "END"])
    }

    func testCarriageReturnLineFeed() {
        XCTAssertEqual(Syntax.tokens("if x:\r\n  y\r\n"),
                       ["if", "x", ":", "NL", "INDENT", "y", "NL", "DEDENT", "END"])
    }

    func testFormFeedResetsIndentation() {
        XCTAssertEqual(Syntax.tokens("\u{0C}x = 1\n"), ["x", "=", "1", "NL", "END"])
    }

    func testComments() {
        XCTAssertEqual(Syntax.tokens("x = 1  # one\n# two\n"), ["x", "=", "1", "NL", "END"])
    }

    func testColumnsCountUnicodeScalars() {
        let tokens = Lexer.tokenize(Syntax.file("s = 'é😀' + x")).tokens
        XCTAssertEqual(tokens.map(\.location.column).prefix(5), [1, 3, 5, 10, 12])
    }

    func testOperatorsLongestMatch() {
        XCTAssertEqual(Syntax.tokens("a **= b //= c >>= d <<= e -> ... <> != ** //"),
                       ["a", "**=", "b", "//=", "c", ">>=", "d", "<<=", "e", "->", "...", "<>", "!=", "**", "//",
                        "NL", "END"])
    }

    func testKeywordsAndPrintName() {
        let tokens = Lexer.tokenize(Syntax.file("print lambda printer")).tokens
        XCTAssertEqual(tokens.prefix(3).map(\.kind), [.name, .keyword, .name])
    }

    func testUnicodeIdentifiers() {
        XCTAssertEqual(Syntax.tokens("café = _x1"), ["café", "=", "_x1", "NL", "END"])
    }
}

final class IdentifierNormalizationTests: XCTestCase {
    func testIdentifiersAreNFKCNormalized() {
        XCTAssertEqual(Syntax.tokens("\u{B5} = ﬁ"), ["\u{3BC}", "=", "fi", "NL", "END"])
    }
}
