/// `locals()`, `globals()`, `vars()` and `dir()` without arguments: they
/// need the calling frame, so calls to these builtins are compiled to this
/// node, which reads the frame when the callee really is the builtin (a
/// user function of the same name is called normally).
final class FrameIntrospectionNode: ExprNode {
    enum Kind: String { case locals, globals, vars, dir }

    let kind: Kind
    let callee: ExprNode
    let builtin: Cell
    let globals: Namespace

    init(kind: Kind, callee: ExprNode, builtin: Cell, globals: Namespace, line: Int) {
        self.kind = kind
        self.callee = callee
        self.builtin = builtin
        self.globals = globals
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let function = try callee.eval(f)
        guard let original = builtin.value, function.isIdentical(to: original) else {
            return try f.thread.call(function, Arguments())
        }
        switch kind {
        case .globals: return dictionary(globals.items())
        case .locals, .vars: return dictionary(localItems(f))
        case .dir: return .list(localItems(f).map { $0.0 }.sorted().map { .str($0) })
        }
    }

    private func localItems(_ f: Frame) -> [(String, Value)] {
        if let namespace = f.classNamespace { return namespace.items }
        let code = f.code
        if code.name == "<module>" && code.slotCount == 0 { return globals.items() }
        var items: [(String, Value)] = []
        for (i, name) in code.slotNames.enumerated() where !name.hasPrefix(".") && !code.cellNames.contains(name) {
            if let v = f.slots[i] { items.append((name, v)) }
        }
        for (i, name) in (code.cellNames + code.freeNames).enumerated() {
            if let v = f.cells[i].value { items.append((name, v)) }
        }
        return items
    }

    private func dictionary(_ items: [(String, Value)]) -> Value {
        let dict = PyDict()
        for (k, v) in items { dict.set(k, v) }
        return .object(dict)
    }
}
