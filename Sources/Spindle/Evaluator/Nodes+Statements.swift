import SpindleSyntax

/// Simple statements and loops.

final class ExpressionStatement: StmtNode {
    let expression: ExprNode

    init(_ expression: ExprNode, line: Int) {
        self.expression = expression
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        _ = try expression.eval(f)
        return .normal
    }
}

final class PassStatement: StmtNode {
    override func exec(_ f: Frame) throws -> Completion { .normal }
}

final class BreakStatement: StmtNode {
    override func exec(_ f: Frame) throws -> Completion { .breakLoop }
}

final class ContinueStatement: StmtNode {
    override func exec(_ f: Frame) throws -> Completion { .continueLoop }
}

final class ReturnStatement: StmtNode {
    let value: ExprNode?

    init(_ value: ExprNode?, line: Int) {
        self.value = value
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        .returnValue(try value?.eval(f) ?? .None)
    }
}

/// `return x` for a local `x`: the slot is read without a call to the
/// load node.
final class ReturnLocalStatement: StmtNode {
    let slot: Int
    let name: String

    init(_ local: LocalLoad, line: Int) {
        self.slot = local.slot
        self.name = local.name
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        if let v = f.slots[slot] { return .returnValue(v) }
        throw unboundLocal(name)
    }
}

/// Picks the node for `return value`.
func makeReturnStatement(_ value: ExprNode?, line: Int) -> StmtNode {
    if let local = value as? LocalLoad { return ReturnLocalStatement(local, line: line) }
    return ReturnStatement(value, line: line)
}

/// `x = value` for a local slot: the commonest statement, kept direct.
final class LocalAssignStatement: StmtNode {
    let slot: Int
    let value: ExprNode

    init(slot: Int, value: ExprNode, line: Int) {
        self.slot = slot
        self.value = value
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        storeLocal(try value.eval(f), f.slots + slot)
        return .normal
    }
}

/// `a = b = value`: targets receive the value left to right.
final class AssignStatement: StmtNode {
    let targets: [TargetNode]
    let value: ExprNode

    init(targets: [TargetNode], value: ExprNode, line: Int) {
        self.targets = targets
        self.value = value
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        let v = try value.eval(f)
        for target in targets { try target.assign(v, f) }
        return .normal
    }
}

/// `x op= value` for a local slot; `+=` and `-=` have their own classes
/// (`makeLocalAugmentedAssign`) so their operator is a constant.
class LocalAugmentedAssign: StmtNode {
    let slot: Int
    let name: String
    let op: BinaryOperator
    let value: ExprNode

    let valueSlot: Int
    /// The operand when it is an int literal (`i += 1`).
    let intConstant: Int?

    init(slot: Int, name: String, op: BinaryOperator, value: ExprNode, line: Int) {
        self.slot = slot
        self.name = name
        self.op = op
        self.value = value
        self.valueSlot = localSlot(of: value)
        if let constant = value as? ConstantNode, case .int(let k) = constant.value {
            intConstant = k
        } else {
            intConstant = nil
        }
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        try update(op, f)
        return .normal
    }

    /// An int local updated by an int literal or another int local is
    /// overwritten in place: the old content is a plain int, so nothing
    /// needs destroying.
    @inline(__always)
    final func update(_ op: BinaryOperator, _ f: Frame) throws {
        if let x = localInt(f, slot), let y = intConstant ?? localInt(f, valueSlot) {
            (f.slots + slot).initialize(to: try IntOperators.apply(op, x, y))
            return
        }
        try updateGeneral(op, f)
    }

    @inline(__always)
    final func updateGeneral(_ op: BinaryOperator, _ f: Frame) throws {
        guard let current = f.slots[slot] else { throw unboundLocal(name) }
        let operand = try scalarOperand(value, valueSlot, f)
        if let r = try scalarArithmetic(op, current, operand) {
            storeLocal(r, f.slots + slot)
        } else {
            f.slots[slot] = try f.thread.inplaceOperation(op, current, operand)
        }
    }
}

final class LocalAddAssign: LocalAugmentedAssign {
    override func exec(_ f: Frame) throws -> Completion {
        if let x = localInt(f, slot), let y = intConstant ?? localInt(f, valueSlot) {
            (f.slots + slot).initialize(to: IntArithmetic.add(x, y))
            return .normal
        }
        let target = f.slots + slot
        if PyStr.isExact(target.pointee) {
            let operand = try value.eval(f)
            try PyStr.addAssign(f.thread, target, operand)
            return .normal
        }
        try update(.add, f)
        return .normal
    }
}

final class LocalSubtractAssign: LocalAugmentedAssign {
    override func exec(_ f: Frame) throws -> Completion {
        if let x = localInt(f, slot), let y = intConstant ?? localInt(f, valueSlot) {
            (f.slots + slot).initialize(to: IntArithmetic.subtract(x, y))
            return .normal
        }
        try update(.subtract, f)
        return .normal
    }
}

/// Picks the class for `name op= value` on a local slot.
func makeLocalAugmentedAssign(slot: Int, name: String, op: BinaryOperator, value: ExprNode, line: Int) -> StmtNode {
    switch op {
    case .add: return LocalAddAssign(slot: slot, name: name, op: op, value: value, line: line)
    case .subtract: return LocalSubtractAssign(slot: slot, name: name, op: op, value: value, line: line)
    default: return LocalAugmentedAssign(slot: slot, name: name, op: op, value: value, line: line)
    }
}

/// `x: T = v`: the annotation is evaluated (as Python does at module and
/// class level) and dropped.
final class AnnotatedAssign: StmtNode {
    let target: TargetNode?
    let annotation: ExprNode?
    let value: ExprNode?

    init(target: TargetNode?, annotation: ExprNode?, value: ExprNode?, line: Int) {
        self.target = target
        self.annotation = annotation
        self.value = value
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        if let value, let target { try target.assign(try value.eval(f), f) }
        _ = try annotation?.eval(f)
        return .normal
    }
}

final class DeleteStatement: StmtNode {
    let targets: [TargetNode]

    init(_ targets: [TargetNode], line: Int) {
        self.targets = targets
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        for target in targets { try target.delete(f) }
        return .normal
    }
}


final class AssertStatement: StmtNode {
    let test: ExprNode
    let message: ExprNode?

    init(test: ExprNode, message: ExprNode?, line: Int) {
        self.test = test
        self.message = message
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        if try test.test(f) { return .normal }
        if let message {
            throw PyError(.assertionError, args: [try message.eval(f)])
        }
        throw PyError(.assertionError, args: [])
    }
}
