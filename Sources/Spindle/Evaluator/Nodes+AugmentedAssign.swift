import SpindleSyntax

/// `target op= value` for a name that is not a plain local, or an
/// attribute, whose object is evaluated once. Subscript targets have their
/// own nodes (`Nodes+ItemAugmentedAssign.swift`).
final class AugmentedAssign: StmtNode {
    enum Place {
        case name(load: ExprNode, store: TargetNode)
        case attribute(ExprNode, String)
    }

    let place: Place
    let op: BinaryOperator
    let value: ExprNode
    /// Inline caches of an attribute target's read and write.
    let readCache = AttributeSiteCache()
    let writeCache = AttributeSiteCache()

    /// The parts of an attribute target, kept outside the enum so the hot
    /// path reads them without copying (and retaining) a payload.
    private let attributeObject: ExprNode?
    private let attributeName: String
    /// The local slot of the attribute's object, or -1 (the receiver is
    /// then borrowed from the frame, see `borrowedLocalObject`).
    private let receiverSlot: Int
    /// For `local.name += k` / `-=` with `k` an int literal or a local:
    /// the literal, or the operand's local slot (-1 when neither), so an
    /// int slot is updated in place under one lock of the instance.
    private let intOperand: Int?
    private let operandSlot: Int

    init(place: Place, op: BinaryOperator, value: ExprNode, line: Int) {
        self.place = place
        self.op = op
        self.value = value
        if case .attribute(let object, let name) = place {
            attributeObject = object
            attributeName = name
            receiverSlot = localSlot(of: object)
        } else {
            attributeObject = nil
            attributeName = ""
            receiverSlot = -1
        }
        let inPlace = (op == .add || op == .subtract) && receiverSlot >= 0
        if inPlace, let constant = value as? ConstantNode, case .int(let k) = constant.value {
            intOperand = k
        } else {
            intOperand = nil
        }
        operandSlot = inPlace ? localSlot(of: value) : -1
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        // Checked before binding `attributeObject`, which would retain the node.
        if receiverSlot >= 0, let borrowed = borrowedLocalObject(f, receiverSlot) {
            try updateLocalAttribute(borrowed, f)
            return .normal
        }
        if let objectNode = attributeObject {
            try update(try objectNode.eval(f), f)
            return .normal
        }
        let thread = f.thread
        switch place {
        case .name(let load, let store):
            let current = try load.eval(f)
            try store.assign(try combine(current, try value.eval(f), thread), f)
        case .attribute(let objectNode, _):
            try update(try objectNode.eval(f), f)
        }
        return .normal
    }

    /// `local.name op= value` with the receiver borrowed from its slot.
    /// Both operands of the in-place int update are side-effect free, so
    /// trying it first and falling back keeps the order of evaluation that
    /// Python code can observe.
    @inline(__always)
    private func updateLocalAttribute(_ borrowed: Unmanaged<PyObject>, _ f: Frame) throws {
        if let operand = intOperandValue(f),
           borrowed._withUnsafeGuaranteedRef({ $0.cachedIntUpdate(readCache, writeCache, op, operand) }) {
            return
        }
        try borrowed._withUnsafeGuaranteedRef { try update(.object($0), f) }
    }

    /// The int operand of an in-place update, when it has one now.
    @inline(__always)
    private func intOperandValue(_ f: Frame) -> Int? {
        if let intOperand { return intOperand }
        if operandSlot >= 0, case .int(let k)? = f.slots[operandSlot] { return k }
        return nil
    }

    /// `obj.name op= value` through the read and write caches; the thread
    /// state is only fetched when a cache misses or the operation is not on
    /// scalars.
    @inline(__always)
    private func update(_ receiver: Value, _ f: Frame) throws {
        let current: Value
        if case .object(let object) = receiver, case .value(let found) = object.cachedRead(readCache) {
            current = found
        } else {
            current = try f.thread.getAttribute(receiver, attributeName, cache: readCache)
        }
        let operand = try value.eval(f)
        let result = try scalarArithmetic(op, current, operand) ?? f.thread.inplaceOperation(op, current, operand)
        if case .object(let object) = receiver, object.cachedWrite(writeCache, result) { return }
        try f.thread.setAttribute(receiver, attributeName, result, cache: writeCache)
    }

    private func combine(_ a: Value, _ b: Value, _ thread: ThreadState) throws -> Value {
        if let r = try scalarArithmetic(op, a, b) { return r }
        return try thread.inplaceOperation(op, a, b)
    }
}
