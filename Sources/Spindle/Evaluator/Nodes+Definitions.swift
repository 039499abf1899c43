/// `def`, `lambda` and `class`: making function and class objects at run time.

/// Creates a function object: evaluates the defaults and captures the
/// closure cells of the defining frame.
final class MakeFunctionNode: ExprNode {
    let code: CodeObject
    let defaults: [ExprNode]
    let keywordDefaults: [(String, ExprNode)]
    /// Indices into the defining frame's cells, in the order of `code.freeNames`.
    let closureCells: [Int]
    let globals: Namespace

    init(code: CodeObject, defaults: [ExprNode], keywordDefaults: [(String, ExprNode)],
         closureCells: [Int], globals: Namespace, line: Int) {
        self.code = code
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closureCells = closureCells
        self.globals = globals
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        var defaultValues: [Value] = []
        for node in defaults { defaultValues.append(try node.eval(f)) }
        var keywordValues: [String: Value] = [:]
        for (name, node) in keywordDefaults { keywordValues[name] = try node.eval(f) }
        return .object(PyFunction(code: code, globals: globals, defaults: defaultValues,
                                  keywordDefaults: keywordValues, closure: captureCells(closureCells, f)))
    }
}

@inline(__always)
func captureCells(_ indices: [Int], _ f: Frame) -> ContiguousArray<Cell> {
    if indices.isEmpty { return [] }
    var cells = ContiguousArray<Cell>()
    cells.reserveCapacity(indices.count)
    for i in indices { cells.append(f.cells[i]) }
    return cells
}

/// Applies decorators (innermost first) to a freshly made function or class.
func decorate(_ value: Value, _ decorators: [Value], _ thread: ThreadState) throws -> Value {
    var result = value
    for decorator in decorators.reversed() { result = try thread.call(decorator, Arguments([result])) }
    return result
}

/// `@decorators def name(...)`.
final class FunctionDefStatement: StmtNode {
    let decorators: [ExprNode]
    let make: MakeFunctionNode
    let target: TargetNode

    init(decorators: [ExprNode], make: MakeFunctionNode, target: TargetNode, line: Int) {
        self.decorators = decorators
        self.make = make
        self.target = target
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        var decoratorValues: [Value] = []
        for node in decorators { decoratorValues.append(try node.eval(f)) }
        let function = try make.eval(f)
        try target.assign(try decorate(function, decoratorValues, f.thread), f)
        return .normal
    }
}

/// `@decorators class Name(bases): body`.
final class ClassDefStatement: StmtNode {
    let name: String
    let decorators: [ExprNode]
    let bases: [CallArgument]
    let code: CodeObject
    let closureCells: [Int]
    let target: TargetNode

    init(name: String, decorators: [ExprNode], bases: [CallArgument], code: CodeObject,
         closureCells: [Int], target: TargetNode, line: Int) {
        self.name = name
        self.decorators = decorators
        self.bases = bases
        self.code = code
        self.closureCells = closureCells
        self.target = target
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        let thread = f.thread
        var decoratorValues: [Value] = []
        for node in decorators { decoratorValues.append(try node.eval(f)) }
        let arguments = try evaluateArguments(bases, f, calleeName: { "__build_class__" })
        let namespace = ClassNamespace()
        namespace["__module__"] = .str(code.moduleName)
        namespace["__qualname__"] = .str(code.qualifiedName)
        if let doc = code.docstring { namespace["__doc__"] = .str(doc) }
        let cells = code.makeCells(closure: captureCells(closureCells, f))
        try runClassBody(thread, namespace, cells)
        let classCell = code.cellNames.firstIndex(of: "__class__").map { cells[$0] }
        let made = try PyType.makeClass(thread, name: name, bases: arguments.positional, namespace: namespace.items,
                                        module: code.moduleName, keywords: arguments.keywords.map { ($0.name, $0.value) },
                                        classCell: classCell)
        try target.assign(try decorate(made, decoratorValues, thread), f)
        return .normal
    }

    private func runClassBody(_ thread: ThreadState, _ namespace: ClassNamespace, _ cells: ContiguousArray<Cell>) throws {
        let stack = thread.evaluation.stack
        let slots = stack.push(code.slotCount)
        defer { stack.pop(slots, code.slotCount) }
        do {
            try withCells(cells) { cellPointer in
                let frame = Frame(slots: slots, cells: cellPointer, thread: thread, code: code, classNamespace: namespace)
                _ = try code.body.exec(frame)
            }
        } catch let error as PyError {
            thread.recordTraceback(error, code: code)
            throw error
        }
    }
}
