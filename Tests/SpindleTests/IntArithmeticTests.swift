import XCTest
import SpindleSyntax
@testable import Spindle

/// Integer and float arithmetic; expectations printed by CPython 3.9.
final class IntArithmeticTests: XCTestCase {
    let py = ValueHarness()

    func testIntegerOperators() throws {
        let big = py.big
        let cases: [(String, () throws -> Value, String)] = [
            ("2**100", { try self.py.op(.power, 2, 100) }, "1267650600228229401496703205376"),
            ("7//2", { try self.py.op(.floorDivide, 7, 2) }, "3"),
            ("-7//2", { try self.py.op(.floorDivide, -7, 2) }, "-4"),
            ("7%-3", { try self.py.op(.modulo, 7, -3) }, "-2"),
            ("-7%3", { try self.py.op(.modulo, -7, 3) }, "2"),
            ("7/2", { try self.py.op(.divide, 7, 2) }, "3.5"),
            ("2**-1", { try self.py.op(.power, 2, -1) }, "0.5"),
            ("1<<70", { try self.py.op(.leftShift, 1, 70) }, "1180591620717411303424"),
            ("-1>>3", { try self.py.op(.rightShift, -1, 3) }, "-1"),
            ("(-2**70)>>3", { try self.py.op(.rightShift, big("-1180591620717411303424"), 3) }, "-147573952589676412928"),
            ("(2**64)//(-3)", { try self.py.op(.floorDivide, big("18446744073709551616"), -3) }, "-6148914691236517206"),
            ("(2**64)%(-3)", { try self.py.op(.modulo, big("18446744073709551616"), -3) }, "-2"),
            ("(-2**63)//-1", { try self.py.op(.floorDivide, .int(Int.min), -1) }, "9223372036854775808"),
            ("3*2**62", { try self.py.op(.multiply, 3, .int(1 << 62)) }, "13835058055282163712"),
            ("2**63-1+1", { try self.py.op(.add, .int(Int.max), 1) }, "9223372036854775808"),
            ("(2**100)/(2**99)", { try self.py.op(.divide, big("1267650600228229401496703205376"), big("633825300114114700748351602688")) }, "2.0"),
            ("10**20 % 7", { try self.py.op(.modulo, big("100000000000000000000"), 7) }, "2"),
            ("-5 & 3", { try self.py.op(.bitAnd, -5, 3) }, "3"),
            ("(-2**70) & (2**65-1)", { try self.py.op(.bitAnd, big("-1180591620717411303424"), big("36893488147419103231")) }, "0"),
            ("(-2**70) | 5", { try self.py.op(.bitOr, big("-1180591620717411303424"), 5) }, "-1180591620717411303419"),
            ("(-2**70) ^ -1", { try self.py.op(.bitXor, big("-1180591620717411303424"), -1) }, "1180591620717411303423"),
            ("True+1", { try self.py.op(.add, true, 1) }, "2"),
            ("True & False", { try self.py.op(.bitAnd, true, false) }, "False"),
            ("1//0", { try self.py.op(.floorDivide, 1, 0) }, "ZeroDivisionError: integer division or modulo by zero"),
            ("1/0", { try self.py.op(.divide, 1, 0) }, "ZeroDivisionError: division by zero"),
            ("1+'a'", { try self.py.op(.add, 1, "a") }, "TypeError: unsupported operand type(s) for +: 'int' and 'str'"),
            ("(2**64)-(2**64) is small", { try self.py.op(.subtract, big("18446744073709551616"), big("18446744073709551616")) }, "0"),
        ]
        for (source, body, expected) in cases {
            XCTAssertEqual(py.outcome(body), expected, source)
        }
        XCTAssertTrue(try { if case .int = try py.op(.subtract, big("18446744073709551616"), big("18446744073709551615")) { return true }; return false }(),
                      "results that fit are normalised to .int")
    }

