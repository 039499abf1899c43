@testable import SpindleSyntax

/// Renders syntax trees as compact S-expressions so tests can state the
/// expected shape (and precedence) of a parse in one readable string.
enum SExpression {
    static func render(_ statements: [Stmt]) -> String {
        statements.map { render($0) }.joined(separator: " ")
    }

    static func render(_ expr: Expr?) -> String {
        guard let expr else { return "_" }
        switch expr.kind {
        case .name(let name): return name
        case .constant(let constant): return render(constant)
        case .tuple(let items): return list("tuple", items.map { render($0) })
        case .list(let items): return list("list", items.map { render($0) })
        case .set(let items): return list("set", items.map { render($0) })
        case .dict(let items): return list("dict", items.map(render(item:)))
        case .starred(let inner): return list("*", [render(inner)])
        case .attribute(let value, let name): return list(".", [render(value), name])
        case .subscript(let value, let index): return list("[]", [render(value), render(index)])
        case .slice(let lower, let upper, let step): return list("slice", [render(lower), render(upper), render(step)])
        case .call(let callee, let arguments): return list("call", [render(callee)] + arguments.map(render(argument:)))
        case .unary(let op, let operand): return list(op.rawValue, [render(operand)])
        case .binary(let op, let left, let right): return list(op.rawValue, [render(left), render(right)])
        case .boolean(let op, let operands): return list(op.rawValue, operands.map { render($0) })
        case .compare(let first, let rest):
            return list("cmp", [render(first)] + rest.flatMap { [$0.op.rawValue, render($0.right)] })
        case .conditional(let test, let body, let orElse):
            return list("ifexp", [render(test), render(body), render(orElse)])
        case .lambda(let parameters, let body): return list("lambda", [render(parameters), render(body)])
        case .listComprehension(let element, let clauses): return comprehension("listcomp", [render(element)], clauses)
        case .setComprehension(let element, let clauses): return comprehension("setcomp", [render(element)], clauses)
        case .dictComprehension(let key, let value, let clauses):
            return comprehension("dictcomp", [render(key), render(value)], clauses)
        case .generator(let element, let clauses): return comprehension("genexp", [render(element)], clauses)
        case .yield(let value): return list("yield", [render(value)])
        case .yieldFrom(let value): return list("yield-from", [render(value)])
        }
    }

    static func render(_ constant: Constant) -> String {
        switch constant {
        case .none: return "None"
        case .true: return "True"
        case .false: return "False"
        case .ellipsis: return "..."
        case .int(let value): return String(value)
        case .bigInt(let digits): return digits + "n"
        case .float(let value): return String(value)
        case .string(let text): return text.debugDescription
        case .bytes(let bytes): return "b" + bytes.map(String.init).joined(separator: ",")
        }
    }

    static func render(item: DictItem) -> String {
        switch item {
        case .pair(let key, let value): return list(":", [render(key), render(value)])
        case .unpack(let mapping): return list("**", [render(mapping)])
        }
    }

    static func render(argument: Argument) -> String {
        switch argument {
        case .positional(let value): return render(value)
        case .keyword(let name, let value): return list("=", [name, render(value)])
        case .star(let value): return list("*", [render(value)])
        case .doubleStar(let value): return list("**", [render(value)])
        }
    }

    static func render(_ parameters: Parameters) -> String {
        var parts = parameters.positional.map(render(parameter:))
        if let varargs = parameters.varargs { parts.append("*" + render(parameter: varargs)) }
        if !parameters.keywordOnly.isEmpty {
            if parameters.varargs == nil { parts.append("*") }
            parts += parameters.keywordOnly.map(render(parameter:))
        }
        if let kwargs = parameters.kwargs { parts.append("**" + render(parameter: kwargs)) }
        return list("params", parts)
    }

    static func render(parameter: Parameter) -> String {
        guard let value = parameter.defaultValue else { return parameter.name }
        return parameter.name + "=" + render(value)
    }

    static func comprehension(_ head: String, _ parts: [String], _ clauses: [Comprehension]) -> String {
        list(head, parts + clauses.map { clause in
            list("for", [render(clause.target), render(clause.iterable)] + clause.conditions.map { list("if", [render($0)]) })
        })
    }

    static func block(_ statements: [Stmt]) -> String {
        "[" + render(statements) + "]"
    }

    static func render(_ statement: Stmt) -> String {
        switch statement.kind {
        case .expression(let expr): return render(expr)
        case .assign(let targets, let value): return list("=", targets.map { render($0) } + [render(value)])
        case .augmentedAssign(let target, let op, let value): return list(op.rawValue + "=", [render(target), render(value)])
        case .annotatedAssign(let target, let annotation, let value):
            return list("ann", [render(target), render(annotation), render(value)])
        case .if(let test, let body, let orElse): return list("if", [render(test), block(body), block(orElse)])
        case .while(let test, let body, let orElse): return list("while", [render(test), block(body), block(orElse)])
        case .for(let target, let iterable, let body, let orElse):
            return list("for", [render(target), render(iterable), block(body), block(orElse)])
        case .break: return "break"
        case .continue: return "continue"
        case .pass: return "pass"
        case .functionDef(let def):
            return list("def", [def.name, render(def.parameters), block(def.body)] + def.decorators.map { list("@", [render($0)]) })
        case .classDef(let def):
            return list("class", [def.name, list("bases", def.bases.map(render(argument:))), block(def.body)]
                        + def.decorators.map { list("@", [render($0)]) })
        case .return(let value): return list("return", [render(value)])
        case .try(let body, let handlers, let orElse, let final):
            return list("try", [block(body)] + handlers.map(render(handler:)) + [block(orElse), block(final)])
        case .raise(let exception, let cause): return list("raise", [render(exception), render(cause)])
        case .with(let items, let body):
            return list("with", items.map { list("as", [render($0.context), render($0.target)]) } + [block(body)])
        case .import(let names): return list("import", names.map(render(importName:)))
        case .importFrom(let module, let names, let level):
            return list("from", [String(repeating: ".", count: level) + (module ?? "")]
                        + (names.isEmpty ? ["*"] : names.map(render(importName:))))
        case .global(let names): return list("global", names)
        case .nonlocal(let names): return list("nonlocal", names)
        case .delete(let targets): return list("del", targets.map { render($0) })
        case .assert(let test, let message): return list("assert", [render(test), render(message)])
        case .print(let destination, let values, let trailingComma):
            return list("print", [">>" + render(destination)] + values.map { render($0) } + (trailingComma ? [","] : []))
        }
    }

    static func render(handler: ExceptHandler) -> String {
        list("except", [render(handler.type), handler.name ?? "_", block(handler.body)])
    }

    static func render(importName: ImportName) -> String {
        guard let alias = importName.asName else { return importName.name }
        return importName.name + " as " + alias
    }

    static func list(_ head: String, _ parts: [String]) -> String {
        "(" + ([head] + parts).joined(separator: " ") + ")"
    }
}
