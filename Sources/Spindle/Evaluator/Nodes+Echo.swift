/// An expression statement typed at the interactive prompt: prints the
/// value's `repr` unless it is None and keeps it in `builtins._`.
final class EchoStatement: StmtNode {
    let expression: ExprNode

    init(_ expression: ExprNode, line: Int) {
        self.expression = expression
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        let value = try expression.eval(f)
        guard !value.isNone else { return .normal }
        let thread = f.thread
        thread.interpreter.builtins.namespace["_"] = .None
        try thread.writeText(try thread.repr(value) + "\n", to: thread.standardOutputObject())
        thread.interpreter.builtins.namespace["_"] = value
        return .normal
    }
}
