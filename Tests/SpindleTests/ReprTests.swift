import XCTest
@testable import Spindle

/// `repr` of scalars and containers; expectations printed by CPython 3.9.
final class ReprTests: XCTestCase {
    let py = ValueHarness()

    func testFloatReprTable() throws {
        let table: [(Double, String)] = [
            (0.1, "0.1"), (1e-05, "1e-05"), (1e16, "1e+16"), (1.5e16, "1.5e+16"), (.infinity, "inf"),
            (-.infinity, "-inf"), (.nan, "nan"), (-0.0, "-0.0"), (10.0, "10.0"), (0.0001, "0.0001"),
            (123456789012345678.0, "1.2345678901234568e+17"), (9007199254740992.0, "9007199254740992.0"),
            (1e22, "1e+22"), (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.5, "2.5"), (100.0, "100.0"), (1234.5678, "1234.5678"), (0.30000000000000004, "0.30000000000000004"),
            (1e15, "1000000000000000.0"), (123456789.123456789, "123456789.12345679"), (-1.5e-7, "-1.5e-07"),
        ]
        for (value, expected) in table {
            XCTAssertEqual(try py.repr(.float(value)), expected, "repr(\(value))")
        }
    }

    func testStrRepr() throws {
        XCTAssertEqual(try py.repr("it's"), "\"it's\"")
        XCTAssertEqual(try py.repr("say \"hi\""), "'say \"hi\"'")
        XCTAssertEqual(try py.repr("both ' and \""), "'both \\' and \"'")
        XCTAssertEqual(try py.repr(.str("tab\there\n\u{0}\u{7f}\u{80}é€😀\u{200b}")),
                       "'tab\\there\\n\\x00\\x7f\\x80é€😀\\u200b'")
    }

    func testContainerReprs() throws {
        let inner = try py.dict(("k", py.list(1.5, .None, true)))
        let set = PySet()
        try set.add(py.thread, 1)
        try set.add(py.thread, 2)
        let frozen = PySet(frozen: true)
        try frozen.add(py.thread, 1)
        let value = py.list(1, "a", py.tuple(1), py.tuple(), inner, .object(set), .object(PySet()),
                            .object(frozen), .object(PySet(frozen: true)))
        XCTAssertEqual(try py.repr(value),
                       "[1, 'a', (1,), (), {'k': [1.5, None, True]}, {1, 2}, set(), frozenset({1}), frozenset()]")
    }

    func testRecursiveContainers() throws {
        let l = PyList([1])
        l.append(.object(l))
        XCTAssertEqual(try py.repr(.object(l)), "[1, [...]]")
        let d = PyDict()
        try d.set(py.thread, "a", 1)
        try d.set(py.thread, "self", .object(d))
        XCTAssertEqual(try py.repr(.object(d)), "{'a': 1, 'self': {...}}")
    }

    func testViewsRangesSlicesBytes() throws {
        let empty = try py.dict()
        let one = try py.dict(("a", 1))
        XCTAssertEqual(try py.repr(try py.method(empty, "keys")), "dict_keys([])")
        XCTAssertEqual(try py.repr(try py.method(one, "items")), "dict_items([('a', 1)])")
        XCTAssertEqual(try py.repr(try py.method(one, "values")), "dict_values([1])")
        XCTAssertEqual(try py.repr(try py.call("range", 5)), "range(0, 5)")
        XCTAssertEqual(try py.repr(try py.call("range", 1, 10, 2)), "range(1, 10, 2)")
        XCTAssertEqual(try py.repr(try py.call("slice", 1, .None, 2)), "slice(1, None, 2)")
        XCTAssertEqual(try py.repr(.bytes(Array("a'b".utf8) + [0, 255])), "b\"a'b\\x00\\xff\"")
        XCTAssertEqual(try py.repr(.bytes([34])), "b'\"'")
    }
}
