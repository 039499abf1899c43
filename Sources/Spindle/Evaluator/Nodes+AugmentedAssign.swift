import SpindleSyntax

/// `target op= value` for any other target. The parts of the target (the
/// object of an attribute, the container and index of a subscript) are
/// evaluated once.
final class AugmentedAssign: StmtNode {
    enum Place {
        case name(load: ExprNode, store: TargetNode)
        case attribute(ExprNode, String)
        case item(ExprNode, ExprNode)
    }

    let place: Place
    let op: BinaryOperator
    let value: ExprNode
    /// Inline caches of an attribute target's read and write.
    let readCache = AttributeSiteCache()
    let writeCache = AttributeSiteCache()

    init(place: Place, op: BinaryOperator, value: ExprNode, line: Int) {
        self.place = place
        self.op = op
        self.value = value
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        let thread = f.thread
        switch place {
        case .name(let load, let store):
            let current = try load.eval(f)
            try store.assign(try combine(current, try value.eval(f), thread), f)
        case .attribute(let objectNode, let name):
            let object = try objectNode.eval(f)
            let current = try thread.getAttribute(object, name, cache: readCache)
            let result = try combine(current, try value.eval(f), thread)
            try thread.setAttribute(object, name, result, cache: writeCache)
        case .item(let containerNode, let indexNode):
            let container = try containerNode.eval(f)
            let index = try indexNode.eval(f)
            if case .object(let o) = container, let current = try FastSubscript.get(o, index) {
                let result = try combine(current, try value.eval(f), thread)
                if try FastSubscript.set(o, index, result) { return .normal }
                try thread.setItem(container, index, result)
                return .normal
            }
            let current = try thread.getItem(container, index)
            try thread.setItem(container, index, try combine(current, try value.eval(f), thread))
        }
        return .normal
    }

    private func combine(_ a: Value, _ b: Value, _ thread: ThreadState) throws -> Value {
        if let r = try scalarArithmetic(op, a, b) { return r }
        return try thread.inplaceOperation(op, a, b)
    }
}
