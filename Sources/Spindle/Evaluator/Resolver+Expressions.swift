import SpindleSyntax

/// Lowering expressions.
extension Resolver {
    mutating func lower(_ e: Expr) throws -> ExprNode {
        let line = e.location.line
        switch e.kind {
        case .name(let n): return load(n, line: line)
        case .constant(let c): return ConstantNode(try constantValue(c), line: line)
        case .tuple(let items): return TupleNode(try elements(items), line: line)
        case .list(let items): return ListNode(try elements(items), line: line)
        case .set(let items): return SetNode(try elements(items), line: line)
        case .dict(let items):
            return DictNode(try items.map { item in
                switch item {
                case .pair(let k, let v): return (try lower(k), try lower(v))
                case .unpack(let m): return (nil, try lower(m))
                }
            }, line: line)
        case .starred:
            throw syntaxError("can't use starred expression here", e.location)
        case .attribute(let object, let name): return AttributeNode(try lower(object), name, line: line)
        case .subscript(let object, let index): return makeSubscriptNode(try lower(object), try lower(index), line: line)
        case .slice(let lower_, let upper, let step):
            return SliceNode(lower: try lower_.map { try lower($0) }, upper: try upper.map { try lower($0) },
                             step: try step.map { try lower($0) }, line: line)
        case .call(let callee, let arguments): return try lowerCall(callee, arguments, line: line)
        case .unary(let op, let operand): return UnaryNode(op, try lower(operand), line: line)
        case .binary(let op, let l, let r): return makeBinaryNode(op, try lower(l), try lower(r), line: line)
        case .boolean(let op, let operands):
            let nodes = try operands.map { try lower($0) }
            return op == .and ? AndNode(nodes, line: line) : OrNode(nodes, line: line)
        case .compare(let first, let rest):
            if rest.count == 1 { return makeCompareNode(rest[0].op, try lower(first), try lower(rest[0].right), line: line) }
            return ChainedCompareNode(try lower(first), try rest.map { ($0.op, try lower($0.right)) }, line: line)
        case .conditional(let test, let body, let orElse):
            return ConditionalNode(test: try lower(test), body: try lower(body), orElse: try lower(orElse), line: line)
        case .lambda(let parameters, let body):
            let returning = Stmt(.return(body), at: body.location)
            return try lowerFunction(name: "<lambda>", parameters: parameters, body: [returning],
                                     location: e.location, tag: ScopeBuilder.lambdaTag)
        case .listComprehension(let element, let clauses):
            return try lowerComprehension(e, .list, "<listcomp>", element, nil, clauses)
        case .setComprehension(let element, let clauses):
            return try lowerComprehension(e, .set, "<setcomp>", element, nil, clauses)
        case .dictComprehension(let key, let value, let clauses):
            return try lowerComprehension(e, .dict, "<dictcomp>", key, value, clauses)
        case .generator(let element, let clauses):
            return try lowerComprehension(e, .generator, "<genexpr>", element, nil, clauses)
        case .yield(let value):
            guard scope.isFunctionLike else { throw syntaxError("'yield' outside function", e.location) }
            return YieldNode(try value.map { try lower($0) }, line: line)
        case .yieldFrom(let value):
            guard scope.isFunctionLike else { throw syntaxError("'yield' outside function", e.location) }
            return YieldFromNode(try lower(value), line: line)
        }
    }

    func constantValue(_ c: Constant) throws -> Value {
        switch c {
        case .none: return .None
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .ellipsis: return .object(PySingleton.ellipsis)
        case .int(let i): return .int(i)
        case .bigInt(let digits): return makeBigInt(digits)
        case .float(let d): return .float(d)
        case .string(let s): return .str(s)
        case .bytes(let b): return makeBytes(b)
        }
    }

    private mutating func elements(_ items: [Expr]) throws -> ElementList {
        ElementList(elements: try items.map { item in
            if case .starred(let inner) = item.kind { return (try lower(inner), true) }
            return (try lower(item), false)
        })
    }

    mutating func lowerArgument(_ a: Argument) throws -> CallArgument {
        switch a {
        case .positional(let e): return .positional(try lower(e))
        case .keyword(let name, let e): return .keyword(name, try lower(e))
        case .star(let e): return .star(try lower(e))
        case .doubleStar(let e): return .doubleStar(try lower(e))
        }
    }

