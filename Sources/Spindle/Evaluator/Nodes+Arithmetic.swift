import SpindleSyntax

/// Binary arithmetic with one node class per operator, chosen by the
/// resolver (`makeBinaryNode`), so the operator is a constant in each
/// node's code: the shared `scalarArithmetic` helper is inlined into every
/// class with its operator switch folded away, leaving the int, float and
/// int/float cases a few instructions each. Everything else (bools, big
/// ints, strings, containers, instances with `__add__`) goes to the
/// general protocol in `ThreadState.binarySlow`, unchanged.

/// Picks the node class for `left op right`.
func makeBinaryNode(_ op: BinaryOperator, _ left: ExprNode, _ right: ExprNode, line: Int) -> ExprNode {
    if let constant = right as? ConstantNode, case .int(let k) = constant.value,
       let node = makeIntConstantNode(op, left, k, line: line) {
        return node
    }
    switch op {
    case .add: return AddNode(left, right, line: line)
    case .subtract: return SubtractNode(left, right, line: line)
    case .multiply: return MultiplyNode(left, right, line: line)
    case .divide: return TrueDivideNode(left, right, line: line)
    case .floorDivide: return FloorDivideNode(left, right, line: line)
    case .modulo: return ModuloNode(left, right, line: line)
    case .power: return PowerNode(left, right, line: line)
    case .bitAnd: return BitAndNode(left, right, line: line)
    case .bitOr: return BitOrNode(left, right, line: line)
    case .bitXor: return BitXorNode(left, right, line: line)
    case .leftShift: return LeftShiftNode(left, right, line: line)
    case .rightShift: return RightShiftNode(left, right, line: line)
    case .matrixMultiply: return BinaryNode(op, left, right, line: line)
    }
}

/// `x op y` when both operands are ints or floats (an int meeting a float
/// is converted, as Python does); nil for anything else, including bools,
/// which keep their own rules (`True & False` is a bool). Results and
/// errors are those of `IntOperators` / `FloatOperators`: overflow into
/// big ints, Python's floor division and modulo signs, the
/// `ZeroDivisionError` messages.
@inline(__always)
func scalarArithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
    switch a {
    case .int(let x):
        switch b {
        case .int(let y): return try IntOperators.apply(op, x, y)
        case .float(let y): return FloatOperators.supports(op) ? try floatArithmetic(op, Double(x), y) : nil
        default: return nil
        }
    case .float(let x):
        switch b {
        case .float(let y): return FloatOperators.supports(op) ? try floatArithmetic(op, x, y) : nil
        case .int(let y): return FloatOperators.supports(op) ? try floatArithmetic(op, x, Double(y)) : nil
        default: return nil
        }
    default: return nil
    }
}

/// `FloatOperators.apply` with the common non-zero division inline.
@inline(__always)
private func floatArithmetic(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value {
    if op == .divide && y != 0 { return .float(x / y) }
    return try FloatOperators.apply(op, x, y)
}

/// Two operands and, when they are plain locals, their slots: what the
/// per-operator arithmetic and comparison nodes share.
class OperandPairNode: ExprNode {
    let left: ExprNode
    let right: ExprNode
    /// Local slots of the operands, or -1 (see `scalarOperand`).
    let leftSlot: Int
    let rightSlot: Int

    init(_ left: ExprNode, _ right: ExprNode, line: Int) {
        self.left = left
        self.right = right
        self.leftSlot = localSlot(of: left)
        self.rightSlot = localSlot(of: right)
        super.init(line: line)
    }
}

/// The base of the per-operator arithmetic nodes.
class ArithmeticNode: OperandPairNode {}

final class AddNode: ArithmeticNode {
    override func eval(_ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = try scalarArithmetic(.add, a, b) { return r }
        return try f.thread.binarySlow(.add, a, b)
    }
}

final class SubtractNode: ArithmeticNode {
    override func eval(_ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = try scalarArithmetic(.subtract, a, b) { return r }
        return try f.thread.binarySlow(.subtract, a, b)
    }
}

final class MultiplyNode: ArithmeticNode {
    override func eval(_ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = try scalarArithmetic(.multiply, a, b) { return r }
        return try f.thread.binarySlow(.multiply, a, b)
    }
}

final class TrueDivideNode: ArithmeticNode {
    override func eval(_ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = try scalarArithmetic(.divide, a, b) { return r }
        return try f.thread.binarySlow(.divide, a, b)
    }
}

final class FloorDivideNode: ArithmeticNode {
    override func eval(_ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = try scalarArithmetic(.floorDivide, a, b) { return r }
        return try f.thread.binarySlow(.floorDivide, a, b)
    }
}

final class ModuloNode: ArithmeticNode {
    override func eval(_ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = try scalarArithmetic(.modulo, a, b) { return r }
        return try f.thread.binarySlow(.modulo, a, b)
    }
}

final class PowerNode: ArithmeticNode {
    override func eval(_ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = try scalarArithmetic(.power, a, b) { return r }
        return try f.thread.binarySlow(.power, a, b)
    }
}

final class BitAndNode: ArithmeticNode {
    override func eval(_ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = try scalarArithmetic(.bitAnd, a, b) { return r }
        return try f.thread.binarySlow(.bitAnd, a, b)
    }
}

final class BitOrNode: ArithmeticNode {
    override func eval(_ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = try scalarArithmetic(.bitOr, a, b) { return r }
        return try f.thread.binarySlow(.bitOr, a, b)
    }
}

final class BitXorNode: ArithmeticNode {
    override func eval(_ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = try scalarArithmetic(.bitXor, a, b) { return r }
        return try f.thread.binarySlow(.bitXor, a, b)
    }
}

final class LeftShiftNode: ArithmeticNode {
    override func eval(_ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = try scalarArithmetic(.leftShift, a, b) { return r }
        return try f.thread.binarySlow(.leftShift, a, b)
    }
}

final class RightShiftNode: ArithmeticNode {
    override func eval(_ f: Frame) throws -> Value {
        let a = try scalarOperand(left, leftSlot, f), b = try scalarOperand(right, rightSlot, f)
        if let r = try scalarArithmetic(.rightShift, a, b) { return r }
        return try f.thread.binarySlow(.rightShift, a, b)
    }
}
