import XCTest
@testable import SpindleSyntax

/// Messages and positions below were produced by CPython 3.9's `compile()`.
final class SyntaxErrorTests: XCTestCase {
    func testInvalidSyntaxPositions() {
        assertSyntaxError("a b\n", "invalid syntax", line: 1, column: 3)
        assertSyntaxError("x = 5 5\n", "invalid syntax", line: 1, column: 7)
        assertSyntaxError("x = 1 +\n", "invalid syntax", line: 1, column: 8)
        assertSyntaxError("if x\n", "invalid syntax", line: 1, column: 5)
        assertSyntaxError("x = [1, 2\ny = 3\n", "invalid syntax", line: 2, column: 1)
        assertSyntaxError("x = 1; ; y\n", "invalid syntax", line: 1, column: 8)
        assertSyntaxError("a[1:2:3:4]\n", "invalid syntax", line: 1, column: 8)
        assertSyntaxError("x = 1 if 2\n", "invalid syntax", line: 1, column: 11)
        assertSyntaxError("{**a: 1}\n", "invalid syntax", line: 1, column: 5)
        assertSyntaxError("x = {1: 2, 3}\n", "invalid syntax", line: 1, column: 13)
        assertSyntaxError("while True\n  pass\n", "invalid syntax", line: 1, column: 11)
        assertSyntaxError("try:\n  pass\nx = 1\n", "invalid syntax", line: 3, column: 1)
        assertSyntaxError("for x in y:\n  pass\nelse\n", "invalid syntax", line: 3, column: 5)
        assertSyntaxError("def f(**a, b): pass\n", "invalid syntax", line: 1, column: 12)
        assertSyntaxError("import a.b as c.d\n", "invalid syntax", line: 1, column: 16)
        assertSyntaxError("x: int, y = 1\n", "invalid syntax", line: 1, column: 7)
        assertSyntaxError("a.1\n", "invalid syntax", line: 1, column: 2)
        assertSyntaxError("global a,\n", "invalid syntax", line: 1, column: 10)
        assertSyntaxError("x = [i for i in 1, 2]\n", "invalid syntax", line: 1, column: 18)
        assertSyntaxError("a = 1 $ 2\n", "invalid syntax", line: 1, column: 7)
        assertSyntaxError("a ! b\n", "invalid syntax", line: 1, column: 3)
        assertSyntaxError("x = 1abc\n", "invalid syntax", line: 1, column: 6)
        assertSyntaxError("x = 1e\n", "invalid syntax", line: 1, column: 6)
    }

    func testUnexpectedEndOfInput() {
        assertSyntaxError("x = (1,\n", "unexpected EOF while parsing", line: 1, column: 8, incomplete: true)
        assertSyntaxError("foo(", "unexpected EOF while parsing", line: 1, column: 5, incomplete: true)
        assertSyntaxError("x = [\n1,\n2,\n", "unexpected EOF while parsing", line: 3, column: 3, incomplete: true)
        assertSyntaxError("x = (1,\n\n\n", "unexpected EOF while parsing", line: 3, column: 1, incomplete: true)
        assertSyntaxError("x = \\", "unexpected EOF while parsing", line: 1, column: 6, incomplete: true)
        assertSyntaxError("x = 1 +\\\n", "unexpected EOF while parsing", line: 1, column: 9, incomplete: true)
        assertSyntaxError("try:\n  pass\n", "unexpected EOF while parsing", line: 2, column: 7, incomplete: true)
        assertSyntaxError("@x\n", "unexpected EOF while parsing", line: 1, column: 3, incomplete: true)
        assertSyntaxError("from m import (a, b\n", "unexpected EOF while parsing", line: 1, column: 20,
                          incomplete: true)
    }

    func testIndentationErrors() {
        assertSyntaxError("x = 1\n    y = 2\n", "unexpected indent", line: 2, column: 4, kind: .indentation)
        assertSyntaxError("  x = 1\n", "unexpected indent", line: 1, column: 2, kind: .indentation)
        assertSyntaxError("\tif x:\n", "unexpected indent", line: 1, column: 1, kind: .indentation)
        assertSyntaxError("  \n\n x\n", "unexpected indent", line: 3, column: 1, kind: .indentation)
        assertSyntaxError("if x:\n        a\n    b\n", "unindent does not match any outer indentation level",
                          line: 3, column: 6, kind: .indentation)
        assertSyntaxError("if x:\n  pass\n else:\n  pass\n", "unindent does not match any outer indentation level",
                          line: 3, column: 7, kind: .indentation)
        assertSyntaxError("if x:\ny\n", "expected an indented block", line: 2, column: 1, kind: .indentation)
        assertSyntaxError("if x:\n", "expected an indented block", line: 1, column: 6, kind: .indentation,
                          incomplete: true)
        assertSyntaxError("def f():\n", "expected an indented block", line: 1, column: 9, kind: .indentation,
                          incomplete: true)
        assertSyntaxError("if x:\n  pass\nelse:\n", "expected an indented block", line: 3, column: 6,
                          kind: .indentation, incomplete: true)
        assertSyntaxError("if x:\n\tpass\n        pass\n", "inconsistent use of tabs and spaces in indentation",
                          line: 3, column: 1, kind: .tab)
    }