    private mutating func lowerCall(_ callee: Expr, _ arguments: [Argument], line: Int) throws -> ExprNode {
        let allPositional = arguments.allSatisfy { if case .positional = $0 { return true } else { return false } }
        let positionalExprs = arguments.compactMap { a -> Expr? in
            if case .positional(let e) = a { return e } else { return nil }
        }
        if allPositional, case .attribute(let object, let name) = callee.kind {
            let objectNode = try lower(object)
            return MethodCallNode(objectNode, name, try positionalExprs.map { try lower($0) }, line: line)
        }
        let calleeNode = try lower(callee)
        if allPositional, !arguments.isEmpty, case .name(let name) = callee.kind,
           calleeNode is GlobalLoad || calleeNode is ClassLoad, let kind = DynamicCodeNode.Kind(rawValue: name) {
            return DynamicCodeNode(kind: kind, callee: calleeNode, builtin: builtins.cell(name), globals: globals,
                                   arguments: try positionalExprs.map { try lower($0) }, line: line)
        }
        if arguments.isEmpty, case .name(let name) = callee.kind, calleeNode is GlobalLoad || calleeNode is ClassLoad,
           let kind = FrameIntrospectionNode.Kind(rawValue: name) {
            return FrameIntrospectionNode(kind: kind, callee: calleeNode, builtin: builtins.cell(name),
                                          globals: globals, line: line)
        }
        if case .name("super") = callee.kind, arguments.isEmpty, let implicit = implicitSuperArguments(line: line) {
            return Call2Node(calleeNode, implicit.0, implicit.1, line: line)
        }
        guard allPositional else {
            return CallNode(calleeNode, try arguments.map { try lowerArgument($0) }, line: line)
        }
        let positional = try positionalExprs.map { try lower($0) }
        switch positional.count {
        case 0: return Call0Node(calleeNode, line: line)
        case 1: return Call1Node(calleeNode, positional[0], line: line)
        case 2: return Call2Node(calleeNode, positional[0], positional[1], line: line)
        case 3: return Call3Node(calleeNode, positional[0], positional[1], positional[2], line: line)
        default: return CallNode(calleeNode, positional.map { .positional($0) }, line: line)
        }
    }

    /// `super()` inside a method means `super(__class__, first_argument)`.
    private func implicitSuperArguments(line: Int) -> (ExprNode, ExprNode)? {
        guard scope.kind == .function, let cell = scope.cellIndex("__class__"),
              let first = scope.parameters.first else { return nil }
        let classNode = CellLoad(index: cell, name: "__class__", isFree: true, line: line)
        return (classNode, load(first, line: line))
    }

    private mutating func lowerComprehension(_ e: Expr, _ kind: ComprehensionNode.Kind, _ name: String,
                                             _ element: Expr, _ value: Expr?,
                                             _ clauses: [Comprehension]) throws -> ExprNode {
        guard let first = clauses.first else { throw syntaxError("invalid comprehension", e.location) }
        let line = e.location.line
        let iterable = try lower(first.iterable)
        let inner = try lookupScope(e.location, ScopeBuilder.comprehensionTag)
        var signature = Signature()
        signature.positional = [".0"]
        let closure = closureIndices(for: inner)
        let qualifiedName = scope.qualifiedPrefix + name
        let saved = scope
        scope = inner
        defer { scope = saved }
        var body: StmtNode
        if kind == .generator {
            body = ExpressionStatement(YieldNode(try lower(element), line: line), line: line)
        } else {
            body = ComprehensionAppend(kind: kind, element: try lower(element), value: try value.map { try lower($0) }, line: line)
        }
        for (i, clause) in clauses.enumerated().reversed() {
            for condition in clause.conditions.reversed() {
                body = IfStatement(test: try lower(condition), body: body, orElse: nil, line: line)
            }
            let source: ExprNode = i == 0 ? LocalLoad(slot: 0, name: ".0", line: line) : try lower(clause.iterable)
            body = ForStatement(target: try lowerTarget(clause.target), iterable: source, body: body, orElse: nil, line: line)
        }
        scope = saved
        let code = CodeObject(body: body, name: name, qualifiedName: qualifiedName, file: file, firstLine: line,
                              moduleName: moduleName, slotNames: inner.slotNames, cellNames: inner.cellNames,
                              freeNames: inner.freeNames, parameterCells: [], signature: signature,
                              isGenerator: kind == .generator, docstring: nil)
        return ComprehensionNode(kind: kind, code: code, iterable: iterable, closureCells: closure,
                                 globals: globals, line: line)
    }
}
