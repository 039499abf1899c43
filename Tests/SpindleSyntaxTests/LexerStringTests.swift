import XCTest
@testable import SpindleSyntax

final class LexerStringTests: XCTestCase {
    func testQuotes() {
        XCTAssertEqual(Syntax.literal("'a\"b'"), .string("a\"b"))
        XCTAssertEqual(Syntax.literal("\"a'b\""), .string("a'b"))
        XCTAssertEqual(Syntax.literal("'''a\n'b'\n'''"), .string("a\n'b'\n"))
        XCTAssertEqual(Syntax.literal("\"\"\"x\"\"y\"\"\""), .string("x\"\"y"))
        XCTAssertEqual(Syntax.literal("''"), .string(""))
    }

    func testEscapes() {
        XCTAssertEqual(Syntax.literal(#"'\a\b\f\v\0\101\x41\u00e9\U0001F600'"#), .string("\u{07}\u{08}\u{0C}\u{0B}\0AAé😀"))
        XCTAssertEqual(Syntax.literal(#"'\n\t\r\\\'\"'"#), .string("\n\t\r\\'\""))
        XCTAssertEqual(Syntax.literal(#"'\777'"#), .string("\u{1FF}"))
        XCTAssertEqual(Syntax.literal(#"'\q'"#), .string("\\q"))
        XCTAssertEqual(Syntax.literal("'a\\\nb'"), .string("ab"))
    }

    func testRawStrings() {
        XCTAssertEqual(Syntax.literal(#"r'\n\''"#), .string(#"\n\'"#))
        XCTAssertEqual(Syntax.literal(#"R"\d+""#), .string(#"\d+"#))
        XCTAssertEqual(Syntax.literal(#"Ur'\n'"#), .string(#"\n"#))
    }

    func testBytes() {
        XCTAssertEqual(Syntax.literal(#"b'\777\x41\u1234'"#), .bytes([0xFF, 0x41] + Array(#"\u1234"#.utf8)))
        XCTAssertEqual(Syntax.literal(#"rb'\n'"#), .bytes([0x5C, 0x6E]))
        XCTAssertEqual(Syntax.literal(#"Br'\n'"#), .bytes([0x5C, 0x6E]))
        XCTAssertEqual(Syntax.literal("B'ab'"), .bytes([0x61, 0x62]))
    }

    func testUnicodePrefix() {
        XCTAssertEqual(Syntax.literal("u'\\u00e9'"), .string("é"))
        XCTAssertEqual(Syntax.tokens("ux'a'"), ["ux", "\"a\"", "NL", "END"])
    }

    func testTripleQuotedKeepsLineCount() {
        let tokens = Lexer.tokenize(Syntax.file("x = '''a\nb'''\ny")).tokens
        XCTAssertEqual(tokens.first { $0.text == "y" }?.location, SourceLocation(line: 3, column: 1))
    }
}

/// `\N{...}` escapes; expected characters and messages from CPython 3.9.
final class NamedEscapeTests: XCTestCase {
    func testNamedCharacters() {
        XCTAssertEqual(Syntax.literal(#"'\N{BULLET}\N{bullet}'"#), .string("••"))
        XCTAssertEqual(Syntax.literal(#"'\N{LATIN SMALL LETTER E WITH ACUTE}'"#), .string("é"))
        XCTAssertEqual(Syntax.literal(#"'\N{LINE FEED}\N{LF}\N{ESC}'"#), .string("\n\n\u{1B}"))
        XCTAssertEqual(Syntax.literal(#"'\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}'"#), .string("一각"))
        XCTAssertEqual(Syntax.literal(#"'\N{GRINNING FACE}'"#), .string("😀"))
        XCTAssertEqual(Syntax.literal(#"b'\N{x}'"#), .bytes(Array(#"\N{x}"#.utf8)))
        XCTAssertEqual(Syntax.literal(#"r'\N{BULLET}'"#), .string(#"\N{BULLET}"#))
    }

    func testNamedCharacterInFormattedString() {
        assertExpr(#"f'\N{BULLET} {x}'"#, "(+ \"• \" (call str x))")
    }

    func testNamedCharacterErrors() {
        assertSyntaxError("x = \"\\N{NO SUCH NAME}\"\n", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                          + "position 0-15: unknown Unicode character name", line: 1, column: 23)
        assertSyntaxError("x = \"\\N{BULLET\"\n", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                          + "position 0-8: malformed \\N character escape", line: 1, column: 16)
    }
}
