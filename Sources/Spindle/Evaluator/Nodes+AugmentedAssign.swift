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

    /// The parts of an attribute target, kept outside the enum so the hot
    /// path reads them without copying (and retaining) a payload.
    private let attributeObject: ExprNode?
    private let attributeName: String

    init(place: Place, op: BinaryOperator, value: ExprNode, line: Int) {
        self.place = place
        self.op = op
        self.value = value
        if case .attribute(let object, let name) = place {
            attributeObject = object
            attributeName = name
        } else {
            attributeObject = nil
            attributeName = ""
        }
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        if let objectNode = attributeObject {
            try updateAttribute(objectNode, f)
            return .normal
        }
        let thread = f.thread
        switch place {
        case .name(let load, let store):
            let current = try load.eval(f)
            try store.assign(try combine(current, try value.eval(f), thread), f)
        case .attribute(let objectNode, _):
            try updateAttribute(objectNode, f)
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

    /// `obj.name op= value` through the read and write caches; the thread
    /// state is only fetched when a cache misses or the operation is not on
    /// scalars.
    @inline(__always)
    private func updateAttribute(_ objectNode: ExprNode, _ f: Frame) throws {
        let receiver = try objectNode.eval(f)
        let current: Value
        if case .object(let object) = receiver, case .value(let found) = object.cachedRead(readCache) {
            current = found
        } else {
            current = try f.thread.getAttribute(receiver, attributeName, cache: readCache)
        }
        let operand = try value.eval(f)
        let result = try scalarArithmetic(op, current, operand) ?? f.thread.inplaceOperation(op, current, operand)
        if case .object(let object) = receiver, object.cachedWrite(writeCache, result) { return }
        try f.thread.setAttribute(receiver, attributeName, result, cache: writeCache)
    }

    private func combine(_ a: Value, _ b: Value, _ thread: ThreadState) throws -> Value {
        if let r = try scalarArithmetic(op, a, b) { return r }
        return try thread.inplaceOperation(op, a, b)
    }
}
