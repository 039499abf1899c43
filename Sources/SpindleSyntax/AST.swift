/// The abstract syntax tree the parser produces and the runtime's resolver
/// lowers into executable nodes.
///
/// The tree is Python 3 shaped: Python 2 spellings are normalised by the
/// parser where they mean the same thing (`except E, e` becomes `except E as e`,
/// `raise E, "msg"` becomes `raise E("msg")`, `0777` becomes 511, `10L` becomes 10,
/// `` `x` `` becomes `repr(x)`, `<>` becomes `!=`). The one statement kept apart is
/// the Python 2 `print` statement, which has no Python 3 equivalent expression.
/// f-strings are lowered too: `f"a{x!r:>{w}}"` arrives as
/// `"a" + format(repr(x), ">" + str(w))` (calls of the builtins by name).
/// Every node carries the location of its first token.

/// A parsed module: its statements and the file they came from.
public struct Module: Sendable {
    public var body: [Stmt]
    public var file: SourceFile

    public init(body: [Stmt], file: SourceFile) {
        self.body = body
        self.file = file
    }
}

// MARK: - Expressions

public struct Expr: Sendable {
    public var kind: ExprKind
    public var location: SourceLocation

    public init(_ kind: ExprKind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public indirect enum ExprKind: Sendable {
    case name(String)
    case constant(Constant)
    /// Adjacent string literals are already concatenated by the parser.
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    case dict([DictItem])
    /// `*x` inside a display, a call's positional list or an assignment target.
    case starred(Expr)
    case attribute(Expr, String)
    /// `value[index]`; a slice index is an `.slice` expression, `a[1:2, 3]` a tuple of them.
    case `subscript`(Expr, Expr)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case call(Expr, [Argument])
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    /// `a and b and c` / `a or b`: operands in order, evaluated with short-circuit.
    case boolean(BooleanOperator, [Expr])
    /// `a < b <= c`: the first operand and each (operator, operand) that follows.
    case compare(Expr, [Comparison])
    /// `body if test else orElse`
    case conditional(test: Expr, body: Expr, orElse: Expr)
    case lambda(Parameters, body: Expr)
    case listComprehension(Expr, [Comprehension])
    case setComprehension(Expr, [Comprehension])
    case dictComprehension(key: Expr, value: Expr, [Comprehension])
    case generator(Expr, [Comprehension])
    case yield(Expr?)
    case yieldFrom(Expr)
}

public enum Constant: Sendable, Equatable {
    case none
    case `true`
    case `false`
    case ellipsis
    case int(Int)
    /// An integer literal too large for `Int`, as decimal digits (the parser
    /// converts other radixes).
    case bigInt(String)
    case float(Double)
    /// Imaginary literals (`3j`) are not supported; the lexer reports them.
    case string(String)
    case bytes([UInt8])
}

public enum DictItem: Sendable {
    case pair(key: Expr, value: Expr)
    /// `**mapping` inside a dict display.
    case unpack(Expr)
}

public enum Argument: Sendable {
    case positional(Expr)
    case keyword(String, Expr)
    /// `*iterable`
    case star(Expr)
    /// `**mapping`
    case doubleStar(Expr)
}

public enum UnaryOperator: String, Sendable {
    case not = "not"
    case minus = "-"
    case plus = "+"
    case invert = "~"
}

public enum BinaryOperator: String, Sendable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case matrixMultiply = "@"
    case divide = "/"
    case floorDivide = "//"
    case modulo = "%"
    case power = "**"
    case leftShift = "<<"
    case rightShift = ">>"
    case bitOr = "|"
    case bitXor = "^"
    case bitAnd = "&"
}

public enum BooleanOperator: String, Sendable {
    case and
    case or
}

public enum CompareOperator: String, Sendable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case `is` = "is"
    case isNot = "is not"
    case `in` = "in"
    case notIn = "not in"
}

public struct Comparison: Sendable {
    public var op: CompareOperator
    public var right: Expr

    public init(_ op: CompareOperator, _ right: Expr) {
        self.op = op
        self.right = right
    }
}

