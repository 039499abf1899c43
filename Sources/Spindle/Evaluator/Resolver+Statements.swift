import SpindleSyntax

/// Lowering statements.
extension Resolver {
    mutating func lowerBlock(_ body: [Stmt], line: Int) throws -> StmtNode {
        var nodes: [StmtNode] = []
        for s in body { nodes.append(try lower(s)) }
        return makeBlock(nodes, line: line)
    }

    private mutating func lowerLoopBody(_ body: [Stmt], line: Int) throws -> StmtNode {
        loopDepth += 1
        defer { loopDepth -= 1 }
        return try lowerBlock(body, line: line)
    }

    mutating func lowerOptionalBlock(_ body: [Stmt], line: Int) throws -> StmtNode? {
        body.isEmpty ? nil : try lowerBlock(body, line: line)
    }

    mutating func lower(_ s: Stmt) throws -> StmtNode {
        let line = s.location.line
        switch s.kind {
        case .expression(let e):
            let node = try lower(e)
            if interactive && scope.kind == .module { return EchoStatement(node, line: line) }
            return ExpressionStatement(node, line: line)
        case .assign(let targets, let value):
            let v = try lower(value)
            if targets.count == 1, case .name(let n) = targets[0].kind, let local = store(n, line: line) as? LocalTarget {
                return LocalAssignStatement(slot: local.slot, value: v, line: line)
            }
            return AssignStatement(targets: try targets.map { try lowerTarget($0) }, value: v, line: line)
        case .augmentedAssign(let target, let op, let value):
            return try lowerAugmented(target, op, value, line: line)
        case .annotatedAssign(let target, let annotation, let value):
            let annotationNode = scope.isFunctionLike ? nil : try lower(annotation)
            return AnnotatedAssign(target: value == nil ? nil : try lowerTarget(target), annotation: annotationNode,
                                   value: try value.map { try lower($0) }, line: line)
        case .if(let test, let body, let orElse):
            return IfStatement(test: try lower(test), body: try lowerBlock(body, line: line),
                               orElse: try lowerOptionalBlock(orElse, line: line), line: line)
        case .while(let test, let body, let orElse):
            return WhileStatement(test: try lower(test), body: try lowerLoopBody(body, line: line),
                                  orElse: try lowerOptionalBlock(orElse, line: line), line: line)
        case .for(let target, let iterable, let body, let orElse):
            let targetNode = try lowerTarget(target), iterableNode = try lower(iterable)
            let bodyNode = try lowerLoopBody(body, line: line), elseNode = try lowerOptionalBlock(orElse, line: line)
            if let counted = ForRangeStatement(target: targetNode, iterable: iterableNode, body: bodyNode,
                                               orElse: elseNode, line: line) {
                return counted
            }
            return ForStatement(target: targetNode, iterable: iterableNode, body: bodyNode, orElse: elseNode, line: line)
        case .break:
            guard loopDepth > 0 else { throw syntaxError("'break' outside loop", s.location) }
            return BreakStatement(line: line)
        case .continue:
            guard loopDepth > 0 else { throw syntaxError("'continue' not properly in loop", s.location) }
            return ContinueStatement(line: line)
        case .pass, .global, .nonlocal: return PassStatement(line: line)
        case .functionDef(let def): return try lowerFunctionDef(def)
        case .classDef(let def): return try lowerClassDef(def)
        case .return(let value):
            guard scope.isFunctionLike || (allowsTopLevelReturn && scope.kind == .module) else {
                throw syntaxError("'return' outside function", s.location)
            }
            return makeReturnStatement(try value.map { try lower($0) }, line: line)
        case .try(let body, let handlers, let orElse, let finalBody):
            let clauses = try handlers.map { h in
                ExceptClause(type: try h.type.map { try lower($0) },
                             target: h.name.map { store($0, line: h.location.line) },
                             body: try lowerBlock(h.body, line: h.location.line))
            }
            return TryStatement(body: try lowerBlock(body, line: line), handlers: clauses,
                                orElse: try lowerOptionalBlock(orElse, line: line),
                                finalBody: try lowerOptionalBlock(finalBody, line: line), line: line)
        case .raise(let exception, let cause):
            return RaiseStatement(exception: try exception.map { try lower($0) },
                                  cause: try cause.map { try lower($0) }, line: line)
        case .with(let items, let body):
            var node = try lowerBlock(body, line: line)
            for item in items.reversed() {
                node = WithStatement(context: try lower(item.context),
                                     target: try item.target.map { try lowerTarget($0) }, body: node, line: line)
            }
            return node
        case .import(let names):
            return ImportStatement(names.map { n in
                let bound = n.asName ?? String(n.name.split(separator: ".").first ?? "")
                return (n.name, n.asName != nil, store(bound, line: n.location.line))
            }, line: line)
        case .importFrom(let module, let names, let level):
            if names.isEmpty {
                return ImportStarStatement(module: module ?? "", level: level, globals: globals, line: line)
            }
            return ImportFromStatement(module: module ?? "", level: level, names: names.map { n in
                (n.name, store(n.asName ?? n.name, line: n.location.line))
            }, line: line)
        case .delete(let targets):
            return DeleteStatement(try targets.map { try lowerTarget($0) }, line: line)
        case .assert(let test, let message):
            return AssertStatement(test: try lower(test), message: try message.map { try lower($0) }, line: line)
        case .print(let destination, let values, let trailingComma):
            return PrintStatement(destination: try destination.map { try lower($0) },
                                  values: try values.map { try lower($0) }, trailingComma: trailingComma, line: line)
        }
    }