    func testFloatOperators() throws {
        let cases: [(String, () throws -> Value, String)] = [
            ("7.5//2", { try self.py.op(.floorDivide, 7.5, 2) }, "3.0"),
            ("-7.5//2", { try self.py.op(.floorDivide, -7.5, 2) }, "-4.0"),
            ("7.5%-2", { try self.py.op(.modulo, 7.5, -2) }, "-0.5"),
            ("0.1+0.2", { try self.py.op(.add, 0.1, 0.2) }, "0.30000000000000004"),
            ("1/3", { try self.py.op(.divide, 1, 3) }, "0.3333333333333333"),
            ("2.0**0.5", { try self.py.op(.power, 2.0, 0.5) }, "1.4142135623730951"),
            ("5 % 3.0", { try self.py.op(.modulo, 5, 3.0) }, "2.0"),
            ("1.0/0", { try self.py.op(.divide, 1.0, 0) }, "ZeroDivisionError: float division by zero"),
            ("0.0**-1", { try self.py.op(.power, 0.0, -1) }, "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        ]
        for (source, body, expected) in cases {
            XCTAssertEqual(py.outcome(body), expected, source)
        }
    }

    func testNumericBuiltins() throws {
        let cases: [(String, () throws -> Value, String)] = [
            ("abs(-2**63)", { try self.py.call("abs", .int(Int.min)) }, "9223372036854775808"),
            ("divmod(-7, 2)", { try self.py.call("divmod", -7, 2) }, "(-4, 1)"),
            ("divmod(7.5, -2)", { try self.py.call("divmod", 7.5, -2) }, "(-4.0, -0.5)"),
            ("round(2.5)", { try self.py.call("round", 2.5) }, "2"),
            ("round(3.5)", { try self.py.call("round", 3.5) }, "4"),
            ("round(2.675, 2)", { try self.py.call("round", 2.675, 2) }, "2.67"),
            ("round(1234, -2)", { try self.py.call("round", 1234, -2) }, "1200"),
            ("round(1250, -2)", { try self.py.call("round", 1250, -2) }, "1200"),
            ("round(-0.5)", { try self.py.call("round", -0.5) }, "0"),
            ("int(3.9)", { try self.py.call("int", 3.9) }, "3"),
            ("int(-3.9)", { try self.py.call("int", -3.9) }, "-3"),
            ("int(1e20)", { try self.py.call("int", 1e20) }, "100000000000000000000"),
            ("int('  12 ')", { try self.py.call("int", "  12 ") }, "12"),
            ("int('ff', 16)", { try self.py.call("int", "ff", 16) }, "255"),
            ("int('0x1F', 0)", { try self.py.call("int", "0x1F", 0) }, "31"),
            ("int('1_000')", { try self.py.call("int", "1_000") }, "1000"),
            ("int('abc')", { try self.py.call("int", "abc") }, "ValueError: invalid literal for int() with base 10: 'abc'"),
            ("float('inf')", { try self.py.call("float", "inf") }, "inf"),
            ("float(' -1.5e3 ')", { try self.py.call("float", " -1.5e3 ") }, "-1500.0"),
            ("float('x')", { try self.py.call("float", "x") }, "ValueError: could not convert string to float: 'x'"),
            ("hex(255)", { try self.py.call("hex", 255) }, "'0xff'"),
            ("hex(-255)", { try self.py.call("hex", -255) }, "'-0xff'"),
            ("oct(8)", { try self.py.call("oct", 8) }, "'0o10'"),
            ("bin(-5)", { try self.py.call("bin", -5) }, "'-0b101'"),
            ("pow(3, 4, 5)", { try self.py.call("pow", 3, 4, 5) }, "1"),
            ("pow(2, -2)", { try self.py.call("pow", 2, -2) }, "0.25"),
            ("hash(-1)", { try self.py.call("hash", -1) }, "-2"),
            ("hash(2**61)", { try self.py.call("hash", .int(1 << 61)) }, "1"),
            ("hash(0.5)", { try self.py.call("hash", 0.5) }, "1152921504606846976"),
            ("hash(-1.5)", { try self.py.call("hash", -1.5) }, "-1152921504606846977"),
            ("hash(1e100)", { try self.py.call("hash", 1e100) }, "1822893315824342674"),
            ("hash(2**100)", { try self.py.call("hash", self.py.big("1267650600228229401496703205376")) }, "549755813888"),
            ("hash(1.0)", { try self.py.call("hash", 1.0) }, "1"),
        ]
        for (source, body, expected) in cases {
            XCTAssertEqual(py.outcome(body), expected, source)
        }
    }
}
