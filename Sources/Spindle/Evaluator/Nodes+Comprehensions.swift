/// Comprehensions run in their own scope, like a function called on the
/// spot: slot 0 holds the outermost iterable (evaluated in the enclosing
/// scope), slot 1 the list, set or dict being built. Generator
/// expressions are generator functions called with the iterable.
final class ComprehensionNode: ExprNode {
    enum Kind { case list, set, dict, generator }

    let kind: Kind
    let code: CodeObject
    let iterable: ExprNode
    let closureCells: [Int]
    let globals: Namespace

    init(kind: Kind, code: CodeObject, iterable: ExprNode, closureCells: [Int], globals: Namespace, line: Int) {
        self.kind = kind
        self.code = code
        self.iterable = iterable
        self.closureCells = closureCells
        self.globals = globals
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let thread = f.thread
        let source = try iterable.eval(f)
        let closure = captureCells(closureCells, f)
        if kind == .generator {
            // As in Python, the outermost iterable is turned into an iterator at once.
            let iterator = Value.object(try thread.iterate(source))
            let function = PyFunction(code: code, globals: globals, defaults: [], keywordDefaults: [:], closure: closure)
            return try function.call(thread, Arguments([iterator]))
        }
        let result: Value
        switch kind {
        case .list: result = makeList([])
        case .set: result = try thread.makeSet([])
        default: result = makeDict([])
        }
        let stack = thread.evaluation.stack
        let slots = stack.push(code.slotCount)
        defer { stack.pop(slots, code.slotCount) }
        slots[0] = source
        slots[1] = result
        do {
            try withCells(code.makeCells(closure: closure)) { cells in
                let frame = Frame(slots: slots, cells: cells, thread: thread, code: code, classNamespace: nil)
                _ = try code.body.exec(frame)
            }
        } catch let error as PyError {
            thread.recordTraceback(error, code: code)
            throw error
        }
        return result
    }
}

/// The innermost statement of a list, set or dict comprehension: adds one
/// element to the result in slot 1.
final class ComprehensionAppend: StmtNode {
    let kind: ComprehensionNode.Kind
    let element: ExprNode
    let value: ExprNode?

    init(kind: ComprehensionNode.Kind, element: ExprNode, value: ExprNode?, line: Int) {
        self.kind = kind
        self.element = element
        self.value = value
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        guard let result = f.slots[1] else { return .normal }
        let item = try element.eval(f)
        switch kind {
        case .list: f.thread.appendToList(result, item)
        case .set: try f.thread.addToSet(result, item)
        case .dict: try f.thread.setDictItem(result, item, try value?.eval(f) ?? .None)
        case .generator: break
        }
        return .normal
    }
}

/// `yield value`: hands the value to the consumer and evaluates to what it sends back.
final class YieldNode: ExprNode {
    let value: ExprNode?

    init(_ value: ExprNode?, line: Int) {
        self.value = value
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let v = try value?.eval(f) ?? .None
        guard let runner = f.thread.evaluation.generator else {
            throw PyError(.syntaxError, "'yield' outside function")
        }
        return try runner.yieldValue(v, f.thread)
    }
}

/// `yield from iterable`: delegates to a sub-generator (passing sent
/// values and thrown exceptions through) or yields each item of an
/// iterable; evaluates to the sub-generator's return value.
final class YieldFromNode: ExprNode {
    let iterable: ExprNode

    init(_ iterable: ExprNode, line: Int) {
        self.iterable = iterable
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let thread = f.thread
        let source = try iterable.eval(f)
        guard let runner = thread.evaluation.generator else {
            throw PyError(.syntaxError, "'yield' outside function")
        }
        guard let inner = source.asObject as? PyGenerator else {
            let iterator = try thread.iterate(source)
            while let item = try iterator.next(thread) { _ = try runner.yieldValue(item, thread) }
            return .None
        }
        var outcome = try inner.runner.resume(.send(.None), thread)
        while true {
            let value: Value
            switch outcome {
            case .returned(let result): return result
            case .raised(let error): throw error
            case .yielded(let v): value = v
            }
            do {
                let sent = try runner.yieldValue(value, thread)
                outcome = try inner.runner.resume(.send(sent), thread)
            } catch let error as PyError {
                if error.matches(.generatorExit) {
                    try inner.runner.close(thread)
                    throw error
                }
                outcome = try inner.runner.resume(.throwIn(error.exception), thread)
            }
        }
    }
}
