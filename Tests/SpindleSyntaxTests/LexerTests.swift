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

final class LexerNumberTests: XCTestCase {
    func testIntegers() {
        XCTAssertEqual(Syntax.literal("42"), .int(42))
        XCTAssertEqual(Syntax.literal("0"), .int(0))
        XCTAssertEqual(Syntax.literal("000"), .int(0))
        XCTAssertEqual(Syntax.literal("1_000"), .int(1000))
        XCTAssertEqual(Syntax.literal("0x_ff"), .int(255))
        XCTAssertEqual(Syntax.literal("0XFF"), .int(255))
        XCTAssertEqual(Syntax.literal("0o17"), .int(15))
        XCTAssertEqual(Syntax.literal("0b101"), .int(5))
    }

    func testPython2Forms() {
        XCTAssertEqual(Syntax.literal("0777"), .int(511))
        XCTAssertEqual(Syntax.literal("10L"), .int(10))
        XCTAssertEqual(Syntax.literal("0xffL"), .int(255))
        XCTAssertEqual(Syntax.literal("01777777777777777777777777"), .bigInt("9444732965739290427391"))
    }

    func testFloats() {
        XCTAssertEqual(Syntax.literal("1e3"), .float(1000))
        XCTAssertEqual(Syntax.literal(".5"), .float(0.5))
        XCTAssertEqual(Syntax.literal("5."), .float(5))
        XCTAssertEqual(Syntax.literal("1_0.5e-2"), .float(0.105))
        XCTAssertEqual(Syntax.literal("2E+2"), .float(200))
        XCTAssertEqual(Syntax.literal("09.5"), .float(9.5))
        XCTAssertEqual(Syntax.literal("1e400"), .float(.infinity))
    }

    func testBigIntegers() {
        XCTAssertEqual(Syntax.literal("9223372036854775807"), .int(Int.max))
        XCTAssertEqual(Syntax.literal("18446744073709551616"), .bigInt("18446744073709551616"))
        XCTAssertEqual(Syntax.literal("0xFFFFFFFFFFFFFFFFFFFF"), .bigInt("1208925819614629174706175"))
        XCTAssertEqual(Syntax.literal("0b" + String(repeating: "1", count: 64)), .bigInt("18446744073709551615"))
    }

    func testNumberFollowedByName() {
        XCTAssertEqual(Syntax.tokens("1if x else 2"), ["1", "if", "x", "else", "2", "NL", "END"])
        XCTAssertEqual(Syntax.tokens("1.real"), ["1.0", "real", "NL", "END"])
        XCTAssertEqual(Syntax.tokens("1 .real"), ["1", ".", "real", "NL", "END"])
    }
}

final class DecimalDigitsTests: XCTestCase {
    func testConvertsRadixDigitsToDecimalText() {
        XCTAssertEqual(DecimalDigits.convert([1, 0, 0], radix: 16), "256")
        XCTAssertEqual(DecimalDigits.convert([0, 0], radix: 8), "0")
        XCTAssertEqual(DecimalDigits.convert(Array(repeating: 1, count: 70), radix: 2), "1180591620717411303423")
        XCTAssertEqual(DecimalDigits.convert([1] + Array(repeating: 0, count: 30), radix: 10),
                       "1" + String(repeating: "0", count: 30))
    }
}

final class IdentifierNormalizationTests: XCTestCase {
    func testIdentifiersAreNFKCNormalized() {
        XCTAssertEqual(Syntax.tokens("\u{B5} = ﬁ"), ["\u{3BC}", "=", "fi", "NL", "END"])
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
