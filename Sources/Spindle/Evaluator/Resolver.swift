import SpindleSyntax

/// Lowers a parsed `Module` into executable nodes, resolving every name to
/// a slot, a cell or a namespace `Cell` (see `Evaluator.swift`). One
/// resolver handles one module (or one REPL input) in the namespace it
/// will run in.
struct Resolver {
    let file: SourceFile
    let moduleName: String
    let globals: Namespace
    let builtins: Namespace
    /// Top-level expression statements echo their value (interactive input).
    let interactive: Bool
    var scopes: [ScopeKey: Scope] = [:]
    var scope: Scope
    /// Loops enclosing the statement being lowered, in the current code.
    var loopDepth = 0
    /// A top-level `return` is allowed (expression evaluation through the embedding API).
    var allowsTopLevelReturn = false

    init(file: SourceFile, moduleName: String, globals: Namespace, builtins: Namespace, interactive: Bool = false) {
        self.file = file
        self.moduleName = moduleName
        self.globals = globals
        self.builtins = builtins
        self.interactive = interactive
        self.scope = Scope(kind: .module, name: "<module>", parent: nil)
    }

    /// Resolves and lowers a whole module into its code object.
    static func compile(_ module: Module, moduleName: String, globals: Namespace, builtins: Namespace,
                        interactive: Bool = false, allowsReturn: Bool = false) throws -> CodeObject {
        var resolver = Resolver(file: module.file, moduleName: moduleName, globals: globals,
                                builtins: builtins, interactive: interactive)
        resolver.allowsTopLevelReturn = allowsReturn
        var builder = ScopeBuilder(root: resolver.scope)
        builder.visit(module.body)
        try ScopeAnalysis.resolve(resolver.scope, file: module.file)
        resolver.scopes = builder.scopes
        return try resolver.makeCode(resolver.scope, name: "<module>", firstLine: 1,
                                     parameters: Parameters(), body: module.body)
    }

    func syntaxError(_ message: String, _ location: SourceLocation) -> SyntaxError {
        SyntaxError(.syntax, message, file: file, at: location)
    }

    func lookupScope(_ location: SourceLocation, _ tag: Int) throws -> Scope {
        guard let s = scopes[ScopeBuilder.key(location, tag)] else {
            throw syntaxError("internal error: unresolved scope", location)
        }
        return s
    }

    /// Lowers `body` as the code of `target` scope.
    mutating func makeCode(_ target: Scope, name: String, firstLine: Int, parameters: Parameters,
                           body: [Stmt], signature explicit: Signature? = nil) throws -> CodeObject {
        var signature = Signature()
        signature.positional = parameters.positional.map { $0.name }
        signature.varargs = parameters.varargs?.name
        signature.keywordOnly = parameters.keywordOnly.map { $0.name }
        signature.kwargs = parameters.kwargs?.name
        if let explicit { signature = explicit }
        var parameterCells: [(slot: Int, cell: Int)] = []
        for (i, cellName) in target.cellNames.enumerated() {
            if let slot = target.slots[cellName], target.parameters.contains(cellName) {
                parameterCells.append((slot, i))
            }
        }
        let qualified = target.kind == .module ? name : (target.parent?.qualifiedPrefix ?? "") + name
        let saved = scope
        let savedLoops = loopDepth
        scope = target
        loopDepth = 0
        defer { scope = saved; loopDepth = savedLoops }
        let lowered = try lowerBlock(body, line: firstLine)
        return CodeObject(body: lowered, name: name, qualifiedName: qualified, file: file, firstLine: firstLine,
                              moduleName: moduleName, slotNames: target.slotNames, cellNames: target.cellNames,
                              freeNames: target.freeNames, parameterCells: parameterCells, signature: signature,
                              isGenerator: target.isGenerator, docstring: Self.docstring(body))
    }

    static func docstring(_ body: [Stmt]) -> String? {
        if case .expression(let e)? = body.first?.kind, case .constant(.string(let s)) = e.kind { return s }
        return nil
    }

    /// The cells of the current scope that a nested scope captures.
    func closureIndices(for inner: Scope) -> [Int] {
        inner.freeNames.map { scope.cellIndex($0) ?? 0 }
    }

    // MARK: Names

    private func globalLoad(_ name: String, _ line: Int) -> GlobalLoad {
        GlobalLoad(cell: globals.cell(name), builtin: builtins.cell(name), name: name, line: line)
    }

    func load(_ name: String, line: Int) -> ExprNode {
        switch scope.kind {
        case .module:
            return globalLoad(name, line)
        case .function, .comprehension:
            if let slot = scope.slots[name], !scope.cellNames.contains(name) {
                return LocalLoad(slot: slot, name: name, line: line)
            }
            if let i = scope.cellIndex(name) {
                return CellLoad(index: i, name: name, isFree: scope.isFree(name), line: line)
            }
            return globalLoad(name, line)
        case .classBody:
            if scope.isFree(name), !scope.locals.contains(name), let i = scope.cellIndex(name) {
                return CellLoad(index: i, name: name, isFree: true, line: line)
            }
            if scope.declaredGlobal.contains(name) { return globalLoad(name, line) }
            return ClassLoad(name: name, global: globalLoad(name, line), line: line)
        }
    }

    func store(_ name: String, line: Int) -> TargetNode {
        switch scope.kind {
        case .module:
            return GlobalTarget(cell: globals.cell(name), name: name, line: line)
        case .function, .comprehension:
            if let slot = scope.slots[name], !scope.cellNames.contains(name) {
                return LocalTarget(slot: slot, name: name, line: line)
            }
            if let i = scope.cellIndex(name) {
                return CellTarget(index: i, name: name, isFree: scope.isFree(name), line: line)
            }
            return GlobalTarget(cell: globals.cell(name), name: name, line: line)
        case .classBody:
            if scope.declaredGlobal.contains(name) {
                return GlobalTarget(cell: globals.cell(name), name: name, line: line)
            }
            if scope.declaredNonlocal.contains(name), let i = scope.cellIndex(name) {
                return CellTarget(index: i, name: name, isFree: true, line: line)
            }
            return ClassTarget(name: name, line: line)
        }
    }
}
