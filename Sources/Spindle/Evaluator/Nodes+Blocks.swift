/// Statement sequences of one to three statements, the commonest sizes,
/// with the statements as direct children (no array walk). Like
/// `BlockNode`, they note the line of a statement an exception leaves.

/// Picks the block node class for `body`.
func makeBlock(_ body: [StmtNode], line: Int) -> StmtNode {
    switch body.count {
    case 1: return Block1Node(body[0], line: line)
    case 2: return Block2Node(body[0], body[1], line: line)
    case 3: return Block3Node(body[0], body[1], body[2], line: line)
    default: return BlockNode(body, line: line)
    }
}

/// Runs one statement of a block, noting its line if it raises.
@inline(__always)
func execNoting(_ statement: StmtNode, _ f: Frame) throws -> Completion {
    do {
        return try statement.exec(f)
    } catch let error as PyError {
        f.thread.evaluation.noteLine(statement.line)
        throw error
    }
}

final class Block1Node: StmtNode {
    let s0: StmtNode

    init(_ s0: StmtNode, line: Int) {
        self.s0 = s0
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion { try execNoting(s0, f) }
}

final class Block2Node: StmtNode {
    let s0: StmtNode
    let s1: StmtNode

    init(_ s0: StmtNode, _ s1: StmtNode, line: Int) {
        self.s0 = s0
        self.s1 = s1
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        let c = try execNoting(s0, f)
        guard case .normal = c else { return c }
        return try execNoting(s1, f)
    }
}

final class Block3Node: StmtNode {
    let s0: StmtNode
    let s1: StmtNode
    let s2: StmtNode

    init(_ s0: StmtNode, _ s1: StmtNode, _ s2: StmtNode, line: Int) {
        self.s0 = s0
        self.s1 = s1
        self.s2 = s2
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        var c = try execNoting(s0, f)
        guard case .normal = c else { return c }
        c = try execNoting(s1, f)
        guard case .normal = c else { return c }
        return try execNoting(s2, f)
    }
}
