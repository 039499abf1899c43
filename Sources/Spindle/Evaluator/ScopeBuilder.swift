import SpindleSyntax

/// The first pass over a module: builds the tree of `Scope`s and records,
/// for each, the names it binds, declares and uses. Defaults, decorators,
/// base classes and a comprehension's first iterable belong to the
/// enclosing scope, as in Python.
struct ScopeBuilder {
    private(set) var scopes: [ScopeKey: Scope] = [:]
    private var current: Scope

    static let functionTag = 1, lambdaTag = 2, classTag = 3, comprehensionTag = 4

    init(root: Scope) {
        current = root
    }

    static func key(_ location: SourceLocation, _ tag: Int) -> ScopeKey {
        ScopeKey(line: location.line, column: location.column, tag: tag)
    }

    mutating func visit(_ body: [Stmt]) {
        for statement in body { visit(statement) }
    }

    private mutating func enter(_ kind: Scope.Kind, _ name: String, key: ScopeKey, _ body: (inout ScopeBuilder) -> Void) {
        let scope = Scope(kind: kind, name: name, parent: current)
        scopes[key] = scope
        let saved = current
        current = scope
        body(&self)
        current = saved
    }

    private mutating func bind(_ name: String) { current.assigned.insert(name) }

    private mutating func visit(_ s: Stmt) {
        switch s.kind {
        case .expression(let e): visit(e)
        case .assign(let targets, let value):
            visit(value)
            targets.forEach { visitTarget($0) }
        case .augmentedAssign(let target, _, let value):
            visit(value)
            if case .name(let n) = target.kind { bind(n); current.used.insert(n) } else { visit(target) }
        case .annotatedAssign(let target, let annotation, let value):
            value.map { visit($0) }
            visit(annotation)
            if value != nil { visitTarget(target) }
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            visit(test); visit(body); visit(orElse)
        case .for(let target, let iterable, let body, let orElse):
            visit(iterable); visitTarget(target); visit(body); visit(orElse)
        case .break, .continue, .pass: break
        case .functionDef(let def): visitFunction(def)
        case .classDef(let def): visitClass(def)
        case .return(let value): value.map { visit($0) }
        case .try(let body, let handlers, let orElse, let finalBody):
            visit(body)
            for handler in handlers {
                handler.type.map { visit($0) }
                handler.name.map { bind($0) }
                visit(handler.body)
            }
            visit(orElse); visit(finalBody)
        case .raise(let exception, let cause):
            exception.map { visit($0) }; cause.map { visit($0) }
        case .with(let items, let body):
            for item in items { visit(item.context); item.target.map { visitTarget($0) } }
            visit(body)
        case .import(let names):
            for n in names { bind(n.asName ?? String(n.name.split(separator: ".").first ?? "")) }
        case .importFrom(_, let names, _):
            for n in names { bind(n.asName ?? n.name) }
        case .global(let names): names.forEach { current.declaredGlobal.insert($0) }
        case .nonlocal(let names):
            for name in names where current.declaredNonlocal.insert(name).inserted {
                current.nonlocalLocations[name] = s.location
            }
        case .delete(let targets): targets.forEach { visitTarget($0) }
        case .assert(let test, let message):
            visit(test); message.map { visit($0) }
        case .print(let destination, let values, _):
            destination.map { visit($0) }; values.forEach { visit($0) }
        }
    }

    private mutating func visitFunction(_ def: FunctionDef) {
        def.decorators.forEach { visit($0) }
        visitDefaults(def.parameters)
        bind(def.name)
        enter(.function, def.name, key: Self.key(def.location, Self.functionTag)) { b in
            b.current.parameters = Self.parameterNames(def.parameters)
            b.visit(def.body)
        }
    }

    private mutating func visitClass(_ def: ClassDef) {
        def.decorators.forEach { visit($0) }
        for base in def.bases { visitArgument(base) }
        bind(def.name)
        enter(.classBody, def.name, key: Self.key(def.location, Self.classTag)) { b in b.visit(def.body) }
    }

