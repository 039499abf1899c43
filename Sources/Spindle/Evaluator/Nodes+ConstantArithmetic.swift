import SpindleSyntax

/// Binary arithmetic with an int literal on the right (`n - 1`, `i % 7`,
/// `k & 1`), one class per operator like `Nodes+Arithmetic.swift`: the
/// constant is stored as an `Int`, so it is neither evaluated nor copied.

/// Picks the node class for `left op k` with an int literal `k`.
func makeIntConstantNode(_ op: BinaryOperator, _ left: ExprNode, _ k: Int, line: Int) -> ExprNode? {
    switch op {
    case .add: return AddIntNode(left, k, line: line)
    case .subtract: return SubtractIntNode(left, k, line: line)
    case .multiply: return MultiplyIntNode(left, k, line: line)
    case .divide: return TrueDivideIntNode(left, k, line: line)
    case .floorDivide: return FloorDivideIntNode(left, k, line: line)
    case .modulo: return ModuloIntNode(left, k, line: line)
    case .power: return PowerIntNode(left, k, line: line)
    case .bitAnd: return BitAndIntNode(left, k, line: line)
    case .bitOr: return BitOrIntNode(left, k, line: line)
    case .bitXor: return BitXorIntNode(left, k, line: line)
    case .leftShift: return LeftShiftIntNode(left, k, line: line)
    case .rightShift: return RightShiftIntNode(left, k, line: line)
    case .matrixMultiply: return nil
    }
}

/// `x op k` for an int literal `k` (`n - 1`, `i % 7`, `k & 1`): the
/// constant needs no evaluation.
class IntConstantArithmeticNode: ExprNode {
    let left: ExprNode
    let constant: Int
    /// The local slot of `left`, or -1 (see `scalarOperand`).
    let leftSlot: Int

    init(_ left: ExprNode, _ constant: Int, line: Int) {
        self.left = left
        self.constant = constant
        self.leftSlot = localSlot(of: left)
        super.init(line: line)
    }

    /// An int in a local operand is combined without building (and then
    /// destroying) a `Value` for it.
    @inline(__always)
    final func apply(_ op: BinaryOperator, _ f: Frame) throws -> Value {
        if let x = localInt(f, leftSlot) { return try IntOperators.apply(op, x, constant) }
        let a = try scalarOperand(left, leftSlot, f)
        let b = Value.int(constant)
        if let r = try scalarArithmetic(op, a, b) { return r }
        return try f.thread.binarySlow(op, a, b)
    }
}

final class AddIntNode: IntConstantArithmeticNode {
    override func eval(_ f: Frame) throws -> Value { try apply(.add, f) }
}

final class SubtractIntNode: IntConstantArithmeticNode {
    override func eval(_ f: Frame) throws -> Value { try apply(.subtract, f) }
}

final class MultiplyIntNode: IntConstantArithmeticNode {
    override func eval(_ f: Frame) throws -> Value { try apply(.multiply, f) }
}

final class TrueDivideIntNode: IntConstantArithmeticNode {
    override func eval(_ f: Frame) throws -> Value { try apply(.divide, f) }
}

final class FloorDivideIntNode: IntConstantArithmeticNode {
    override func eval(_ f: Frame) throws -> Value { try apply(.floorDivide, f) }
}

final class ModuloIntNode: IntConstantArithmeticNode {
    override func eval(_ f: Frame) throws -> Value { try apply(.modulo, f) }
}

final class PowerIntNode: IntConstantArithmeticNode {
    override func eval(_ f: Frame) throws -> Value { try apply(.power, f) }
}

final class BitAndIntNode: IntConstantArithmeticNode {
    override func eval(_ f: Frame) throws -> Value { try apply(.bitAnd, f) }

    /// `if k & 1:` tests the masked bits of a local int directly.
    override func test(_ f: Frame) throws -> Bool {
        if let x = localInt(f, leftSlot) { return x & constant != 0 }
        return try super.test(f)
    }
}

final class BitOrIntNode: IntConstantArithmeticNode {
    override func eval(_ f: Frame) throws -> Value { try apply(.bitOr, f) }
}

final class BitXorIntNode: IntConstantArithmeticNode {
    override func eval(_ f: Frame) throws -> Value { try apply(.bitXor, f) }
}

final class LeftShiftIntNode: IntConstantArithmeticNode {
    override func eval(_ f: Frame) throws -> Value { try apply(.leftShift, f) }
}

final class RightShiftIntNode: IntConstantArithmeticNode {
    override func eval(_ f: Frame) throws -> Value { try apply(.rightShift, f) }
}
