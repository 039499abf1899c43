import XCTest
@testable import Spindle

/// `BaseException` and its subclasses: args, str/repr, fields, chaining.
final class ExceptionBehaviourTests: ClassModelTestCase {
    func make(_ type: PyType, _ args: Value..., keywords: [(name: String, value: Value)] = []) throws -> Value {
        try thread.call(.object(type), Arguments(args, keywords: keywords))
    }

    func str(_ value: Value) throws -> String { try thread.str(value) }
    func repr(_ value: Value) throws -> String { try thread.repr(value) }

    func testArgsStrAndRepr() throws {
        XCTAssertEqual(try str(make(.valueError)), "")
        XCTAssertEqual(try str(make(.valueError, .int(1))), "1")
        XCTAssertEqual(try str(make(.valueError, .int(1), .str("a"))), "(1, 'a')")
        XCTAssertEqual(try repr(make(.valueError)), "ValueError()")
        XCTAssertEqual(try repr(make(.valueError, .str("x"))), "ValueError('x')")
        XCTAssertEqual(try repr(make(.valueError, .int(1), .str("a"))), "ValueError(1, 'a')")
        XCTAssertEqual(try repr(thread.getAttribute(make(.valueError, .int(1)), "args")), "(1,)")
        assertRaises(.typeError, "ValueError() takes no keyword arguments") {
            try self.make(.valueError, keywords: [("x", .int(1))])
        }
    }

    func testKeyErrorUsesReprOfKey() throws {
        XCTAssertEqual(try str(make(.keyError, .str("k"))), "'k'")
        XCTAssertEqual(try str(make(.keyError)), "")
        XCTAssertEqual(try str(make(.keyError, .int(1), .int(2))), "(1, 2)")
    }

    func testSystemExitAndStopIterationFields() throws {
        XCTAssertTrue(try thread.getAttribute(make(.systemExit), "code").isNone)
        XCTAssertTrue(try thread.getAttribute(make(.systemExit, .int(3)), "code").isIdentical(to: .int(3)))
        XCTAssertEqual(try repr(thread.getAttribute(make(.systemExit, .int(3), .int(4)), "code")), "(3, 4)")
        XCTAssertTrue(try thread.getAttribute(make(.stopIteration), "value").isNone)
        XCTAssertTrue(try thread.getAttribute(make(.stopIteration, .int(5), .int(6)), "value").isIdentical(to: .int(5)))
    }

    func testFieldsOfNativelyRaisedExceptions() throws {
        let stop = Value.object(PyError(.stopIteration, args: [.int(7)]).exception)
        XCTAssertTrue(try thread.getAttribute(stop, "value").isIdentical(to: .int(7)))
        let exit = Value.object(PyError(.systemExit, args: [.int(2)]).exception)
        XCTAssertTrue(try thread.getAttribute(exit, "code").isIdentical(to: .int(2)))
        let missing = Value.object(PyError(.fileNotFoundError, args: [.int(2), .str("No such file"), .str("f")]).exception)
        XCTAssertTrue(try thread.getAttribute(missing, "errno").isIdentical(to: .int(2)))
        XCTAssertEqual(try str(missing), "[Errno 2] No such file: 'f'")
        let module = Value.object(PyError(.moduleNotFoundError, "No module named 'x'").exception)
        XCTAssertEqual(try thread.getAttribute(module, "msg").asString, "No module named 'x'")
    }

    func testOSErrorFieldsAndSubclassSelection() throws {
        let error = try make(.osError, .int(2), .str("No such file"), .str("x"))
        XCTAssertTrue(error.pyType === PyType.fileNotFoundError)
        XCTAssertEqual(try str(error), "[Errno 2] No such file: 'x'")
        XCTAssertEqual(try repr(error), "FileNotFoundError(2, 'No such file')")
        XCTAssertTrue(try thread.getAttribute(error, "errno").isIdentical(to: .int(2)))
        XCTAssertEqual(try str(make(.osError, .str("a"))), "a")
        XCTAssertTrue(try thread.getAttribute(make(.osError, .str("a")), "errno").isNone)
        XCTAssertEqual(try str(make(.osError, .int(2), .str("x"), .str("f"), .int(4), .str("g"))), "[Errno 2] x: 'f' -> 'g'")
    }

    func testImportErrorKeywords() throws {
        let error = try make(.importError, .str("m"), keywords: [("name", .str("x"))])
        XCTAssertEqual(try thread.getAttribute(error, "name").asString, "x")
        XCTAssertEqual(try str(error), "m")
        assertRaises(.typeError, "'foo' is an invalid keyword argument for ImportError()") {
            try self.make(.importError, .str("m"), keywords: [("foo", .int(1))])
        }
    }

    func testChainingAttributes() throws {
        let error = try make(.valueError)
        XCTAssertTrue(try thread.getAttribute(error, "__cause__").isNone)
        XCTAssertTrue(try thread.getAttribute(error, "__context__").isNone)
        XCTAssertTrue(try thread.getAttribute(error, "__traceback__").isNone)
        XCTAssertTrue(try thread.getAttribute(error, "__suppress_context__").isIdentical(to: .bool(false)))
        let cause = try make(.keyError)
        try thread.setAttribute(error, "__cause__", cause)
        XCTAssertTrue(try thread.getAttribute(error, "__cause__").isIdentical(to: cause))
        XCTAssertTrue(try thread.getAttribute(error, "__suppress_context__").isIdentical(to: .bool(true)))
        assertRaises(.typeError, "exception cause must be None or derive from BaseException") {
            try self.thread.setAttribute(error, "__cause__", .int(1))
        }
        let same = try thread.call(thread.getAttribute(error, "with_traceback"), Arguments([.None]))
        XCTAssertTrue(same.isIdentical(to: error))
    }

    func testUserSubclassWithOwnInitKeepsArgs() throws {
        let initializer = method("__init__") { thread, args in
            try thread.setAttribute(args.positional[0], "x", args.positional[1])
            return .None
        }
        let custom = try makeClass("E", [.exception], [("__init__", initializer)])
        let error = try make(custom, .int(5))
        XCTAssertTrue(error.asObject is PyExceptionObject)
        XCTAssertEqual(try repr(error), "E(5)")
        XCTAssertEqual(try str(error), "5")
        XCTAssertTrue(try thread.getAttribute(error, "x").isIdentical(to: .int(5)))
        let withStr = try makeClass("F", [custom], [("__str__", method("__str__") { _, _ in .str("custom") })])
        XCTAssertEqual(try str(make(withStr, .int(1))), "custom")
        XCTAssertTrue(try callBuiltin("isinstance", make(withStr, .int(1)), .object(PyType.exception)).isIdentical(to: .bool(true)))
    }
}