    private mutating func visitDefaults(_ parameters: Parameters) {
        for p in parameters.positional + parameters.keywordOnly { p.defaultValue.map { visit($0) } }
    }

    static func parameterNames(_ parameters: Parameters) -> [String] {
        var names = parameters.positional.map { $0.name }
        if let v = parameters.varargs { names.append(v.name) }
        names += parameters.keywordOnly.map { $0.name }
        if let k = parameters.kwargs { names.append(k.name) }
        return names
    }

    private mutating func visitTarget(_ e: Expr) {
        switch e.kind {
        case .name(let n): bind(n)
        case .tuple(let items), .list(let items): items.forEach { visitTarget($0) }
        case .starred(let inner): visitTarget(inner)
        default: visit(e)
        }
    }

    private mutating func visitArgument(_ a: Argument) {
        switch a {
        case .positional(let e), .keyword(_, let e), .star(let e), .doubleStar(let e): visit(e)
        }
    }

    private mutating func visit(_ e: Expr) {
        switch e.kind {
        case .name(let n): current.used.insert(n)
        case .constant: break
        case .tuple(let items), .list(let items), .set(let items): items.forEach { visit($0) }
        case .dict(let items):
            for item in items {
                switch item {
                case .pair(let k, let v): visit(k); visit(v)
                case .unpack(let m): visit(m)
                }
            }
        case .starred(let inner): visit(inner)
        case .attribute(let object, _): visit(object)
        case .subscript(let object, let index): visit(object); visit(index)
        case .slice(let lower, let upper, let step):
            lower.map { visit($0) }; upper.map { visit($0) }; step.map { visit($0) }
        case .call(let callee, let arguments):
            visit(callee)
            arguments.forEach { visitArgument($0) }
            if case .name("super") = callee.kind, arguments.isEmpty { current.used.insert("__class__") }
        case .unary(_, let operand): visit(operand)
        case .binary(_, let l, let r): visit(l); visit(r)
        case .boolean(_, let operands): operands.forEach { visit($0) }
        case .compare(let first, let rest): visit(first); rest.forEach { visit($0.right) }
        case .conditional(let test, let body, let orElse): visit(test); visit(body); visit(orElse)
        case .lambda(let parameters, let body):
            visitDefaults(parameters)
            enter(.function, "<lambda>", key: Self.key(e.location, Self.lambdaTag)) { b in
                b.current.parameters = Self.parameterNames(parameters)
                b.visit(body)
            }
        case .listComprehension(let element, let clauses):
            visitComprehension(e, "<listcomp>", clauses) { b in b.visit(element) }
        case .setComprehension(let element, let clauses):
            visitComprehension(e, "<setcomp>", clauses) { b in b.visit(element) }
        case .dictComprehension(let key, let value, let clauses):
            visitComprehension(e, "<dictcomp>", clauses) { b in b.visit(key); b.visit(value) }
        case .generator(let element, let clauses):
            visitComprehension(e, "<genexpr>", clauses) { b in
                b.current.isGenerator = true
                b.visit(element)
            }
        case .yield(let value):
            current.isGenerator = true
            value.map { visit($0) }
        case .yieldFrom(let value):
            current.isGenerator = true
            visit(value)
        }
    }

    private mutating func visitComprehension(_ e: Expr, _ name: String, _ clauses: [Comprehension],
                                             element: (inout ScopeBuilder) -> Void) {
        guard let first = clauses.first else { return }
        visit(first.iterable)
        enter(.comprehension, name, key: Self.key(e.location, Self.comprehensionTag)) { b in
            b.current.parameters = [".0", ".1"]
            for (i, clause) in clauses.enumerated() {
                if i > 0 { b.visit(clause.iterable) }
                b.visitTarget(clause.target)
                clause.conditions.forEach { b.visit($0) }
            }
            element(&b)
        }
    }
}
