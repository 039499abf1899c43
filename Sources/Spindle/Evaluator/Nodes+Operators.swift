import SpindleSyntax

/// Arithmetic, comparison and boolean operators. Operations on two machine
/// ints are done inline; everything else goes to the object layer.

final class BinaryNode: ExprNode {
    let op: BinaryOperator
    let left: ExprNode
    let right: ExprNode

    init(_ op: BinaryOperator, _ left: ExprNode, _ right: ExprNode, line: Int) {
        self.op = op
        self.left = left
        self.right = right
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let a = try left.eval(f)
        let b = try right.eval(f)
        if case .int(let x) = a, case .int(let y) = b, let r = intOperation(op, x, y) { return .int(r) }
        return try f.thread.binary(op, a, b)
    }
}

/// `x op y` on two machine ints when the result is a machine int; nil
/// sends the operation to the general (big-int aware) path.
@inline(__always)
func intOperation(_ op: BinaryOperator, _ x: Int, _ y: Int) -> Int? {
    switch op {
    case .add:
        let (r, o) = x.addingReportingOverflow(y)
        return o ? nil : r
    case .subtract:
        let (r, o) = x.subtractingReportingOverflow(y)
        return o ? nil : r
    case .multiply:
        let (r, o) = x.multipliedReportingOverflow(by: y)
        return o ? nil : r
    case .floorDivide:
        if y == 0 || (x == .min && y == -1) { return nil }
        let q = x / y
        return (x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q
    case .modulo:
        if y == 0 || y == -1 { return y == 0 ? nil : 0 }
        let r = x % y
        return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r
    case .bitAnd: return x & y
    case .bitOr: return x | y
    case .bitXor: return x ^ y
    case .leftShift:
        if y < 0 || y >= 63 { return y < 0 ? nil : (x == 0 ? 0 : nil) }
        let r = x << y
        return (r >> y) == x ? r : nil
    case .rightShift:
        if y < 0 { return nil }
        return y >= 64 ? (x < 0 ? -1 : 0) : x >> y
    default: return nil
    }
}

@inline(__always)
func intCompare(_ op: CompareOperator, _ x: Int, _ y: Int) -> Bool? {
    switch op {
    case .less: return x < y
    case .lessEqual: return x <= y
    case .greater: return x > y
    case .greaterEqual: return x >= y
    case .equal, .is: return x == y
    case .notEqual, .isNot: return x != y
    default: return nil
    }
}

final class CompareNode: ExprNode {
    let op: CompareOperator
    let left: ExprNode
    let right: ExprNode

    init(_ op: CompareOperator, _ left: ExprNode, _ right: ExprNode, line: Int) {
        self.op = op
        self.left = left
        self.right = right
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let a = try left.eval(f)
        let b = try right.eval(f)
        if case .int(let x) = a, case .int(let y) = b, let r = intCompare(op, x, y) { return .bool(r) }
        return try f.thread.compare(op, a, b)
    }

    override func test(_ f: Frame) throws -> Bool {
        let a = try left.eval(f)
        let b = try right.eval(f)
        if case .int(let x) = a, case .int(let y) = b, let r = intCompare(op, x, y) { return r }
        let thread = f.thread
        switch op {
        case .is: return a.isIdentical(to: b)
        case .isNot: return !a.isIdentical(to: b)
        case .in: return try thread.contains(b, a)
        case .notIn: return !(try thread.contains(b, a))
        default: return try thread.truthy(thread.compare(op, a, b))
        }
    }
}

/// `a < b < c`: each middle operand is evaluated once; stops at the first false link.
final class ChainedCompareNode: ExprNode {
    let first: ExprNode
    let links: [(CompareOperator, ExprNode)]

    init(_ first: ExprNode, _ links: [(CompareOperator, ExprNode)], line: Int) {
        self.first = first
        self.links = links
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        var left = try first.eval(f)
        var result = Value.bool(true)
        for (op, node) in links {
            let right = try node.eval(f)
            result = try f.thread.compare(op, left, right)
            if !(try f.thread.truthy(result)) { return result }
            left = right
        }
        return result
    }
}

final class UnaryNode: ExprNode {
    let op: UnaryOperator
    let operand: ExprNode

    init(_ op: UnaryOperator, _ operand: ExprNode, line: Int) {
        self.op = op
        self.operand = operand
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let v = try operand.eval(f)
        switch op {
        case .not: return .bool(!(try f.thread.truthy(v)))
        case .minus:
            if case .int(let i) = v, i != .min { return .int(-i) }
            if case .float(let d) = v { return .float(-d) }
        default: break
        }
        return try f.thread.unary(op, v)
    }

    override func test(_ f: Frame) throws -> Bool {
        if op == .not { return !(try operand.test(f)) }
        return try super.test(f)
    }
}

/// `a and b and c`: the first false operand, or the last one (whose
/// truth is not taken).
final class AndNode: ExprNode {
    /// Keeps the operands alive.
    let operands: [ExprNode]
    /// The same operands, evaluated without retaining each one.
    private let borrowed: ContiguousArray<Unmanaged<ExprNode>>

    init(_ operands: [ExprNode], line: Int) {
        self.operands = operands
        self.borrowed = ContiguousArray(operands.map { Unmanaged.passUnretained($0) })
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let last = borrowed.count - 1
        for i in 0..<last {
            let v = try borrowed[i]._withUnsafeGuaranteedRef { try $0.eval(f) }
            if !(try f.thread.truthy(v)) { return v }
        }
        return try borrowed[last]._withUnsafeGuaranteedRef { try $0.eval(f) }
    }

    /// Each operand's truth is taken once, as CPython's jumps do.
    override func test(_ f: Frame) throws -> Bool {
        for operand in borrowed where !(try operand._withUnsafeGuaranteedRef({ try $0.test(f) })) { return false }
        return true
    }
}

/// `a or b or c`: the first true operand, or the last one.
final class OrNode: ExprNode {
    /// Keeps the operands alive.
    let operands: [ExprNode]
    /// The same operands, evaluated without retaining each one.
    private let borrowed: ContiguousArray<Unmanaged<ExprNode>>

    init(_ operands: [ExprNode], line: Int) {
        self.operands = operands
        self.borrowed = ContiguousArray(operands.map { Unmanaged.passUnretained($0) })
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let last = borrowed.count - 1
        for i in 0..<last {
            let v = try borrowed[i]._withUnsafeGuaranteedRef { try $0.eval(f) }
            if try f.thread.truthy(v) { return v }
        }
        return try borrowed[last]._withUnsafeGuaranteedRef { try $0.eval(f) }
    }

    override func test(_ f: Frame) throws -> Bool {
        for operand in borrowed where try operand._withUnsafeGuaranteedRef({ try $0.test(f) }) { return true }
        return false
    }
}

final class ConditionalNode: ExprNode {
    let test: ExprNode
    let body: ExprNode
    let orElse: ExprNode

    init(test: ExprNode, body: ExprNode, orElse: ExprNode, line: Int) {
        self.test = test
        self.body = body
        self.orElse = orElse
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        try test.test(f) ? body.eval(f) : orElse.eval(f)
    }
}

extension ThreadState {
    /// Truth of a value, with the common cases inline.
    @inline(__always)
    func isTrue(_ v: Value) throws -> Bool {
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .None: return false
        default: return try truthy(v)
        }
    }
}
