import SpindleSyntax

/// `container[key] op= value`, with the container and key evaluated once.
/// The parts are plain `let` children (no enum payload to copy), the thread
/// state is only fetched for the general protocol, and when the container
/// is a local, the key a constant or local and the value a plain operand
/// (`a[3] -= dx * mb`), the container is used borrowed from its slot (see
/// `Nodes+LocalSubscript.swift`), so the whole update touches no reference
/// count. `+=`, `-=` and `*=` have their own classes
/// (`makeItemAugmentedAssign`) so their operator is a constant.
class ItemAugmentedAssign: StmtNode {
    let container: ExprNode
    let index: ExprNode
    let op: BinaryOperator
    let value: ExprNode
    /// The container's local slot when the borrowed path applies, else -1.
    let borrowSlot: Int
    /// Read in place (a copy of the struct would retain its node).
    let key: PlainSubscriptKey

    init(container: ExprNode, index: ExprNode, op: BinaryOperator, value: ExprNode, line: Int) {
        self.container = container
        self.index = index
        self.op = op
        self.value = value
        if let local = container as? LocalLoad, let key = PlainSubscriptKey(index), isPlainOperand(value) {
            self.borrowSlot = local.slot
            self.key = key
        } else {
            self.borrowSlot = -1
            self.key = PlainSubscriptKey(unused: index)
        }
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        try update(op, f)
        return .normal
    }

    @inline(__always)
    final func update(_ op: BinaryOperator, _ f: Frame) throws {
        if borrowSlot >= 0, let object = borrowedLocalObject(f, borrowSlot) {
            if object._withUnsafeGuaranteedRef({ $0.objectKind == .list }), let i = key.intValue(f) {
                // The list stays borrowed inside the closure (returning it would retain it).
                try object._withUnsafeGuaranteedRef { o in
                    let list = unsafeDowncast(o, to: PyList.self)
                    let current = try list.item(i)
                    if case .float(let x) = current, FloatOperators.supports(op) {
                        // Two floats: no Value needs destroying afterwards.
                        let operand = try value.eval(f)
                        if case .float(let y) = operand {
                            try list.setItem(i, try FloatOperators.apply(op, x, y))
                            return
                        }
                        try list.setItem(i, try combine(op, current, operand, f))
                        return
                    }
                    try list.setItem(i, try combine(op, current, try value.eval(f), f))
                }
                return
            }
            let k = try key.value(f)
            if try object._withUnsafeGuaranteedRef({ try updateBorrowed(op, $0, k, f) }) { return }
        }
        try updateGeneral(op, f)
    }

    /// The update of a borrowed container; false (with nothing evaluated
    /// but the key, which runs no code) when the fast read does not apply.
    @inline(__always)
    private func updateBorrowed(_ op: BinaryOperator, _ o: PyObject, _ k: Value, _ f: Frame) throws -> Bool {
        guard let current = try FastSubscript.get(o, k) else { return false }
        let result = try combine(op, current, try value.eval(f), f)
        if try FastSubscript.set(o, k, result) { return true }
        try f.withThread { try $0.setItem(.object(o), k, result) }
        return true
    }

    private func updateGeneral(_ op: BinaryOperator, _ f: Frame) throws {
        let c = try container.eval(f)
        let k = try index.eval(f)
        let current: Value
        if case .object(let o) = c, let found = try FastSubscript.get(o, k) {
            current = found
        } else {
            current = try f.withThread { try $0.getItem(c, k) }
        }
        let result = try combine(op, current, try value.eval(f), f)
        if case .object(let o) = c, try FastSubscript.set(o, k, result) { return }
        try f.withThread { try $0.setItem(c, k, result) }
    }

    @inline(__always)
    private func combine(_ op: BinaryOperator, _ a: Value, _ b: Value, _ f: Frame) throws -> Value {
        if let r = try scalarArithmetic(op, a, b) { return r }
        return try f.withThread { try $0.inplaceOperation(op, a, b) }
    }
}

final class ItemAddAssign: ItemAugmentedAssign {
    override func exec(_ f: Frame) throws -> Completion {
        try update(.add, f)
        return .normal
    }
}

final class ItemSubtractAssign: ItemAugmentedAssign {
    override func exec(_ f: Frame) throws -> Completion {
        try update(.subtract, f)
        return .normal
    }
}

final class ItemMultiplyAssign: ItemAugmentedAssign {
    override func exec(_ f: Frame) throws -> Completion {
        try update(.multiply, f)
        return .normal
    }
}

/// Picks the class for `container[key] op= value`.
func makeItemAugmentedAssign(container: ExprNode, index: ExprNode, op: BinaryOperator, value: ExprNode,
                             line: Int) -> StmtNode {
    switch op {
    case .add: return ItemAddAssign(container: container, index: index, op: op, value: value, line: line)
    case .subtract: return ItemSubtractAssign(container: container, index: index, op: op, value: value, line: line)
    case .multiply: return ItemMultiplyAssign(container: container, index: index, op: op, value: value, line: line)
    default: return ItemAugmentedAssign(container: container, index: index, op: op, value: value, line: line)
    }
}
