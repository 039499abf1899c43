import SpindleSyntax

/// Subscripts of a container held in a local variable (`a[0]`, `row[j]`,
/// `a[3] -= dx * m`), read and updated without reference counting the
/// container: the local slot keeps it alive, and nothing between the read
/// of the slot and the end of the subscript can rebind that slot. A frame's
/// slots are written only by statements of the frame's own code, never by
/// an expression evaluated in it (Spindle has no assignment expressions)
/// nor by another thread; still, the borrow is only taken when the key is a
/// constant or a local, so no code at all runs between reading the slot and
/// using the container. Everything the fast paths do not decide goes the
/// general way, with strong references, in Python's evaluation order.

/// The object in local slot `slot` without retaining it, or nil for an
/// unbound slot or a scalar. Only valid while the slot is not rebound.
@inline(__always)
func borrowedLocalObject(_ f: Frame, _ slot: Int) -> Unmanaged<PyObject>? {
    if case .object(let o)? = f.slots[slot] { return Unmanaged.passUnretained(o) }
    return nil
}

/// Where a subscript site finds its key without a virtual call: an int
/// literal, or a scalar in a local slot.
struct PlainSubscriptKey {
    let node: ExprNode
    let slot: Int
    let isConstantInt: Bool
    let constantInt: Int

    /// nil unless `node` is a constant or a local read.
    init?(_ node: ExprNode) {
        self.node = node
        if let constant = node as? ConstantNode {
            slot = -1
            if case .int(let k) = constant.value {
                isConstantInt = true
                constantInt = k
            } else {
                isConstantInt = false
                constantInt = 0
            }
        } else if let local = node as? LocalLoad {
            slot = local.slot
            isConstantInt = false
            constantInt = 0
        } else {
            return nil
        }
    }

    /// A key that is never read (for sites that do not take the fast path).
    init(unused node: ExprNode) {
        self.node = node
        slot = -1
        isConstantInt = false
        constantInt = 0
    }

    /// The key when it is an int, read without building a `Value`.
    @inline(__always)
    func intValue(_ f: Frame) -> Int? {
        if isConstantInt { return constantInt }
        return localInt(f, slot)
    }

    /// The key's value; reading a constant or a local runs no Python code.
    @inline(__always)
    func value(_ f: Frame) throws -> Value {
        if isConstantInt { return .int(constantInt) }
        return try scalarOperand(node, slot, f)
    }
}

/// Picks the node for reading `container[index]`.
func makeSubscriptNode(_ container: ExprNode, _ index: ExprNode, line: Int) -> ExprNode {
    if let local = container as? LocalLoad, let key = PlainSubscriptKey(index) {
        return LocalSubscriptNode(local, key, line: line)
    }
    return SubscriptNode(container, index, line: line)
}

/// `local[key]` with a constant or local key.
final class LocalSubscriptNode: ExprNode {
    let container: LocalLoad
    let containerSlot: Int
    let key: PlainSubscriptKey

    init(_ container: LocalLoad, _ key: PlainSubscriptKey, line: Int) {
        self.container = container
        self.containerSlot = container.slot
        self.key = key
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        if let object = borrowedLocalObject(f, containerSlot) {
            if let i = key.intValue(f) {
                switch object._withUnsafeGuaranteedRef({ $0.objectKind }) {
                case .list: return try object._withUnsafeGuaranteedRef { try unsafeDowncast($0, to: PyList.self).item(i) }
                case .tuple: return try object._withUnsafeGuaranteedRef { try unsafeDowncast($0, to: PyTuple.self).item(i) }
                default: break
                }
            }
            let k = try key.value(f)
            if let v = try object._withUnsafeGuaranteedRef({ try FastSubscript.get($0, k) }) { return v }
        }
        let c = try container.eval(f)
        let k = try key.node.eval(f)
        if case .object(let o) = c, let v = try FastSubscript.get(o, k) { return v }
        return try f.withThread { try $0.getItem(c, k) }
    }
}

/// True when evaluating `node` cannot run a statement of the current
/// frame's code: constants, locals, arithmetic, comparisons and
/// subscripts of such operands. (Operator methods of instances may run,
/// but in frames of their own.)
func isPlainOperand(_ node: ExprNode) -> Bool {
    switch node {
    case is ConstantNode, is LocalLoad: return true
    case let n as OperandPairNode: return isPlainOperand(n.left) && isPlainOperand(n.right)
    case let n as IntConstantArithmeticNode: return isPlainOperand(n.left)
    case let n as LocalSubscriptNode: return n.key.node is ConstantNode || n.key.node is LocalLoad
    default: return false
    }
}