    func testLexicalErrors() {
        assertSyntaxError("s = 'abc\n", "EOL while scanning string literal", line: 1, column: 9)
        assertSyntaxError("x = 'abc", "EOL while scanning string literal", line: 1, column: 9)
        assertSyntaxError("s = '''abc\n", "EOF while scanning triple-quoted string literal", line: 1, column: 11,
                          incomplete: true)
        assertSyntaxError("x = '''abc", "EOF while scanning triple-quoted string literal", line: 1, column: 11,
                          incomplete: true)
        assertSyntaxError("x = '''abc\ndef\n", "EOF while scanning triple-quoted string literal", line: 2,
                          column: 15, incomplete: true)
        assertSyntaxError("a = 1 € 2\n", "invalid character '€' (U+20AC)", line: 1, column: 7)
        assertSyntaxError("x€ = 1\n", "invalid character '€' (U+20AC)", line: 1, column: 2)
        assertSyntaxError("a\u{A0}= 1\n", "invalid non-printable character U+00A0", line: 1, column: 2)
        assertSyntaxError("\u{200B} = 1\n", "invalid non-printable character U+200B", line: 1, column: 1)
        assertSyntaxError("x = 1 \\ 2\n", "unexpected character after line continuation character", line: 1, column: 8)
        assertSyntaxError("x = )\n", "unmatched ')'", line: 1, column: 5)
        assertSyntaxError("x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('", line: 1, column: 6)
        assertSyntaxError("x = (\n]\n", "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
                          line: 2, column: 1)
        assertSyntaxError("x = '\\x4'\n", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
                          + "truncated \\xXX escape", line: 1, column: 10)
        assertSyntaxError("x = b'\\x4'\n", "(value error) invalid \\x escape at position 0", line: 1, column: 11)
        assertSyntaxError("x = b'é'\n", "bytes can only contain ASCII literal characters.", line: 1, column: 9)
    }

    func testNumberErrors() {
        assertSyntaxError("x = 09\n", "leading zeros in decimal integer literals are not permitted; "
                          + "use an 0o prefix for octal integers", line: 1, column: 6)
        assertSyntaxError("x = 1__0\n", "invalid decimal literal", line: 1, column: 6)
        assertSyntaxError("x = 1_\n", "invalid decimal literal", line: 1, column: 6)
        assertSyntaxError("x = 0x\n", "invalid hexadecimal literal", line: 1, column: 6)
        assertSyntaxError("x = 0b2\n", "invalid digit '2' in binary literal", line: 1, column: 6)
        assertSyntaxError("x = 0o8\n", "invalid digit '8' in octal literal", line: 1, column: 6)
        assertSyntaxError("x = 3j\n", "imaginary literals are not supported", line: 1, column: 6)
    }

    func testTargetErrors() {
        assertSyntaxError("1 = x\n", "cannot assign to literal", line: 1, column: 1)
        assertSyntaxError("f() = 1\n", "cannot assign to function call", line: 1, column: 1)
        assertSyntaxError("a + b = 1\n", "cannot assign to operator", line: 1, column: 1)
        assertSyntaxError("None = 1\n", "cannot assign to None", line: 1, column: 1)
        assertSyntaxError("(a, 1) = 2\n", "cannot assign to literal", line: 1, column: 5)
        assertSyntaxError("for 1 in x: pass\n", "cannot assign to literal", line: 1, column: 5)
        assertSyntaxError("with a as 1: pass\n", "cannot assign to literal", line: 1, column: 11)
        assertSyntaxError("del 1\n", "cannot delete literal", line: 1, column: 5)
        assertSyntaxError("del f()\n", "cannot delete function call", line: 1, column: 5)
        assertSyntaxError("del (a, 1)\n", "cannot delete literal", line: 1, column: 9)
        assertSyntaxError("1 += 1\n", "'literal' is an illegal expression for augmented assignment", line: 1, column: 1)
        assertSyntaxError("f() += 1\n", "'function call' is an illegal expression for augmented assignment",
                          line: 1, column: 1)
        assertSyntaxError("(x, y): int\n", "only single target (not tuple) can be annotated", line: 1, column: 1)
        assertSyntaxError("*a = 1\n", "starred assignment target must be in a list or tuple", line: 1, column: 1)
        assertSyntaxError("a = *b\n", "can't use starred expression here", line: 1, column: 5)
        assertSyntaxError("x = yield = 1\n", "assignment to yield expression not possible", line: 1, column: 5)
    }

