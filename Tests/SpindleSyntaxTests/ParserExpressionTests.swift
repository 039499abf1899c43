import XCTest
@testable import SpindleSyntax

final class ParserExpressionTests: XCTestCase {
    func testArithmeticPrecedence() {
        assertExpr("1 + 2 * 3", "(+ 1 (* 2 3))")
        assertExpr("1 - 2 - 3", "(- (- 1 2) 3)")
        assertExpr("a * b / c // d % e @ f", "(@ (% (// (/ (* a b) c) d) e) f)")
        assertExpr("a << 1 + 2", "(<< a (+ 1 2))")
        assertExpr("a | b ^ c & d", "(| a (^ b (& c d)))")
        assertExpr("a & b << c", "(& a (<< b c))")
    }

    func testPowerAndUnary() {
        assertExpr("-2**2", "(- (** 2 2))")
        assertExpr("2**-1", "(** 2 (- 1))")
        assertExpr("2**3**2", "(** 2 (** 3 2))")
        assertExpr("~-+x", "(~ (- (+ x)))")
        assertExpr("-x.y", "(- (. x y))")
        assertExpr("a**b.c(d)", "(** a (call (. b c) d))")
    }

    func testBooleanAndComparison() {
        assertExpr("a or b and not c", "(or a (and b (not c)))")
        assertExpr("a or b or c", "(or a b c)")
        assertExpr("not a == b", "(not (cmp a == b))")
        assertExpr("a < b <= c", "(cmp a < b <= c)")
        assertExpr("a is not b", "(cmp a is not b)")
        assertExpr("a not in b", "(cmp a not in b)")
        assertExpr("a in b is c", "(cmp a in b is c)")
        assertExpr("a <> b", "(cmp a != b)")
        assertExpr("a | b < c + d", "(cmp (| a b) < (+ c d))")
    }

    func testConditionalAndLambda() {
        assertExpr("a if b else c", "(ifexp b a c)")
        assertExpr("a if b else c if d else e", "(ifexp b a (ifexp d c e))")
        assertExpr("lambda: 0", "(lambda (params) 0)")
        assertExpr("lambda x, y=1, *a, k, **kw: x", "(lambda (params x y=1 *a k **kw) x)")
        assertExpr("lambda *, k=2: k", "(lambda (params * k=2) k)")
        assertExpr("lambda x: a if x else b", "(lambda (params x) (ifexp x a b))")
        assertExpr("lambda: x or y", "(lambda (params) (or x y))")
    }

    func testCallsAttributesSubscripts() {
        assertExpr("f(a, b=1, *c, **d)", "(call f a (= b 1) (* c) (** d))")
        assertExpr("f()()", "(call (call f))")
        assertExpr("f(a,)", "(call f a)")
        assertExpr("a.b.c", "(. (. a b) c)")
        assertExpr("a[1]", "([] a 1)")
        assertExpr("a[1:2]", "([] a (slice 1 2 _))")
        assertExpr("a[::3]", "([] a (slice _ _ 3))")
        assertExpr("a[:]", "([] a (slice _ _ _))")
        assertExpr("a[1:2, ::3]", "([] a (tuple (slice 1 2 _) (slice _ _ 3)))")
        assertExpr("a[1,]", "([] a (tuple 1))")
        assertExpr("a[...]", "([] a ...)")
        assertExpr("sum(x for x in y)", "(call sum (genexp x (for x y)))")
        assertExpr("f(*a, *b, c=1, **d, e=2)", "(call f (* a) (* b) (= c 1) (** d) (= e 2))")
    }

    func testDisplays() {
        assertExpr("()", "(tuple)")
        assertExpr("(1,)", "(tuple 1)")
        assertExpr("(1)", "1")
        assertExpr("1, 2", "(tuple 1 2)")
        assertExpr("[]", "(list)")
        assertExpr("[1, *a, 2,]", "(list 1 (* a) 2)")
        assertExpr("{}", "(dict)")
        assertExpr("{1: 2, **m, 3: 4}", "(dict (: 1 2) (** m) (: 3 4))")
        assertExpr("{**m}", "(dict (** m))")
        assertExpr("{1, *s}", "(set 1 (* s))")
        assertExpr("{1}", "(set 1)")
    }

