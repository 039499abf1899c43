import XCTest
@testable import SpindleSyntax

final class ParserStatementTests: XCTestCase {
    func testAssignments() {
        assertParses("a = b = 1\n", "(= a b 1)")
        assertParses("a, *b = c\n", "(= (tuple a (* b)) c)")
        assertParses("[a, (b, c)] = d\n", "(= (list a (tuple b c)) d)")
        assertParses("x = 1, 2\n", "(= x (tuple 1 2))")
        assertParses("x = *a, b\n", "(= x (tuple (* a) b))")
        assertParses("a.b[c] = d\n", "(= ([] (. a b) c) d)")
        assertParses("x: int\n", "(ann x int _)")
        assertParses("x.y: int = 5\n", "(ann (. x y) int 5)")
        assertParses("x = yield\n", "(= x (yield _))")
        assertParses("x = yield a, b\n", "(= x (yield (tuple a b)))")
        assertParses("x = yield from g\n", "(= x (yield-from g))")
    }

    func testAugmentedAssignments() {
        let operators = ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"]
        for op in operators {
            assertParses("x \(op)= 2\n", "(\(op)= x 2)")
        }
        assertParses("a[i] += yield\n", "(+= ([] a i) (yield _))")
    }

    func testSimpleStatements() {
        assertParses("pass; break; continue\n", "pass break continue")
        assertParses("x; y;\n", "x y")
        assertParses("return\n", "(return _)")
        assertParses("return a, *b\n", "(return (tuple a (* b)))")
        assertParses("global a, b\n", "(global a b)")
        assertParses("nonlocal a\n", "(nonlocal a)")
        assertParses("del a, b[1], c.d\n", "(del a ([] b 1) (. c d))")
        assertParses("del (a, b)\n", "(del (tuple a b))")
        assertParses("assert x\n", "(assert x _)")
        assertParses("assert x, 'm'\n", "(assert x \"m\")")
        assertParses("yield x\n", "(yield x)")
    }

    func testRaise() {
        assertParses("raise\n", "(raise _ _)")
        assertParses("raise E\n", "(raise E _)")
        assertParses("raise E from c\n", "(raise E c)")
        assertParses("raise E, 'msg'\n", "(raise (call E \"msg\") _)")
        assertParses("raise E, (1, 2)\n", "(raise (call E 1 2) _)")
    }

    func testImports() {
        assertParses("import a\n", "(import a)")
        assertParses("import a.b as c, d\n", "(import a.b as c d)")
        assertParses("from . import x\n", "(from . x)")
        assertParses("from ..m import (a,\n  b as c,)\n", "(from ..m a b as c)")
        assertParses("from ...m.n import a\n", "(from ...m.n a)")
        assertParses("from .... import a\n", "(from .... a)")
        assertParses("from m import *\n", "(from m *)")
        assertParses("from __future__ import print_function\n", "(from __future__ print_function)")
    }

    func testIfWhileFor() {
        assertParses("if a:\n  b\nelif c:\n  d\nelse:\n  e\n", "(if a [b] [(if c [d] [e])])")
        assertParses("if a: b; c\n", "(if a [b c] [])")
        assertParses("while x:\n  pass\nelse:\n  y\n", "(while x [pass] [y])")
        assertParses("for a, b in c, d:\n  pass\n", "(for (tuple a b) (tuple c d) [pass] [])")
        assertParses("for x in y: pass\nelse: z\n", "(for x y [pass] [z])")
        assertParses("for *a, b in c: pass\n", "(for (tuple (* a) b) c [pass] [])")
    }

    func testNestedBlocks() {
        let source = """
        def f(x):
            if x:
                return 1

            # comment
            return 2
        y = f
        """
        assertParses(source, "(def f (params x) [(if x [(return 1)] []) (return 2)]) (= y f)")
    }

