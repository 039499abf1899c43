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
        try f.thread.getAttribute(try object.eval(f), name, cache: cache)
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
        try f.thread.setAttribute(try object.eval(f), name, value, cache: cache)
    }

    override func delete(_ f: Frame) throws {
        try f.thread.deleteAttribute(try object.eval(f), name)
    }
}
