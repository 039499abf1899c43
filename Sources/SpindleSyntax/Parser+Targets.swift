/// Checks that expressions used as assignment or deletion targets can be.
extension ParseSession {
    /// Where a target appears; each context allows different shapes and words
    /// its errors differently.
    enum TargetContext {
        case assign
        case delete
        case augmented
        case annotated
    }

    /// Throws CPython's "cannot assign to …" family of errors for a bad target.
    func checkTarget(_ expr: Expr, _ context: TargetContext, nested: Bool = false) throws {
        switch expr.kind {
        case .name, .attribute, .subscript:
            return
        case .tuple(let items), .list(let items):
            if context == .augmented || context == .annotated { break }
            try checkTargetItems(items, context, container: expr.location)
            return
        case .starred(let inner):
            if context == .delete { break }
            guard nested else {
                throw failure("starred assignment target must be in a list or tuple", at: expr.location)
            }
            try checkTarget(inner, context, nested: false)
            return
        case .yield, .yieldFrom:
            if context == .assign { throw failure("assignment to yield expression not possible", at: expr.location) }
        default:
            break
        }
        throw failure(targetMessage(expr, context), at: expr.location)
    }

    func checkTargetItems(_ items: [Expr], _ context: TargetContext, container: SourceLocation) throws {
        var starred = 0
        for item in items {
            if case .starred = item.kind { starred += 1 }
            if starred > 1 {
                throw failure("multiple starred expressions in assignment", at: container)
            }
            try checkTarget(item, context, nested: true)
        }
    }

    func targetMessage(_ expr: Expr, _ context: TargetContext) -> String {
        let what = ParseSession.describe(expr)
        switch context {
        case .assign: return "cannot assign to \(what)"
        case .delete: return "cannot delete \(what)"
        case .augmented: return "'\(what)' is an illegal expression for augmented assignment"
        case .annotated:
            if case .tuple = expr.kind { return "only single target (not tuple) can be annotated" }
            if case .list = expr.kind { return "only single target (not list) can be annotated" }
            return "illegal target for annotation"
        }
    }

    /// The noun CPython uses for an expression in target errors.
    static func describe(_ expr: Expr) -> String {
        switch expr.kind {
        case .name: return "name"
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .tuple: return "tuple"
        case .list: return "list"
        case .constant(let constant): return describe(constant)
        case .set: return "set display"
        case .dict: return "dict display"
        case .slice: return "slice"
        case .call: return "function call"
        case .unary, .binary, .boolean: return "operator"
        case .compare: return "comparison"
        case .conditional: return "conditional expression"
        case .lambda: return "lambda"
        case .listComprehension: return "list comprehension"
        case .setComprehension: return "set comprehension"
        case .dictComprehension: return "dict comprehension"
        case .generator: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        }
    }

    static func describe(_ constant: Constant) -> String {
        switch constant {
        case .none: return "None"
        case .true: return "True"
        case .false: return "False"
        case .ellipsis: return "Ellipsis"
        default: return "literal"
        }
    }
}
