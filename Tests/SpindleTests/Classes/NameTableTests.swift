import XCTest
@testable import Spindle

/// The name-keyed table behind attribute caches and instance slots.
final class NameTableTests: XCTestCase {
    func testSetGetReplaceRemoveAcrossGrowth() {
        var table = NameTable<Int>()
        XCTAssertNil(table["a"])
        for i in 0..<200 { XCTAssertNil(table.set("name\(i)", i)) }
        XCTAssertEqual(table.count, 200)
        for i in 0..<200 { XCTAssertEqual(table["name\(i)"], i) }
        XCTAssertEqual(table.set("name7", 70), 7)
        XCTAssertEqual(table["name7"], 70)
        XCTAssertEqual(table.remove("name7"), 70)
        XCTAssertNil(table["name7"])
        XCTAssertNil(table.remove("name7"))
        XCTAssertEqual(table.count, 199)
        for i in 0..<200 where i != 7 { XCTAssertEqual(table["name\(i)"], i) }
        table.removeAll()
        XCTAssertTrue(table.isEmpty)
        XCTAssertNil(table["name1"])
    }

    func testLongAndNonASCIINames() {
        var table = NameTable<String>()
        let long = String(repeating: "attribute_", count: 10)
        table.set(long, "long")
        table.set("größe", "umlaut")
        XCTAssertEqual(table[String(repeating: "attribute_", count: 10)], "long")
        XCTAssertEqual(table["größe"], "umlaut")
        XCTAssertNil(table["grosse"])
    }

    func testAttributeTableKeepsInsertionOrderThroughDeletes() {
        var attributes = AttributeTable()
        for name in ["origin", "value", "hops"] { _ = attributes.set(name, .str(name)) }
        _ = attributes.remove("origin")
        _ = attributes.set("origin", .int(1))
        XCTAssertEqual(attributes.items.map { $0.0 }, ["value", "hops", "origin"])
        XCTAssertTrue(attributes["origin"]?.isIdentical(to: .int(1)) ?? false)
    }

    func testShapesAreSharedAlongTheSamePath() {
        let first = Shape.empty.adding("x").adding("y")
        let second = Shape.empty.adding("x").adding("y")
        XCTAssertTrue(first === second)
        XCTAssertFalse(first === Shape.empty.adding("y").adding("x"))
        XCTAssertEqual(first.slot("y"), 1)
        XCTAssertNil(first.slot("z"))
    }

    func testManyAttributesLeaveTheSharedShapes() {
        var attributes = AttributeTable()
        for i in 0..<(Shape.maximumNames + 20) { XCTAssertNil(attributes.set("a\(i)", .int(i))) }
        for i in 0..<(Shape.maximumNames + 20) { XCTAssertTrue(attributes["a\(i)"]?.isIdentical(to: .int(i)) ?? false) }
        XCTAssertTrue(attributes.set("a3", .int(-1))?.isIdentical(to: .int(3)) ?? false)
        XCTAssertEqual(attributes.items.count, Shape.maximumNames + 20)
        XCTAssertEqual(attributes.items.first?.0, "a0")
    }
}