    func testFunctionDefinitions() {
        assertParses("def f(): pass\n", "(def f (params) [pass])")
        assertParses("def f(a, b=1, *args, c, d=2, **kw): pass\n",
                     "(def f (params a b=1 *args c d=2 **kw) [pass])")
        assertParses("def f(a: int, *, b: str = 'x') -> bool: pass\n", "(def f (params a * b=\"x\") [pass])")
        assertParses("def f(a, /, b): pass\n", "(def f (params a b) [pass])")
        assertParses("def f(a,): pass\n", "(def f (params a) [pass])")
        assertParses("@d\n@e.f(1)\ndef g(): pass\n", "(def g (params) [pass] (@ d) (@ (call (. e f) 1)))")
    }

    func testClassDefinitions() {
        assertParses("class C: pass\n", "(class C (bases) [pass])")
        assertParses("class C(): pass\n", "(class C (bases) [pass])")
        assertParses("class C(A, B, metaclass=M):\n  x = 1\n", "(class C (bases A B (= metaclass M)) [(= x 1)])")
        assertParses("@dec\nclass C: pass\n", "(class C (bases) [pass] (@ dec))")
    }

    func testTry() {
        let source = """
        try:
            a
        except (A, B) as e:
            b
        except C:
            c
        except:
            d
        else:
            e
        finally:
            f
        """
        assertParses(source, "(try [a] (except (tuple A B) e [b]) (except C _ [c]) (except _ _ [d]) [e] [f])")
        assertParses("try: a\nfinally: b\n", "(try [a] [] [b])")
        assertParses("try: a\nexcept E, e: b\n", "(try [a] (except E e [b]) [] [])")
    }

    func testWith() {
        assertParses("with a as b, c:\n  pass\n", "(with (as a b) (as c _) [pass])")
        assertParses("with a as (b, c): pass\n", "(with (as a (tuple b c)) [pass])")
    }

    func testPrintStatement() {
        assertParses("print\n", "(print >>_)")
        assertParses("print x, y\n", "(print >>_ x y)")
        assertParses("print x,\n", "(print >>_ x ,)")
        assertParses("print >>f, x\n", "(print >>f x)")
        assertParses("print >>f\n", "(print >>f)")
        assertParses("print -1\n", "(print >>_ (- 1))")
        assertParses("print 'a' % x; y\n", "(print >>_ (% \"a\" x)) y")
        assertParses("if x: print\n", "(if x [(print >>_)] [])")
    }

    func testPrintAsName() {
        assertParses("print(x)\n", "(call print x)")
        assertParses("print(x, end='')\n", "(call print x (= end \"\"))")
        assertParses("print (x), y\n", "(tuple (call print x) y)")
        assertParses("f = print\n", "(= f print)")
        assertParses("print.__name__\n", "(. print __name__)")
        assertParses("print = 3\n", "(= print 3)")
        assertParses("x = print\n", "(= x print)")
    }

    func testLineJoining() {
        assertParses("x = (1 +\n     2)\n", "(= x (+ 1 2))")
        assertParses("x = [1,\n\n  2]\n", "(= x (list 1 2))")
        assertParses("x = 1 + \\\n  2\n", "(= x (+ 1 2))")
        assertParses("x = 1\r\ny = 2\r\n", "(= x 1) (= y 2)")
        assertParses("x = 1", "(= x 1)")
        assertParses("", "")
        assertParses("\n\n# only a comment\n", "")
    }

    func testStatementLocations() throws {
        let module = try Parser.parse(Syntax.file("x = 1\nif y:\n    z(1)\n"))
        XCTAssertEqual(module.body.map(\.location), [SourceLocation(line: 1, column: 1), SourceLocation(line: 2, column: 1)])
        guard case .if(_, let body, _) = module.body[1].kind else { return XCTFail("not if") }
        XCTAssertEqual(body[0].location, SourceLocation(line: 3, column: 5))
        guard case .expression(let call) = body[0].kind, case .call(_, let arguments) = call.kind,
              case .positional(let argument)? = arguments.first else { return XCTFail("not a call") }
        XCTAssertEqual(argument.location, SourceLocation(line: 3, column: 7))
    }
}
