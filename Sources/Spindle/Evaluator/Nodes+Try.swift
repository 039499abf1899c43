import SpindleSyntax

/// `try`/`except`/`else`/`finally` and `raise`.

/// One `except` clause.
struct ExceptClause {
    let type: ExprNode?
    let target: TargetNode?
    let body: StmtNode
}

final class TryStatement: StmtNode {
    let body: StmtNode
    let handlers: [ExceptClause]
    let orElse: StmtNode?
    let finalBody: StmtNode?

    init(body: StmtNode, handlers: [ExceptClause], orElse: StmtNode?, finalBody: StmtNode?, line: Int) {
        self.body = body
        self.handlers = handlers
        self.orElse = orElse
        self.finalBody = finalBody
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        guard let finalBody else { return try runHandlers(f) }
        let completion: Completion
        do {
            completion = try runHandlers(f)
        } catch let error as PyError {
            let evaluation = f.thread.evaluation
            let noted = evaluation.pendingLine
            evaluation.pendingLine = nil
            let c = try runFinally(finalBody, f, inFlight: error.exception)
            guard case .normal = c else { return c }
            evaluation.pendingLine = noted
            throw error
        }
        let c = try runFinally(finalBody, f, inFlight: nil)
        if case .normal = c { return completion }
        return c
    }

    private func runFinally(_ finalBody: StmtNode, _ f: Frame, inFlight: PyExceptionObject?) throws -> Completion {
        do {
            return try finalBody.exec(f)
        } catch let error as PyError {
            if let inFlight { chain(error.exception, to: inFlight) }
            throw error
        }
    }

    private func runHandlers(_ f: Frame) throws -> Completion {
        do {
            let c = try body.exec(f)
            guard case .normal = c else { return c }
        } catch let error as PyError {
            guard !handlers.isEmpty else { throw error }
            let exception = error.exception
            for handler in handlers {
                if let typeNode = handler.type {
                    let spec = try typeNode.eval(f)
                    guard try exceptionMatches(exception, spec) else { continue }
                }
                return try runHandler(handler, exception, f)
            }
            throw error
        }
        return try orElse?.exec(f) ?? .normal
    }

    private func runHandler(_ handler: ExceptClause, _ exception: PyExceptionObject, _ f: Frame) throws -> Completion {
        let thread = f.thread
        let line = thread.evaluation.takeLine(self.line)
        exception.prependTraceback(TracebackEntry(file: f.code.file, fileName: f.code.file.name,
                                                  line: line, function: f.code.name))
        thread.beginHandling(exception, frame: f, line: line)
        defer { thread.endHandling() }
        do {
            try handler.target?.assign(.object(exception), f)
            let c = try handler.body.exec(f)
            try? handler.target?.delete(f)
            return c
        } catch let error as PyError {
            try? handler.target?.delete(f)
            chain(error.exception, to: exception)
            throw error
        }
    }
}

/// Implicit chaining: an exception raised while `handled` was being
/// handled remembers it as its `__context__`.
func chain(_ raised: PyExceptionObject, to handled: PyExceptionObject) {
    guard raised !== handled, raised.context == nil else { return }
    var link: PyExceptionObject? = handled
    while let current = link {
        if current === raised { return }
        link = current.context
    }
    raised.context = handled
}

/// `except spec:` matching: a class, or a tuple of classes.
func exceptionMatches(_ exception: PyExceptionObject, _ spec: Value) throws -> Bool {
    if let type = spec.asObject as? PyType {
        guard type.isSubtype(of: .baseException) else {
            throw PyError(.typeError, "catching classes that do not inherit from BaseException is not allowed")
        }
        return exception.cls.isSubtype(of: type)
    }
    if let items = tupleItems(spec) {
        for item in items where try exceptionMatches(exception, item) { return true }
        return false
    }
    throw PyError(.typeError, "catching classes that do not inherit from BaseException is not allowed")
}

extension ThreadState {
    /// Marks `exception` as being handled by an `except` clause of frame `f`.
    func beginHandling(_ exception: PyExceptionObject, frame f: Frame, line: Int) {
        handling.append(exception)
        evaluation.handlerMarks.append(
            HandlerMark(code: ObjectIdentifier(f.code), slots: f.slots, line: line))
    }

    func endHandling() {
        handling.removeLast()
        evaluation.handlerMarks.removeLast()
    }

    /// Turns `raise X` operands into an exception instance: a class is
    /// instantiated with no arguments.
    func exceptionInstance(_ value: Value, what: String = "exceptions") throws -> PyExceptionObject {
        if let exception = value.asObject as? PyExceptionObject { return exception }
        if let type = value.asObject as? PyType, type.isSubtype(of: .baseException) {
            let made = try call(value, Arguments())
            if let exception = made.asObject as? PyExceptionObject { return exception }
            throw PyError(.typeError, "calling \(type.name) should have returned an instance of BaseException, not \(made.pyType.name)")
        }
        throw PyError(.typeError, "\(what) must derive from BaseException")
    }
}

/// Where an exception being handled was caught, so a bare `raise` in the
/// same frame re-raises it without a second traceback entry for the frame.
struct HandlerMark {
    let code: ObjectIdentifier
    let slots: UnsafeMutablePointer<Value?>
    let line: Int
}

final class RaiseStatement: StmtNode {
    let exception: ExprNode?
    let cause: ExprNode?

    init(exception: ExprNode?, cause: ExprNode?, line: Int) {
        self.exception = exception
        self.cause = cause
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        let thread = f.thread
        guard let exceptionNode = exception else { throw try reraise(f) }
        let raised = try thread.exceptionInstance(try exceptionNode.eval(f))
        if let causeNode = cause {
            let causeValue = try causeNode.eval(f)
            raised.cause = causeValue.isNone ? nil
                : try thread.exceptionInstance(causeValue, what: "exception causes")
        }
        if let handled = thread.handling.last { chain(raised, to: handled) }
        throw PyError(raised)
    }

    private func reraise(_ f: Frame) throws -> PyError {
        let thread = f.thread
        guard let handled = thread.handling.last else {
            return PyError(.runtimeError, "No active exception to reraise")
        }
        if let mark = thread.evaluation.handlerMarks.last,
           mark.code == ObjectIdentifier(f.code), mark.slots == f.slots {
            var entries = handled.traceback
            if !entries.isEmpty { entries.removeFirst() }
            handled.traceback = entries
            thread.evaluation.pendingLine = mark.line
        }
        return PyError(handled)
    }
}
