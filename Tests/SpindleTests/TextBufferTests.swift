import XCTest
@testable import Spindle

/// The StringIO buffer's file semantics.
final class TextBufferTests: XCTestCase {
    func testWriteReadAndOverwrite() {
        var buffer = TextBuffer()
        XCTAssertEqual(buffer.write("hello\nwörld\n"), 12)
        buffer.position = 0
        XCTAssertEqual(buffer.readLine(), "hello\n")
        XCTAssertEqual(buffer.read(3), "wör")
        XCTAssertEqual(buffer.read(nil), "ld\n")
        XCTAssertEqual(buffer.readLine(), "")
        buffer.position = 1
        _ = buffer.write("EL")
        XCTAssertEqual(buffer.value, "hELlo\nwörld\n")
    }

    func testWritePastEndPadsWithNul() {
        var buffer = TextBuffer("ab")
        buffer.position = 4
        _ = buffer.write("c")
        XCTAssertEqual(buffer.value, "ab\0\0c")
        XCTAssertEqual(buffer.truncate(1), 1)
        XCTAssertEqual(buffer.value, "a")
    }
}
