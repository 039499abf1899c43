import SpindleSyntax

/// Attribute reads (`obj.name`) and attribute assignment targets.

final class AttributeNode: ExprNode {
    let object: ExprNode
    let name: String
    let cache = AttributeSiteCache()

    init(_ object: ExprNode, _ name: String, line: Int) {
        self.object = object
        self.name = name
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let receiver = try object.eval(f)
        // The common hit needs no thread state: an instance attribute or a
        // plain class attribute.
        if case .object(let instance) = receiver {
            switch instance.cachedRead(cache) {
            case .value(let found):
                return found
            case .classAttribute(let entry):
                if entry.pointee.attribute.kind == .plain { return entry.pointee.attribute.value }
                return try f.thread.bindCached(entry, receiver, instance)
            case .miss:
                break
            }
        }
        return try f.thread.getAttribute(receiver, name, cache: cache)
    }
}

final class AttributeTarget: TargetNode {
    let object: ExprNode
    let name: String
    let cache = AttributeSiteCache()

    init(_ object: ExprNode, _ name: String, line: Int) {
        self.object = object
        self.name = name
        super.init(line: line)
    }

    override func assign(_ value: Value, _ f: Frame) throws {
        let receiver = try object.eval(f)
        if case .object(let instance) = receiver, instance.cachedWrite(cache, value) { return }
        try f.thread.setAttribute(receiver, name, value, cache: cache)
    }

    override func delete(_ f: Frame) throws {
        try f.thread.deleteAttribute(try object.eval(f), name)
    }
}