    private mutating func lowerAugmented(_ target: Expr, _ op: BinaryOperator, _ value: Expr, line: Int) throws -> StmtNode {
        let v = try lower(value)
        switch target.kind {
        case .name(let n):
            if let local = store(n, line: line) as? LocalTarget {
                return makeLocalAugmentedAssign(slot: local.slot, name: n, op: op, value: v, line: line)
            }
            return AugmentedAssign(place: .name(load: load(n, line: line), store: store(n, line: line)),
                                   op: op, value: v, line: line)
        case .attribute(let object, let name):
            return AugmentedAssign(place: .attribute(try lower(object), name), op: op, value: v, line: line)
        case .subscript(let object, let index):
            return makeItemAugmentedAssign(container: try lower(object), index: try lower(index), op: op, value: v, line: line)
        default:
            throw syntaxError("'\(Self.describe(target))' is an illegal expression for augmented assignment", target.location)
        }
    }

    static func describe(_ e: Expr) -> String {
        switch e.kind {
        case .tuple: return "tuple"
        case .list: return "list"
        case .call: return "function call"
        case .constant: return "literal"
        default: return "expression"
        }
    }

    mutating func lowerTarget(_ e: Expr) throws -> TargetNode {
        let line = e.location.line
        switch e.kind {
        case .name(let n): return store(n, line: line)
        case .attribute(let object, let name): return AttributeTarget(try lower(object), name, line: line)
        case .subscript(let object, let index): return SubscriptTarget(try lower(object), try lower(index), line: line)
        case .tuple(let items), .list(let items):
            var targets: [TargetNode] = []
            var star: Int?
            for (i, item) in items.enumerated() {
                if case .starred(let inner) = item.kind {
                    if star != nil { throw syntaxError("multiple starred expressions in assignment", item.location) }
                    star = i
                    targets.append(try lowerTarget(inner))
                } else {
                    targets.append(try lowerTarget(item))
                }
            }
            return makeUnpackTarget(targets, starIndex: star, line: line)
        case .starred:
            throw syntaxError("starred assignment target must be in a list or tuple", e.location)
        default:
            throw syntaxError("cannot assign to \(Self.describe(e))", e.location)
        }
    }

    private mutating func lowerFunctionDef(_ def: FunctionDef) throws -> StmtNode {
        let line = def.location.line
        let decorators = try def.decorators.map { try lower($0) }
        let make = try lowerFunction(name: def.name, parameters: def.parameters, body: def.body,
                                     location: def.location, tag: ScopeBuilder.functionTag)
        return FunctionDefStatement(decorators: decorators, make: make, target: store(def.name, line: line), line: line)
    }

    mutating func lowerFunction(name: String, parameters: Parameters, body: [Stmt], location: SourceLocation,
                                tag: Int) throws -> MakeFunctionNode {
        let defaults = try parameters.positional.compactMap { $0.defaultValue }.map { try lower($0) }
        let keywordDefaults = try parameters.keywordOnly.compactMap { p in
            try p.defaultValue.map { (p.name, try lower($0)) }
        }
        let inner = try lookupScope(location, tag)
        let code = try makeCode(inner, name: name, firstLine: location.line, parameters: parameters, body: body)
        return MakeFunctionNode(code: code, defaults: defaults, keywordDefaults: keywordDefaults,
                                closureCells: closureIndices(for: inner), globals: globals, line: location.line)
    }

    private mutating func lowerClassDef(_ def: ClassDef) throws -> StmtNode {
        let line = def.location.line
        let decorators = try def.decorators.map { try lower($0) }
        let bases = try def.bases.map { try lowerArgument($0) }
        let inner = try lookupScope(def.location, ScopeBuilder.classTag)
        let code = try makeCode(inner, name: def.name, firstLine: line, parameters: Parameters(), body: def.body)
        return ClassDefStatement(name: def.name, decorators: decorators, bases: bases, code: code,
                                 closureCells: closureIndices(for: inner), target: store(def.name, line: line), line: line)
    }
}
