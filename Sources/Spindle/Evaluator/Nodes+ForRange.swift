import SpindleSyntax

/// `for i in range(...)` with one to three plain arguments: when the
/// global `range` is the built-in type and every bound is an int, the loop
/// counts with a Swift `Int` and stores each value straight into the target,
/// with no range or iterator object. Anything else (a rebound `range`, a
/// bool or big-int bound, a zero step) calls the evaluated callee with the
/// evaluated arguments and loops over the result the general way, so each
/// part is still evaluated exactly once and in Python's order.
final class ForRangeStatement: StmtNode {
    let target: TargetNode
    let localSlot: Int
    let callee: ExprNode
    let a0: ExprNode
    let a1: ExprNode?
    let a2: ExprNode?
    let body: StmtNode
    let orElse: StmtNode?

    /// nil unless `iterable` is a 1–3 argument call of the global `range`.
    init?(target: TargetNode, iterable: ExprNode, body: StmtNode, orElse: StmtNode?, line: Int) {
        let callee: ExprNode, args: [ExprNode]
        switch iterable {
        case let c as Call1Node: (callee, args) = (c.callee, [c.a0])
        case let c as Call2Node: (callee, args) = (c.callee, [c.a0, c.a1])
        case let c as Call3Node: (callee, args) = (c.callee, [c.a0, c.a1, c.a2])
        default: return nil
        }
        guard let global = callee as? GlobalLoad, global.name == "range" else { return nil }
        self.target = target
        self.localSlot = (target as? LocalTarget)?.slot ?? -1
        self.callee = callee
        self.a0 = args[0]
        self.a1 = args.count > 1 ? args[1] : nil
        self.a2 = args.count > 2 ? args[2] : nil
        self.body = body
        self.orElse = orElse
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        let range = try callee.eval(f)
        let v0 = try a0.eval(f)
        let v1 = try a1?.eval(f)
        let v2 = try a2?.eval(f)
        if case .object(let o) = range, o === PyType.range, let bounds = Self.intBounds(v0, v1, v2) {
            return try count(from: bounds.start, to: bounds.stop, by: bounds.step, f)
        }
        var arguments = [v0]
        if let v1 { arguments.append(v1) }
        if let v2 { arguments.append(v2) }
        f.thread.evaluation.noteCallSite(f.code, line)
        let iterable = try f.thread.call(range, Arguments(arguments))
        return try runForLoop(over: iterable, target: target, body: body, orElse: orElse, f)
    }

    /// `range`'s start, stop and step when all given bounds are ints and
    /// the step is not zero (which `range` itself must reject).
    @inline(__always)
    private static func intBounds(_ v0: Value, _ v1: Value?, _ v2: Value?) -> (start: Int, stop: Int, step: Int)? {
        guard case .int(let first) = v0 else { return nil }
        guard let v1 else { return (0, first, 1) }
        guard case .int(let stop) = v1 else { return nil }
        guard let v2 else { return (first, stop, 1) }
        guard case .int(let step) = v2, step != 0 else { return nil }
        return (first, stop, step)
    }

    private func count(from start: Int, to stop: Int, by step: Int, _ f: Frame) throws -> Completion {
        var i = start
        while step > 0 ? i < stop : i > stop {
            try f.pollInterrupt()
            if localSlot >= 0 { storeLocal(.int(i), f.slots + localSlot) } else { try target.assign(.int(i), f) }
            switch try body.exec(f) {
            case .normal, .continueLoop: break
            case .breakLoop: return .normal
            case .returnValue(let v): return .returnValue(v)
            }
            let (next, overflow) = i.addingReportingOverflow(step)
            if overflow { break }
            i = next
        }
        return try orElse?.exec(f) ?? .normal
    }
}
