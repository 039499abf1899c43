import SpindleSyntax

/// `eval(source)` and `exec(source)` called directly: they run in the
/// caller's globals (and `eval` also sees the caller's locals), which only
/// the calling frame knows, so direct calls are compiled to this node. An
/// explicit globals dict (and locals dict) replaces that default.
final class DynamicCodeNode: ExprNode {
    enum Kind: String { case eval, exec }

    let kind: Kind
    let callee: ExprNode
    let builtin: Cell
    let globals: Namespace
    let arguments: [ExprNode]

    init(kind: Kind, callee: ExprNode, builtin: Cell, globals: Namespace, arguments: [ExprNode], line: Int) {
        self.kind = kind
        self.callee = callee
        self.builtin = builtin
        self.globals = globals
        self.arguments = arguments
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let function = try callee.eval(f)
        var values: [Value] = []
        for node in arguments { values.append(try node.eval(f)) }
        guard let original = builtin.value, function.isIdentical(to: original) else {
            return try f.thread.call(function, Arguments(values))
        }
        var frameLocals: [(String, Value)] = []
        if kind == .eval && f.classNamespace == nil && f.code.slotCount + f.code.cellNames.count > 0 {
            for (i, name) in f.code.slotNames.enumerated() where !name.hasPrefix(".") {
                if let v = f.slots[i] { frameLocals.append((name, v)) }
            }
            for (i, name) in (f.code.cellNames + f.code.freeNames).enumerated() {
                if let v = f.cells[i].value { frameLocals.append((name, v)) }
            }
        }
        return try f.thread.runDynamicCode(kind, values, defaultGlobals: globals, frameLocals: frameLocals)
    }
}

extension ThreadState {
    /// Compiles and runs `eval`/`exec` source text.
    func runDynamicCode(_ kind: DynamicCodeNode.Kind, _ args: [Value], defaultGlobals: Namespace?,
                        frameLocals: [(String, Value)] = []) throws -> Value {
        let name = kind.rawValue
        guard (1...3).contains(args.count) else {
            throw PyError(.typeError, "\(name) expected at most 3 arguments, got \(args.count)")
        }
        guard let source = args[0].asString else {
            throw PyError(.typeError, "\(name)() arg 1 must be a string, bytes or code object")
        }
        let globalsDict = args.count > 1 && !args[1].isNone ? args[1].asObject as? PyDict : nil
        let localsDict = args.count > 2 && !args[2].isNone ? args[2].asObject as? PyDict : nil
        if args.count > 1 && !args[1].isNone && globalsDict == nil {
            throw PyError(.typeError, "\(name)() globals must be a dict, not \(args[1].pyType.name)")
        }
        let namespace: Namespace
        if globalsDict != nil || localsDict != nil || !frameLocals.isEmpty || defaultGlobals == nil {
            namespace = Namespace()
            if globalsDict == nil, let defaultGlobals {
                for (k, v) in defaultGlobals.items() { namespace[k] = v }
            }
            for dict in [globalsDict, localsDict].compactMap({ $0 }) {
                for (k, v) in dict.items { if let key = k.asString { namespace[key] = v } }
            }
            for (k, v) in frameLocals { namespace[k] = v }
        } else {
            namespace = defaultGlobals!
        }
        let file = SourceFile(name: "<string>", text: source)
        let module: Module
        do {
            if kind == .eval {
                let trimmed = SourceFile(name: "<string>", text: trimmingWhitespace(source))
                let expression = try Parser.parseExpression(trimmed)
                module = Module(body: [Stmt(.return(expression), at: expression.location)], file: trimmed)
            } else {
                module = try Parser.parse(file)
            }
        } catch let error as SyntaxError {
            throw PyError(interpreter.syntaxErrorObject(error))
        }
        let moduleName = namespace["__name__"]?.asString ?? "builtins"
        let code = try Resolver.compile(module, moduleName: moduleName, globals: namespace,
                                        builtins: interpreter.builtins.namespace, allowsReturn: kind == .eval)
        let result = try interpreter.run(code, thread: self)
        if let target = localsDict ?? globalsDict {
            for (k, v) in namespace.items() { target.set(k, v) }
        }
        return kind == .eval ? result : .None
    }
}

/// `text` without leading and trailing whitespace (as `eval` reads it).
private func trimmingWhitespace(_ text: String) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
          let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(text[first...last])
}
