import XCTest
@testable import Spindle

/// Tab completion offered to the REPL.
final class CompletionTests: XCTestCase {
    func testBareNamesCompleteFromGlobalsBuiltinsAndKeywords() {
        let interpreter = Interpreter()
        XCTAssertEqual(interpreter.runSource("counter = 1\ncount_up = 2\n"), 0)
        XCTAssertEqual(interpreter.completions(for: "coun"), ["count_up", "counter"])
        XCTAssertEqual(interpreter.completions(for: "isinst"), ["isinstance"])
        XCTAssertEqual(interpreter.completions(for: "whi"), ["while"])
        XCTAssertEqual(interpreter.completions(for: "zzz"), [])
    }

    func testDottedNamesCompleteAttributes() {
        let interpreter = Interpreter()
        XCTAssertEqual(interpreter.runSource("import threading\nclass C:\n    def method(self): pass\nobj = C()\nobj.member = 3\n"), 0)
        XCTAssertEqual(interpreter.completions(for: "obj.me"), ["obj.member", "obj.method"])
        XCTAssertTrue(interpreter.completions(for: "threading.Th").contains("threading.Thread"))
        XCTAssertFalse(interpreter.completions(for: "obj.").contains { $0.hasPrefix("obj._") })
        XCTAssertTrue(interpreter.completions(for: "obj.__cl").contains("obj.__class__"))
    }

    func testOnlyDottedNamesAreEvaluated() {
        let interpreter = Interpreter()
        XCTAssertEqual(interpreter.runSource("hits = []\ndef f():\n    hits.append(1)\n    return 1\n"), 0)
        XCTAssertEqual(interpreter.completions(for: "f().re"), [])
        guard case .int(let calls) = try? interpreter.evaluate("len(hits)") else { return XCTFail("no count") }
        XCTAssertEqual(calls, 0)
    }
}
