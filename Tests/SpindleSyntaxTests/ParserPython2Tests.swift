import XCTest
@testable import SpindleSyntax

/// Python 2 spellings and how the parser lowers them to the Python 3 shaped tree.
final class ParserPython2Tests: XCTestCase {
    func testPrintStatementForms() {
        assertParses("print 'a', 'b'\n", "(print >>_ \"a\" \"b\")")
        assertParses("print >>sys.stderr, 'x',\n", "(print >>(. sys stderr) \"x\" ,)")
        assertParses("print `x`\n", "(print >>_ (call repr x))")
        assertParses("print not x\n", "(print >>_ (not x))")
        assertParses("print [1], {2}\n", "(print >>_ (list 1) (set 2))")
        assertParses("print ...\n", "(print >>_ ...)")
        assertParses("print .5\n", "(print >>_ 0.5)")
        assertParses("print x if y else z\n", "(print >>_ (ifexp y x z))")
        assertParses("print lambda: 1\n", "(print >>_ (lambda (params) 1))")
        assertParses("print r'\\n'\n", "(print >>_ \"\\\\n\")")
    }

    func testPrintFollowedByOperatorIsAnExpression() {
        assertParses("print -= 1\n", "(-= print 1)")
        assertParses("print, x\n", "(tuple print x)")
        assertParses("print in x\n", "(cmp print in x)")
        assertParses("print * 2\n", "(* print 2)")
        assertParses("print >>= 1\n", "(>>= print 1)")
        assertParses("x = print if y else None\n", "(= x (ifexp y print None))")
    }

    func testPrintStatementLocation() throws {
        let module = try Parser.parse(Syntax.file("if x:\n    print y\n"))
        guard case .if(_, let body, _) = module.body[0].kind else { return XCTFail("not an if") }
        XCTAssertEqual(body[0].location, SourceLocation(line: 2, column: 5))
    }

    func testNumbersAndOperators() {
        assertExpr("0777 + 10L", "(+ 511 10)")
        assertExpr("0xffL", "255")
        assertExpr("a <> b", "(cmp a != b)")
    }

    func testBacktickRepr() {
        assertExpr("`a + b`", "(call repr (+ a b))")
        assertExpr("`x`.upper()", "(call (. (call repr x) upper))")
    }

    func testStringPrefixes() {
        assertExpr("ur'\\d' + UR'\\w'", "(+ \"\\\\d\" \"\\\\w\")")
        assertExpr("u'caf\\xe9'", "\"café\"")
    }

    func testExceptComma() {
        assertParses("try: a\nexcept (A, B), e: b\n", "(try [a] (except (tuple A B) e [b]) [] [])")
    }

    func testRaiseComma() {
        assertParses("raise E, 'm'\n", "(raise (call E \"m\") _)")
        assertParses("raise E, (a,)\n", "(raise (call E a) _)")
        assertParses("raise E, ()\n", "(raise (call E) _)")
        assertParses("raise E, x\n", "(raise (call E x) _)")
    }
}