    func testComprehensions() {
        assertExpr("[x for x in y]", "(listcomp x (for x y))")
        assertExpr("[x*y for x in a if x if x > 1 for y in b]",
                   "(listcomp (* x y) (for x a (if x) (if (cmp x > 1))) (for y b))")
        assertExpr("{k: v for k, v in d}", "(dictcomp k v (for (tuple k v) d))")
        assertExpr("{x for x in s}", "(setcomp x (for x s))")
        assertExpr("(x for x in s)", "(genexp x (for x s))")
        assertExpr("[x for x in a if lambda: 1]", "(listcomp x (for x a (if (lambda (params) 1))))")
        assertExpr("[a for b in c or d]", "(listcomp a (for b (or c d)))")
    }

    func testLiterals() {
        assertExpr("None, True, False, ...", "(tuple None True False ...)")
        assertExpr("'a' \"b\" '''c'''", "\"abc\"")
        assertExpr("b'a' b'b'", "b97,98")
        assertExpr("`x`", "(call repr x)")
        assertExpr("`1, 2`", "(call repr (tuple 1 2))")
    }

    func testYieldInParentheses() {
        assertExpr("(yield)", "(yield _)")
        assertExpr("(yield x, y)", "(yield (tuple x y))")
        assertExpr("(yield from g)", "(yield-from g)")
    }

    func testLocations() throws {
        let expr = try Parser.parseExpression(Syntax.file("  a + f(b)[c]"))
        XCTAssertEqual(expr.location, SourceLocation(line: 1, column: 3))
        guard case .binary(_, _, let right) = expr.kind else { return XCTFail("not binary") }
        XCTAssertEqual(right.location, SourceLocation(line: 1, column: 7))
        let unary = try Parser.parseExpression(Syntax.file("x if -y else z"))
        XCTAssertEqual(unary.location, SourceLocation(line: 1, column: 1))
        guard case .conditional(let test, _, _) = unary.kind else { return XCTFail("not conditional") }
        XCTAssertEqual(test.location, SourceLocation(line: 1, column: 6))
    }
}

/// Node locations, checked against CPython 3.9's `ast` (col_offset + 1).
final class ExpressionLocationTests: XCTestCase {
    func location(_ source: String) throws -> SourceLocation {
        try Parser.parseExpression(Syntax.file(source)).location
    }

    func testNodesStartAtTheirFirstTokenIncludingParentheses() throws {
        for source in ["(a + b) * c", "(f)(x).y[z]", "(a), b", "(a) if b else c", "(a) < b", "(a) or b",
                       "(a) ** 2", "-(a)", "[x for x in y]"] {
            XCTAssertEqual(try location(source), SourceLocation(line: 1, column: 1), source)
        }
    }

    func testParenthesizedExpressionKeepsInnerLocation() throws {
        XCTAssertEqual(try location("(  a + b)"), SourceLocation(line: 1, column: 4))
    }

    func testSliceAndGeneratorArgumentLocations() throws {
        let indexed = try Parser.parseExpression(Syntax.file("x[(a):b]"))
        guard case .`subscript`(_, let slice) = indexed.kind else { return XCTFail("not a subscript") }
        XCTAssertEqual(slice.location, SourceLocation(line: 1, column: 3))
        let call = try Parser.parseExpression(Syntax.file("f(x for x in y)"))
        guard case .call(_, let arguments) = call.kind, case .positional(let generator)? = arguments.first else {
            return XCTFail("not a call")
        }
        XCTAssertEqual(generator.location, SourceLocation(line: 1, column: 2))
    }

    func testMultiLineLocations() throws {
        let module = try Parser.parse(Syntax.file("x = [\n    1,\n    (2 +\n     3)]\n"))
        guard case .assign(_, let value) = module.body[0].kind, case .list(let items) = value.kind else {
            return XCTFail("not a list assignment")
        }
        XCTAssertEqual(items.map(\.location), [SourceLocation(line: 2, column: 5), SourceLocation(line: 3, column: 6)])
    }
}
