import Synchronization

/// The Python 2 `print` statement: `print a, b` writes `str(a) + " " +
/// str(b) + "\n"`; a trailing comma leaves the line open and makes the
/// next print start with a space (Python 2's "softspace"); `print >>f, x`
/// writes to `f`.
final class PrintStatement: StmtNode {
    let destination: ExprNode?
    let values: [ExprNode]
    let trailingComma: Bool

    init(destination: ExprNode?, values: [ExprNode], trailingComma: Bool, line: Int) {
        self.destination = destination
        self.values = values
        self.trailingComma = trailingComma
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        let thread = f.thread
        var stream = try destination?.eval(f) ?? .None
        if stream.isNone { stream = thread.standardOutputObject() }
        let softspace = thread.interpreter.evaluator.softspace
        for node in values {
            let value = try node.eval(f)
            let text = try thread.str(value)
            if softspace.take(stream) { try thread.writeText(" ", to: stream) }
            try thread.writeText(text, to: stream)
            let endsLine = value.asString != nil && text.last.map { $0.isWhitespace && $0 != " " } == true
            softspace.set(stream, !endsLine)
        }
        if !trailingComma {
            try thread.writeText("\n", to: stream)
            softspace.set(stream, false)
        }
        return .normal
    }
}

/// Per-stream "softspace" flags of the print statement.
final class SoftspaceTable {
    private let flags = GuardedState<[ObjectIdentifier: Bool]>([:])

    func take(_ stream: Value) -> Bool {
        let key = Self.key(stream)
        return flags.withLock { $0.removeValue(forKey: key) ?? false }
    }

    func set(_ stream: Value, _ on: Bool) {
        let key = Self.key(stream)
        flags.withLock { $0[key] = on ? true : nil }
    }

    private static func key(_ stream: Value) -> ObjectIdentifier {
        stream.asObject.map { ObjectIdentifier($0) } ?? ObjectIdentifier(SoftspaceTable.self)
    }
}

extension ThreadState {
    /// `sys.stdout` when the sys module provides it; None otherwise (which
    /// `writeText` sends to the process's stdout).
    func standardOutputObject() -> Value {
        interpreter.module(named: "sys")?.namespace["stdout"] ?? .None
    }

    /// `stream.write(text)`, or the process's stdout when `stream` is None.
    func writeText(_ text: String, to stream: Value) throws {
        if stream.isNone {
            interpreter.standardOutput.write(text)
            return
        }
        let write = try getAttribute(stream, "write")
        _ = try call(write, Arguments([.str(text)]))
    }
}
