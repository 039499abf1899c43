import XCTest
@testable import Spindle

/// Python subclasses of `dict`, `list` and exceptions keep the native layout.
final class NativeSubclassTests: ClassModelTestCase {
    func testListSubclassIsARealListWithAttributes() throws {
        let total = method("total") { _, args in
            let list = try XCTUnwrap(args.positional[0].asObject as? PyList)
            return .int(list.elements.reduce(0) { sum, v in if case .int(let n) = v { return sum + n }; return sum })
        }
        let cls = try makeClass("L", [.list], [("total", total)])
        let made = try thread.call(.object(cls), Arguments([.list([.int(1), .int(2)])]))
        let list = try XCTUnwrap(made.asObject as? PyList)
        XCTAssertTrue(made.pyType === cls)
        XCTAssertEqual(list.count, 2)
        list.append(.int(4))
        XCTAssertTrue(try thread.call(thread.getAttribute(made, "total"), Arguments()).isIdentical(to: .int(7)))
        try thread.setAttribute(made, "tag", .str("t"))
        XCTAssertEqual(try thread.getAttribute(made, "tag").asString, "t")
        XCTAssertEqual(try thread.repr(made), "[1, 2, 4]")
        XCTAssertTrue(try callBuiltin("isinstance", made, .object(PyType.list)).isIdentical(to: .bool(true)))
    }

    func testDictSubclassInitGoesThroughDictInit() throws {
        let initializer = method("__init__") { thread, args in
            let base = try thread.getAttribute(.object(PyType.dict), "__init__")
            _ = try thread.call(base, Arguments(args.positional, keywords: args.keywords))
            try thread.setAttribute(args.positional[0], "ready", .bool(true))
            return .None
        }
        let cls = try makeClass("D", [.dict], [("__init__", initializer)])
        let made = try thread.call(.object(cls), Arguments([], keywords: [("a", .int(1))]))
        let dict = try XCTUnwrap(made.asObject as? PyDict)
        XCTAssertTrue(try dict.get(thread, .str("a"))?.isIdentical(to: .int(1)) ?? false)
        XCTAssertTrue(try thread.getAttribute(made, "ready").isIdentical(to: .bool(true)))
        assertRaises(.typeError, "dict expected at most 1 argument, got 2") {
            try self.thread.call(.object(cls), Arguments([.int(1), .int(2)]))
        }
    }

    func testPlainConstructorsAreUnchanged() throws {
        let list = try thread.call(.object(PyType.list), Arguments([.list([.int(1)])]))
        XCTAssertTrue(list.pyType === PyType.list)
        XCTAssertEqual(try thread.repr(list), "[1]")
        let dict = try thread.call(.object(PyType.dict), Arguments([], keywords: [("k", .int(2))]))
        XCTAssertEqual(try thread.repr(dict), "{'k': 2}")
    }

    func testIncompatibleNativeBasesConflict() {
        assertRaises(.typeError, "multiple bases have instance lay-out conflict") {
            try self.makeClass("C", [.valueError, .dict])
        }
        assertRaises(.typeError, "type 'int' is not an acceptable base type") {
            try self.makeClass("C", [.int])
        }
    }
}