    func testArgumentAndParameterErrors() {
        assertSyntaxError("f(x for x in y, 1)\n", "Generator expression must be parenthesized", line: 1, column: 3)
        assertSyntaxError("f(a for a in b, )\n", "Generator expression must be parenthesized", line: 1, column: 3)
        assertSyntaxError("f(a=1, b)\n", "positional argument follows keyword argument", line: 1, column: 9)
        assertSyntaxError("f(**a, b)\n", "positional argument follows keyword argument unpacking", line: 1, column: 9)
        assertSyntaxError("f(**a, *b)\n", "iterable argument unpacking follows keyword argument unpacking",
                          line: 1, column: 8)
        assertSyntaxError("f(a=1, a=2)\n", "keyword argument repeated: a", line: 1, column: 8)
        assertSyntaxError("f(1=2)\n", "expression cannot contain assignment, perhaps you meant \"==\"?",
                          line: 1, column: 3)
        assertSyntaxError("def f(a=1, b): pass\n", "non-default argument follows default argument", line: 1, column: 13)
        assertSyntaxError("def f(*): pass\n", "named arguments must follow bare *", line: 1, column: 8)
        assertSyntaxError("def f(a, a): pass\n", "duplicate argument 'a' in function definition", line: 1, column: 1)
        assertSyntaxError("from m import a,\n", "trailing comma not allowed without surrounding parentheses",
                          line: 1, column: 17)
    }

    func testDescriptionQuotesLineAndCaret() {
        guard let error = Syntax.error("if True:\n    x = (1 +\n    ]\n") else { return XCTFail("no error") }
        XCTAssertEqual(error.description, """
              File "t.py", line 3
                ]
                ^
            SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 2
            """)
    }

    func testEarlierParseErrorWinsOverLaterLexicalError() {
        assertSyntaxError("x = = 1\ny = 'open\n", "invalid syntax", line: 1, column: 5)
    }
}

final class MoreSyntaxErrorTests: XCTestCase {
    func testStarredAndComprehensionErrors() {
        assertSyntaxError("[*a for a in b]\n", "iterable unpacking cannot be used in comprehension", line: 1, column: 2)
        assertSyntaxError("(*a)\n", "can't use starred expression here", line: 1, column: 2)
        assertSyntaxError("a, *b, *c = d\n", "multiple starred expressions in assignment", line: 1, column: 1)
        assertSyntaxError("del *a\n", "cannot delete starred", line: 1, column: 5)
        assertSyntaxError("[x for 1 in y]\n", "cannot assign to literal", line: 1, column: 8)
        assertSyntaxError("'abc' 'def' = 1\n", "cannot assign to literal", line: 1, column: 1)
    }

    func testMoreArgumentErrors() {
        assertSyntaxError("f(a=1, b, c)\n", "positional argument follows keyword argument", line: 1, column: 12)
        assertSyntaxError("def f(*, **k): pass\n", "named arguments must follow bare *", line: 1, column: 10)
        assertSyntaxError("lambda a, a: 1\n", "duplicate argument 'a' in function definition", line: 1, column: 1)
        assertSyntaxError("def f(*a, *b): pass\n", "invalid syntax", line: 1, column: 11)
        assertSyntaxError("x = (1 + \n 2\n", "unexpected EOF while parsing", line: 2, column: 3, incomplete: true)
    }

    func testGeneratorAsClassBase() {
        assertSyntaxError("class C(x for x in y): pass\n", "invalid syntax", line: 1, column: 21)
    }

    func testDefaultExceptMustBeLast() {
        assertSyntaxError("try:\n  a\nexcept:\n  b\nexcept E:\n  c\n", "default 'except:' must be last",
                          line: 2, column: 3)
    }

    func testMixingBytesAndText() {
        assertSyntaxError("x = 'a' b'b'\n", "cannot mix bytes and nonbytes literals", line: 1, column: 13)
    }
}

final class CPythonMessageTests: XCTestCase {
    func testCommonMistakes() {
        assertSyntaxError("x = 1 = 2\n", "cannot assign to literal", line: 1, column: 5)
        assertSyntaxError("def f(x):\nreturn x\n", "expected an indented block", line: 2, column: 1, kind: .indentation)
        assertSyntaxError("else:\n", "invalid syntax", line: 1, column: 1)
        assertSyntaxError("a, b += 1\n", "'tuple' is an illegal expression for augmented assignment", line: 1, column: 1)
        assertSyntaxError("lambda x=1, y: 0\n", "non-default argument follows default argument", line: 1, column: 14)
        assertSyntaxError("{**a for a in b}\n", "dict unpacking cannot be used in dict comprehension", line: 1, column: 2)
        assertSyntaxError("x = (1, 2))\n", "unmatched ')'", line: 1, column: 11)
        assertSyntaxError("x = 1e+\n", "invalid decimal literal", line: 1, column: 7)
        assertSyntaxError("d = {'a': 1 'b': 2}\n", "invalid syntax", line: 1, column: 13)
        assertSyntaxError("class C:\n  def f(self):\n  pass\n", "expected an indented block", line: 3, column: 3,
                          kind: .indentation)
        assertSyntaxError("True = 1\n", "cannot assign to True", line: 1, column: 1)
        assertSyntaxError("... = 1\n", "cannot assign to Ellipsis", line: 1, column: 1)
        assertSyntaxError("a if b else c = 1\n", "cannot assign to conditional expression", line: 1, column: 1)
    }
}
