import SpindleSyntax

/// `if`, `while` and `for`.

/// A test, a body and an optional `else`: what `if` and `while` share.
class GuardedStatement: StmtNode {
    let test: ExprNode
    let body: StmtNode
    let orElse: StmtNode?

    init(test: ExprNode, body: StmtNode, orElse: StmtNode?, line: Int) {
        self.test = test
        self.body = body
        self.orElse = orElse
        super.init(line: line)
    }
}

final class IfStatement: GuardedStatement {
    override func exec(_ f: Frame) throws -> Completion {
        if try test.test(f) { return try body.exec(f) }
        return try orElse?.exec(f) ?? .normal
    }
}

final class WhileStatement: GuardedStatement {
    override func exec(_ f: Frame) throws -> Completion {
        while try test.test(f) {
            try f.pollInterrupt()
            switch try body.exec(f) {
            case .normal, .continueLoop: continue
            case .breakLoop: return .normal
            case .returnValue(let v): return .returnValue(v)
            }
        }
        return try orElse?.exec(f) ?? .normal
    }
}

final class ForStatement: StmtNode {
    let target: TargetNode
    let iterable: ExprNode
    let body: StmtNode
    let orElse: StmtNode?

    init(target: TargetNode, iterable: ExprNode, body: StmtNode, orElse: StmtNode?, line: Int) {
        self.target = target
        self.iterable = iterable
        self.body = body
        self.orElse = orElse
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        try runForLoop(over: try iterable.eval(f), target: target, body: body, orElse: orElse, f)
    }
}

/// The body of a `for` loop over any iterable. Exact lists and tuples are
/// walked by index without an iterator object, as their iterators do (a
/// list's length is read again before each element, so appends made by the
/// body are visited).
func runForLoop(over iterable: Value, target: TargetNode, body: StmtNode, orElse: StmtNode?,
                _ f: Frame) throws -> Completion {
    if case .object(let o) = iterable {
        switch o.objectKind {
        case .list:
            let list = unsafeDowncast(o, to: PyList.self)
            return try runIndexedLoop(target: target, body: body, orElse: orElse, f) { list.element(at: $0) }
        case .tuple:
            let tuple = unsafeDowncast(o, to: PyTuple.self)
            return try runIndexedLoop(target: target, body: body, orElse: orElse, f) {
                $0 < tuple.count ? tuple.item(at: $0) : nil
            }
        default: break
        }
    }
    let thread = f.thread
    let iterator = try thread.iterate(iterable)
    let localSlot = (target as? LocalTarget)?.slot
    while let item = try iterator.next(thread) {
        try thread.pollInterrupt()
        if let slot = localSlot { storeLocal(item, f.slots + slot) } else { try target.assign(item, f) }
        switch try body.exec(f) {
        case .normal, .continueLoop: continue
        case .breakLoop: return .normal
        case .returnValue(let v): return .returnValue(v)
        }
    }
    return try orElse?.exec(f) ?? .normal
}

/// A `for` loop over the elements `element(0)`, `element(1)`, … up to the
/// first nil.
@inline(__always)
private func runIndexedLoop(target: TargetNode, body: StmtNode, orElse: StmtNode?, _ f: Frame,
                            _ element: (Int) -> Value?) throws -> Completion {
    let localSlot = (target as? LocalTarget)?.slot ?? -1
    var i = 0
    while let item = element(i) {
        i += 1
        try f.pollInterrupt()
        if localSlot >= 0 { storeLocal(item, f.slots + localSlot) } else { try target.assign(item, f) }
        switch try body.exec(f) {
        case .normal, .continueLoop: continue
        case .breakLoop: return .normal
        case .returnValue(let v): return .returnValue(v)
        }
    }
    return try orElse?.exec(f) ?? .normal
}
