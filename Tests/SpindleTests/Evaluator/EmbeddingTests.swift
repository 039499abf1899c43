import Foundation
import XCTest
@testable import Spindle
import SpindleSyntax

/// The embedding API: evaluating expressions, REPL-style input, exit statuses.
final class EmbeddingTests: XCTestCase {
    private var outputPath = ""
    private var interpreter: Interpreter!
    private var outputFD: Int32 = -1

    override func setUp() {
        outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("spindle-embed-\(UUID().uuidString)").path
        outputFD = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var options = InterpreterOptions()
        options.standardOutputDescriptor = outputFD
        options.standardErrorDescriptor = outputFD
        interpreter = Interpreter(options: options)
    }

    override func tearDown() {
        close(outputFD)
        try? FileManager.default.removeItem(atPath: outputPath)
    }

    private func output() -> String {
        interpreter.finishOutput()
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    func testEvaluateReturnsValue() throws {
        XCTAssertEqual(interpreter.runSource("x = 20\n"), 0)
        guard case .int(let v) = try interpreter.evaluate("x * 2 + 2") else { return XCTFail("not an int") }
        XCTAssertEqual(v, 42)
    }

    func testEvaluateThrowsPythonExceptions() {
        XCTAssertThrowsError(try interpreter.evaluate("1 // 0")) { error in
            XCTAssertTrue((error as? PyError)?.matches(.zeroDivisionError) == true)
        }
        XCTAssertThrowsError(try interpreter.evaluate("1 +")) { error in
            XCTAssertTrue(error is SpindleSyntax.SyntaxError)
        }
    }

    func testInteractiveInputEchoesExpressionValues() {
        XCTAssertEqual(interpreter.runInteractive("1 + 1\n"), .done)
        XCTAssertEqual(interpreter.runInteractive("None\n"), .done)
        XCTAssertEqual(interpreter.runInteractive("y = 'kept'\n"), .done)
        XCTAssertEqual(interpreter.runInteractive("y\n"), .done)
        XCTAssertEqual(output(), "2\n'kept'\n")
    }

    func testInteractiveIncompleteInputAsksForMore() {
        XCTAssertEqual(interpreter.runInteractive("if True:\n"), .incomplete)
        XCTAssertEqual(interpreter.runInteractive("(1,\n"), .incomplete)
        XCTAssertEqual(interpreter.runInteractive("if True:\n    print('in block')\n\n"), .done)
        XCTAssertEqual(output(), "in block\n")
    }

    func testInteractiveErrorsAreReportedAndExitIsReturned() {
        XCTAssertEqual(interpreter.runInteractive("undefined_name\n"), .done)
        XCTAssertEqual(output(), """
            Traceback (most recent call last):
              File "<stdin>", line 1, in <module>
            NameError: name 'undefined_name' is not defined

            """)
        XCTAssertEqual(interpreter.runInteractive("raise SystemExit(3)\n"), .exit(3))
    }

    func testRunSourceStatuses() {
        XCTAssertEqual(interpreter.runSource("pass\n"), 0)
        XCTAssertEqual(interpreter.runSource("raise SystemExit(5)\n"), 5)
        XCTAssertEqual(interpreter.runSource("raise ValueError('x')\n"), 1)
        XCTAssertEqual(interpreter.runSource("def broken(:\n"), 1)
    }

    func testRecursionLimitIsSettable() {
        interpreter.recursionLimit = 50
        XCTAssertEqual(interpreter.runSource("""
            def down(n):
                return down(n + 1)
            try:
                down(0)
            except RecursionError as e:
                print('limited', e)
            def depth(n):
                return 0 if n == 0 else 1 + depth(n - 1)
            print(depth(40))
            """), 0)
        XCTAssertEqual(output(), "limited maximum recursion depth exceeded\n40\n")
    }

    func testDeepRecursionRaisesInsteadOfCrashing() {
        interpreter.recursionLimit = 1_000_000
        XCTAssertEqual(interpreter.runSource("""
            def down(n):
                return down(n + 1)
            try:
                down(0)
            except RecursionError:
                print('stopped before the native stack ran out')
            """), 0)
        XCTAssertEqual(output(), "stopped before the native stack ran out\n")
    }
}
