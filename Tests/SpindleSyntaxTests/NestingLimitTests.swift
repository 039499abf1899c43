import XCTest
@testable import SpindleSyntax

final class NestingLimitTests: XCTestCase {
    func testDeepUnaryChainFailsCleanly() {
        let source = String(repeating: "-", count: 100_000) + "1\n"
        XCTAssertEqual(Syntax.error(source)?.message, "maximum recursion depth exceeded during compilation")
    }

    func testDeepNotChainFailsCleanly() {
        let source = "x = " + String(repeating: "not ", count: 10_000) + "y\n"
        XCTAssertEqual(Syntax.error(source)?.message, "maximum recursion depth exceeded during compilation")
    }

    func testParenthesesNestingLimit() {
        let ok = String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199) + "\n"
        XCTAssertNil(Syntax.error(ok))
        let deep = String(repeating: "(", count: 201) + "1" + String(repeating: ")", count: 201) + "\n"
        assertSyntaxError(deep, "too many nested parentheses", line: 1, column: 201)
    }

    func testIndentationLevelLimit() {
        var source = ""
        for level in 0...100 { source += String(repeating: " ", count: level) + "if x:\n" }
        source += String(repeating: " ", count: 101) + "pass\n"
        assertSyntaxError(source, "too many levels of indentation", line: 101, column: 1, kind: .indentation)
    }
}

final class LongChainTests: XCTestCase {
    func testLongElifChainParsesWithoutDeepRecursion() throws {
        var source = "if x == 0:\n    pass\n"
        for value in 1...5_000 { source += "elif x == \(value):\n    pass\n" }
        source += "else:\n    y\n"
        let module = try Parser.parse(Syntax.file(source))
        var statement = module.body[0]
        var depth = 0
        while case .if(_, _, let orElse) = statement.kind, let next = orElse.first {
            statement = next
            depth += 1
        }
        XCTAssertEqual(depth, 5_001)
        XCTAssertEqual(SExpression.render(statement), "y")
    }

    func testDeepPowerChainFailsCleanly() {
        let source = "x = " + String(repeating: "2**", count: 5_000) + "2\n"
        XCTAssertEqual(Syntax.error(source)?.message, "maximum recursion depth exceeded during compilation")
    }

    func testLongFlatChainsAreFine() {
        XCTAssertNil(Syntax.error("x = " + Array(repeating: "1", count: 20_000).joined(separator: " + ") + "\n"))
        XCTAssertNil(Syntax.error("x = a" + String(repeating: ".b", count: 20_000) + "\n"))
    }
}
