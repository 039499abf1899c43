import XCTest
@testable import Spindle

/// The deque's ring buffer across wrap-around and growth.
final class RingTests: XCTestCase {
    func testBothEndsAndGrowth() {
        var ring = Ring<Int>()
        for i in 0..<20 { ring.pushBack(i) }
        for i in 1...5 { ring.pushFront(-i) }
        XCTAssertEqual(ring.count, 25)
        XCTAssertEqual(ring[0], -5)
        XCTAssertEqual(ring[24], 19)
        XCTAssertEqual(ring.popFront(), -5)
        XCTAssertEqual(ring.popBack(), 19)
        XCTAssertEqual(ring.elements, Array(-4...18))
        while ring.popFront() != nil {}
        XCTAssertTrue(ring.isEmpty)
        XCTAssertNil(ring.popBack())
    }
}
