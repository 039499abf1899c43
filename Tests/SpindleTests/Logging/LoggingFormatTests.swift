import XCTest
@testable import Spindle

/// The single-pass message formatting logging uses for `msg % args` gives
/// exactly what the `%` operator gives, and defers to it for the rest.
final class LoggingFormatTests: XCTestCase {
    private let thread = ThreadState(interpreter: Interpreter())

    private func both(_ format: String, _ args: [Value]) -> (String?, String?) {
        let tuple = Value.object(PyTuple(args))
        return ((try? LogMessageFormat.format(thread, format, tuple)),
                (try? PercentFormat.format(thread, format, tuple)))
    }

    func testAgreesWithThePercentOperator() {
        let cases: [(String, [Value])] = [
            ("worker %d value %s", [.int(3), .int(-42)]),
            ("%5d|%-5d|%05d|%-05d|%d", [.int(7), .int(7), .int(-7), .int(7), .int(Int.min)]),
            ("%s %r %.2s %-6s|%6s", [.str("ab"), .str("ab"), .str("abcdef"), .str("x"), .str("é")]),
            ("100%% of %s", [.None]),
            ("%s and %s", [.bool(true), .float(0.5)]),
            ("%0.2f and %x", [.float(1.0 / 3), .int(255)]),
            ("%(name)s", [.str("not a mapping")]),
            ("%d", [.str("not a number")]),
            ("%s %s", [.int(1)]),
            ("%s", [.int(1), .int(2)]),
            ("trailing %", [.int(1)]),
            ("%i|%3i", [.bool(false), .int(12)]),
        ]
        for (format, args) in cases {
            let (quick, full) = both(format, args)
            XCTAssertEqual(quick, full, "format \(format)")
        }
        XCTAssertEqual(both("worker %d value %s", [.int(3), .int(-42)]).0, "worker 3 value -42")
        XCTAssertNil(both("%s %s", [.int(1)]).0, "too few arguments is an error")
    }

    func testRecordTemplatePadsFields() throws {
        let template = try LogTemplate("(%(threadName)-10s) %(levelname)5.3s %(lineno)4d|%(message)s", style: .percent)
        var fields = LogRecordObject.Fields()
        fields.threadName = "worker"
        fields.levelname = "WARNING"
        fields.lineno = 42
        fields.message = "text"
        let record = LogRecordObject(cls: PyType.object, fields: fields)
        XCTAssertEqual(try template.render(thread, record), "(worker    )   WAR   42|text")
        XCTAssertFalse(template.usesTime)
        XCTAssertThrowsError(try LogTemplate("no fields", style: .percent))
        XCTAssertThrowsError(try template.render(thread, LogRecordObject(cls: PyType.object, fields: .init()))) {
            XCTAssertTrue(($0 as? PyError)?.matches(.valueError) ?? false, "a missing message is a ValueError")
        }
    }
}
