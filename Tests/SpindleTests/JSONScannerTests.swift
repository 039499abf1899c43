import XCTest
@testable import Spindle

/// json.loads' scanner: values and CPython 3.9's error messages.
final class JSONScannerTests: XCTestCase {
    func testValues() throws {
        let node = try JSONScanner.parse(#"["\ud83d\ude00", 1e5, -0, 12345678901234567890123, 1.5E-3, {"a": [true, null]}]"#)
        XCTAssertEqual(node, .array([.string("😀"), .float(100000), .integer("-0"),
                                     .integer("12345678901234567890123"), .float(0.0015),
                                     .object([("a", .array([.bool(true), .null]))])]))
    }

    func testErrorMessagesMatchCPython() {
        let cases: [(String, String)] = [
            ("", "Expecting value: line 1 column 1 (char 0)"),
            ("[1,]", "Expecting value: line 1 column 4 (char 3)"),
            (#"{"a":1,}"#, "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"),
            (#"{"a" 1}"#, "Expecting ':' delimiter: line 1 column 6 (char 5)"),
            ("[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)"),
            (#""abc"#, "Unterminated string starting at: line 1 column 1 (char 0)"),
            ("[1]x", "Extra data: line 1 column 4 (char 3)"),
            ("\n\n  [tru]", "Expecting value: line 3 column 4 (char 5)"),
            (#""\q""#, "Invalid \\escape: line 1 column 2 (char 1)"),
            (#""\u12g4""#, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"),
            ("\"a\tb\"", "Invalid control character at: line 1 column 3 (char 2)"),
        ]
        for (source, expected) in cases {
            XCTAssertThrowsError(try JSONScanner.parse(source), source) { error in
                XCTAssertEqual((error as? JSONScanner.Failure)?.text, expected)
            }
        }
    }
}
