import XCTest
@testable import SpindleSyntax

/// What a REPL sees: which failures only mean "keep reading lines".
final class IncompleteInputTests: XCTestCase {
    func testInputsThatNeedMoreLines() {
        let incomplete = [
            "if x:\n", "def f():\n", "class C:\n", "for x in y:\n", "while True:\n", "with a:\n", "try:\n",
            "try:\n    pass\n", "if x:\n    pass\nelse:\n", "@decorator\n", "x = (\n", "f(1,\n", "[1,\n 2,\n",
            "{'a':\n", "x = '''start\n", "x = \"\"\"start\nmore\n", "x = 1 + \\\n", "print 'a', \\\n",
        ]
        for source in incomplete {
            XCTAssertEqual(Syntax.error(source)?.isIncompleteInput, true, source.debugDescription)
        }
    }

    func testCompleteInputsAndRealErrors() {
        XCTAssertNil(Syntax.error("if x:\n    pass\n"))
        XCTAssertNil(Syntax.error("x = (1,\n     2)\n"))
        for source in ["x = 'open\n", "x = = 1\n", "if x\n", "x = )\n", "def f(:\n", "    x\n", "x = 1 +\n"] {
            XCTAssertEqual(Syntax.error(source)?.isIncompleteInput, false, source.debugDescription)
        }
    }
}
