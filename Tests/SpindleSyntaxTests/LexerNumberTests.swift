import XCTest
@testable import SpindleSyntax

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
