import XCTest
@testable import SpindleSyntax

/// f-strings and their lowering to `str`/`repr`/`ascii`/`format` calls joined with `+`.
final class FormattedStringTests: XCTestCase {
    func testLiteralOnly() {
        assertExpr("f'abc'", "\"abc\"")
        assertExpr("f''", "\"\"")
        assertExpr("f'{{}}'", "\"{}\"")
        assertExpr("f'a\\tb'", "\"a\\tb\"")
        assertExpr("rf'a\\tb'", "\"a\\\\tb\"")
        assertExpr("FR'\\n'", "\"\\\\n\"")
    }

    func testFields() {
        assertExpr("f'{x}'", "(call str x)")
        assertExpr("f'a{x}b'", "(+ (+ \"a\" (call str x)) \"b\")")
        assertExpr("f'{x!r}{y!s}{z!a}'", "(+ (+ (call repr x) (call str y)) (call ascii z))")
        assertExpr("f'{x:>10}'", "(call format x \">10\")")
        assertExpr("f'{x!r:>{w}}'", "(call format (call repr x) (+ \">\" (call str w)))")
        assertExpr("f'{x:{w}.{p}f}'", "(call format x (+ (+ (+ (call str w) \".\") (call str p)) \"f\"))")
        assertExpr("f'{x:}'", "(call format x \"\")")
        assertExpr("f'{ x + 1 }'", "(call str (+ x 1))")
        assertExpr("f'{a, b}'", "(call str (tuple a b))")
        assertExpr("f'{d[\"k\"]}'", "(call str ([] d \"k\"))")
        assertExpr("f'{x if y else z}'", "(call str (ifexp y x z))")
        assertExpr("f'{a != b}'", "(call str (cmp a != b))")
        assertExpr("f'{(lambda: 1)()}'", "(call str (call (lambda (params) 1)))")
        assertExpr("f'{f\"{x}\"}'", "(call str (call str x))")
    }

    func testSelfDocumentingFields() {
        assertExpr("f'{x=}'", "(+ \"x=\" (call repr x))")
        assertExpr("f'{x = }'", "(+ \"x = \" (call repr x))")
        assertExpr("f'{x=!s}'", "(+ \"x=\" (call str x))")
        assertExpr("f'{x=:>5}'", "(+ \"x=\" (call format x \">5\"))")
        assertExpr("f'k: {k=}'", "(+ \"k: k=\" (call repr k))")
    }

    func testConcatenationWithPlainStrings() {
        assertExpr("'a' f'{x}' 'b'", "(+ (+ \"a\" (call str x)) \"b\")")
    }

    func testTripleQuotedAndMultiLine() {
        assertExpr("f'''{\nx\n}'''", "(call str x)")
        assertExpr("f'''a\n{x}'''", "(+ \"a\\n\" (call str x))")
    }

    func testFieldLocations() throws {
        let expr = try Parser.parseExpression(Syntax.file("f'ab{xy}'"))
        guard case .binary(_, _, let call) = expr.kind, case .call(_, let arguments) = call.kind,
              case .positional(let name)? = arguments.first else { return XCTFail("unexpected shape") }
        XCTAssertEqual(name.location, SourceLocation(line: 1, column: 6))
    }

    func testErrors() {
        assertSyntaxError("x = f\"{}\"\n", "f-string: empty expression not allowed", line: 1, column: 10)
        assertSyntaxError("x = f\"{   }\"\n", "f-string: empty expression not allowed", line: 1, column: 13)
        assertSyntaxError("x = f\"{a\"\n", "f-string: expecting '}'", line: 1, column: 10)
        assertSyntaxError("x = f\"a}\"\n", "f-string: single '}' is not allowed", line: 1, column: 10)
        assertSyntaxError("x = f\"{a}}\"\n", "f-string: single '}' is not allowed", line: 1, column: 12)
        assertSyntaxError("x = f\"{a!x}\"\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                          line: 1, column: 13)
        assertSyntaxError("x = f\"{a\\n}\"\n", "f-string expression part cannot include a backslash", line: 1, column: 13)
        assertSyntaxError("x = f\"{#}\"\n", "f-string expression part cannot include '#'", line: 1, column: 11)
        assertSyntaxError("x = f\"{1:{2:{3}}}\"\n", "f-string: expressions nested too deeply", line: 1, column: 19)
        assertSyntaxError("x = f\"{a!r=}\"\n", "f-string: expecting '}'", line: 1, column: 14)
        assertSyntaxError("x = f\"{a}\" b\"x\"\n", "cannot mix bytes and nonbytes literals", line: 1, column: 16)
        XCTAssertEqual(Syntax.error("x = f\"{a b}\"\n")?.message, "f-string: invalid syntax")
        XCTAssertEqual(Syntax.error("x = f\"{*a}\"\n")?.message, "f-string: can't use starred expression here")
    }
}
