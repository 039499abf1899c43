/// `with manager as target:` — `__enter__`, the body, then `__exit__` with
/// the exception (if any); a true result from `__exit__` suppresses it.
final class WithStatement: StmtNode {
    let context: ExprNode
    let target: TargetNode?
    let body: StmtNode

    init(context: ExprNode, target: TargetNode?, body: StmtNode, line: Int) {
        self.context = context
        self.target = target
        self.body = body
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        let thread = f.thread
        let manager = try context.eval(f)
        let type = manager.pyType
        guard let enter = type.lookup("__enter__") else { throw PyError(.attributeError, "__enter__") }
        guard let exit = type.lookup("__exit__") else { throw PyError(.attributeError, "__exit__") }
        let entered = try thread.call(enter, Arguments([manager]))
        let completion: Completion
        do {
            try target?.assign(entered, f)
            completion = try body.exec(f)
        } catch let error as PyError {
            let exception = error.exception
            let line = thread.evaluation.takeLine(self.line)
            thread.beginHandling(exception, frame: f, line: line)
            let suppress: Value
            do {
                suppress = try thread.call(exit, Arguments([manager, .object(exception.cls), .object(exception), .None]))
            } catch let exitError as PyError {
                thread.endHandling()
                chain(exitError.exception, to: exception)
                throw exitError
            }
            thread.endHandling()
            if try thread.isTrue(suppress) { return .normal }
            thread.evaluation.pendingLine = line
            throw error
        }
        _ = try thread.call(exit, Arguments([manager, .None, .None, .None]))
        return completion
    }
}