/// One `for target in iter if cond…` clause of a comprehension.
public struct Comprehension: Sendable {
    public var target: Expr
    public var iterable: Expr
    public var conditions: [Expr]

    public init(target: Expr, iterable: Expr, conditions: [Expr]) {
        self.target = target
        self.iterable = iterable
        self.conditions = conditions
    }
}

/// A function's or lambda's parameter list:
/// `def f(a, b=1, *args, c, d=2, **kwargs)`.
public struct Parameters: Sendable {
    /// Positional-or-keyword parameters, in order.
    public var positional: [Parameter]
    /// `*args`; nil when absent (a bare `*` only starts keyword-only ones).
    public var varargs: Parameter?
    public var keywordOnly: [Parameter]
    /// `**kwargs`
    public var kwargs: Parameter?

    public init(positional: [Parameter] = [], varargs: Parameter? = nil,
                keywordOnly: [Parameter] = [], kwargs: Parameter? = nil) {
        self.positional = positional
        self.varargs = varargs
        self.keywordOnly = keywordOnly
        self.kwargs = kwargs
    }
}

public struct Parameter: Sendable {
    public var name: String
    public var defaultValue: Expr?
    public var location: SourceLocation

    public init(name: String, defaultValue: Expr? = nil, at location: SourceLocation) {
        self.name = name
        self.defaultValue = defaultValue
        self.location = location
    }
}

// MARK: - Statements

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var location: SourceLocation

    public init(_ kind: StmtKind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public indirect enum StmtKind: Sendable {
    case expression(Expr)
    /// `a = b = value`: every target receives the value, left to right.
    case assign(targets: [Expr], value: Expr)
    case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `x: T = v` (the annotation is evaluated and dropped); value may be absent.
    case annotatedAssign(target: Expr, annotation: Expr, value: Expr?)
    case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `for`(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt])
    case `break`
    case `continue`
    case pass
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
    /// `raise`, `raise E`, `raise E from cause`.
    case raise(exception: Expr?, cause: Expr?)
    case with(items: [WithItem], body: [Stmt])
    /// `import a.b.c as d, e`
    case `import`([ImportName])
    /// `from ..pkg.mod import a as b, c` (level counts the dots); `names` is
    /// empty for `from m import *`.
    case importFrom(module: String?, names: [ImportName], level: Int)
    case global([String])
    case nonlocal([String])
    case delete([Expr])
    case assert(test: Expr, message: Expr?)
    /// The Python 2 print statement: `print >>dest, a, b,`.
    case print(destination: Expr?, values: [Expr], trailingComma: Bool)
}

public struct FunctionDef: Sendable {
    public var name: String
    public var parameters: Parameters
    public var body: [Stmt]
    /// Decorator expressions, outermost first (as written, top to bottom).
    public var decorators: [Expr]
    public var location: SourceLocation

    public init(name: String, parameters: Parameters, body: [Stmt], decorators: [Expr], at location: SourceLocation) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.decorators = decorators
        self.location = location
    }
}

public struct ClassDef: Sendable {
    public var name: String
    /// Base classes and keywords (`metaclass=…` is accepted and ignored by the runtime).
    public var bases: [Argument]
    public var body: [Stmt]
    public var decorators: [Expr]
    public var location: SourceLocation

    public init(name: String, bases: [Argument], body: [Stmt], decorators: [Expr], at location: SourceLocation) {
        self.name = name
        self.bases = bases
        self.body = body
        self.decorators = decorators
        self.location = location
    }
}

public struct ExceptHandler: Sendable {
    /// nil for a bare `except:`.
    public var type: Expr?
    /// `except E as name` / Python 2 `except E, name`.
    public var name: String?
    public var body: [Stmt]
    public var location: SourceLocation

    public init(type: Expr?, name: String?, body: [Stmt], at location: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.location = location
    }
}

public struct WithItem: Sendable {
    public var context: Expr
    public var target: Expr?

    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

public struct ImportName: Sendable {
    /// A dotted module name for `import`, a plain name for `from … import`.
    public var name: String
    public var asName: String?
    public var location: SourceLocation

    public init(name: String, asName: String?, at location: SourceLocation) {
        self.name = name
        self.asName = asName
        self.location = location
    }
}
