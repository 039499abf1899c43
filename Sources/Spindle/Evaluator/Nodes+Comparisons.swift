import SpindleSyntax

/// The six rich comparisons, one node class per operator (chosen by the
/// resolver, `makeCompareNode`), each with an int/float fast path. Besides
/// `eval` they implement `test`, which an `if`, `while`, `and`/`or` or
/// conditional expression calls to get a Swift `Bool` without building a
/// `Value`. Identity and membership tests stay in `CompareNode`.

/// Picks the node class for `left op right`.
func makeCompareNode(_ op: CompareOperator, _ left: ExprNode, _ right: ExprNode, line: Int) -> ExprNode {
    if let constant = right as? ConstantNode, case .int(let k) = constant.value {
        switch op {
        case .less: return LessIntNode(left, right, k, line: line)
        case .lessEqual: return LessEqualIntNode(left, right, k, line: line)
        case .greater: return GreaterIntNode(left, right, k, line: line)
        case .greaterEqual: return GreaterEqualIntNode(left, right, k, line: line)
        case .equal: return EqualIntNode(left, right, k, line: line)
        case .notEqual: return NotEqualIntNode(left, right, k, line: line)
        default: break
        }
    }
    switch op {
    case .less: return LessNode(left, right, line: line)
    case .lessEqual: return LessEqualNode(left, right, line: line)
    case .greater: return GreaterNode(left, right, line: line)
    case .greaterEqual: return GreaterEqualNode(left, right, line: line)
    case .equal: return EqualNode(left, right, line: line)
    case .notEqual: return NotEqualNode(left, right, line: line)
    default: return CompareNode(op, left, right, line: line)
    }
}

/// `x op y` for a rich comparison when both operands are ints or floats;
/// nil for anything else. An int is compared with a float only when it
/// converts to a Double exactly (|x| ≤ 2**53); larger ones take the exact
/// general path, as Python compares them exactly. NaN compares as IEEE says.
@inline(__always)
func scalarCompare(_ op: CompareOperator, _ a: Value, _ b: Value) -> Bool? {
    switch a {
    case .int(let x):
        switch b {
        case .int(let y): return op.holds(x, y)
        case .float(let y): return x.magnitude <= 1 << 53 ? op.holds(Double(x), y) : nil
        default: return nil
        }
    case .float(let x):
        switch b {
        case .float(let y): return op.holds(x, y)
        case .int(let y): return y.magnitude <= 1 << 53 ? op.holds(x, Double(y)) : nil
        default: return nil
        }
    default: return nil
    }
}

/// The operands shared by the per-operator comparison nodes.
class RichCompareNode: OperandPairNode {

    /// The general comparison (rich comparison methods may return any value).
    @inline(__always)
    final func compareValue(_ op: CompareOperator, _ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = scalarCompare(op, a, b) { return .bool(r) }
        return try f.thread.compare(op, a, b)
    }

    @inline(__always)
    final func compareTest(_ op: CompareOperator, _ f: Frame) throws -> Bool {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = scalarCompare(op, a, b) { return r }
        let thread = f.thread
        return try thread.truthy(thread.compare(op, a, b))
    }
}

/// A rich comparison whose right operand is an int literal (`n < 2`,
/// `k == 0`): an int left operand is compared with the constant directly.
class IntConstantCompareNode: RichCompareNode {
    let constant: Int

    init(_ left: ExprNode, _ right: ExprNode, _ constant: Int, line: Int) {
        self.constant = constant
        super.init(left, right, line: line)
    }

    @inline(__always)
    final func constantValue(_ op: CompareOperator, _ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f)
        if case .int(let x) = a { return .bool(op.holds(x, constant)) }
        let b = Value.int(constant)
        if let r = scalarCompare(op, a, b) { return .bool(r) }
        return try f.thread.compare(op, a, b)
    }

    @inline(__always)
    final func constantTest(_ op: CompareOperator, _ f: Frame) throws -> Bool {
        let a = try scalarOperand(left, leftSlot, f)
        if case .int(let x) = a { return op.holds(x, constant) }
        let b = Value.int(constant)
        if let r = scalarCompare(op, a, b) { return r }
        let thread = f.thread
        return try thread.truthy(thread.compare(op, a, b))
    }
}

final class LessIntNode: IntConstantCompareNode {
    override func eval(_ f: Frame) throws -> Value { try constantValue(.less, f) }
    override func test(_ f: Frame) throws -> Bool { try constantTest(.less, f) }
}

final class LessEqualIntNode: IntConstantCompareNode {
    override func eval(_ f: Frame) throws -> Value { try constantValue(.lessEqual, f) }
    override func test(_ f: Frame) throws -> Bool { try constantTest(.lessEqual, f) }
}

final class GreaterIntNode: IntConstantCompareNode {
    override func eval(_ f: Frame) throws -> Value { try constantValue(.greater, f) }
    override func test(_ f: Frame) throws -> Bool { try constantTest(.greater, f) }
}

final class GreaterEqualIntNode: IntConstantCompareNode {
    override func eval(_ f: Frame) throws -> Value { try constantValue(.greaterEqual, f) }
    override func test(_ f: Frame) throws -> Bool { try constantTest(.greaterEqual, f) }
}

final class EqualIntNode: IntConstantCompareNode {
    override func eval(_ f: Frame) throws -> Value { try constantValue(.equal, f) }
    override func test(_ f: Frame) throws -> Bool { try constantTest(.equal, f) }
}

final class NotEqualIntNode: IntConstantCompareNode {
    override func eval(_ f: Frame) throws -> Value { try constantValue(.notEqual, f) }
    override func test(_ f: Frame) throws -> Bool { try constantTest(.notEqual, f) }
}

final class LessNode: RichCompareNode {
    override func eval(_ f: Frame) throws -> Value { try compareValue(.less, f) }
    override func test(_ f: Frame) throws -> Bool { try compareTest(.less, f) }
}

final class LessEqualNode: RichCompareNode {
    override func eval(_ f: Frame) throws -> Value { try compareValue(.lessEqual, f) }
    override func test(_ f: Frame) throws -> Bool { try compareTest(.lessEqual, f) }
}

final class GreaterNode: RichCompareNode {
    override func eval(_ f: Frame) throws -> Value { try compareValue(.greater, f) }
    override func test(_ f: Frame) throws -> Bool { try compareTest(.greater, f) }
}

final class GreaterEqualNode: RichCompareNode {
    override func eval(_ f: Frame) throws -> Value { try compareValue(.greaterEqual, f) }
    override func test(_ f: Frame) throws -> Bool { try compareTest(.greaterEqual, f) }
}

final class EqualNode: RichCompareNode {
    override func eval(_ f: Frame) throws -> Value { try compareValue(.equal, f) }
    override func test(_ f: Frame) throws -> Bool { try compareTest(.equal, f) }
}

final class NotEqualNode: RichCompareNode {
    override func eval(_ f: Frame) throws -> Value { try compareValue(.notEqual, f) }
    override func test(_ f: Frame) throws -> Bool { try compareTest(.notEqual, f) }
}
