import SpindleSyntax

/// Attribute reads (`obj.name`) and attribute assignment targets.

/// Receivers held in function locals are borrowed from the frame slot
/// (`borrowedLocalObject`): a frame's slots are written only by statements
/// of that frame, never while one of its expressions is being evaluated
/// (Spindle has no `:=`), never by other frames or threads, so the slot
/// keeps the receiver alive for the whole read, write or call.

final class AttributeNode: ExprNode {
    let object: ExprNode
    let name: String
    let cache = AttributeSiteCache()
    /// The local slot of `object` when it is a function local, else -1:
    /// the receiver is then read without retaining it.
    let receiverSlot: Int

    init(_ object: ExprNode, _ name: String, line: Int) {
        self.object = object
        self.name = name
        self.receiverSlot = localSlot(of: object)
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        if receiverSlot >= 0, let borrowed = borrowedLocalObject(f, receiverSlot) {
            let found = borrowed._withUnsafeGuaranteedRef { $0.cachedRead(cache) }
            if case .value(let value) = found { return value }
            return try borrowed._withUnsafeGuaranteedRef { try finish(found, $0, f) }
        }
        let receiver = try object.eval(f)
        if case .object(let instance) = receiver { return try finish(instance.cachedRead(cache), instance, f) }
        return try f.thread.getAttribute(receiver, name, cache: cache)
    }

    /// The read after the instance's answer `found`; the common hits need
    /// no thread state: an instance attribute or a plain class attribute.
    @inline(__always)
    private func finish(_ found: CachedRead, _ instance: PyObject, _ f: Frame) throws -> Value {
        switch found {
        case .value(let found):
            return found
        case .classAttribute(let entry):
            if entry.pointee.attribute.kind == .plain { return entry.pointee.attribute.value }
            return try f.thread.bindCached(entry, .object(instance), instance)
        case .miss:
            return try f.thread.getAttribute(.object(instance), name, cache: cache)
        }
    }
}

final class AttributeTarget: TargetNode {
    let object: ExprNode
    let name: String
    let cache = AttributeSiteCache()
    /// As in `AttributeNode`: the receiver's local slot, or -1.
    let receiverSlot: Int

    init(_ object: ExprNode, _ name: String, line: Int) {
        self.object = object
        self.name = name
        self.receiverSlot = localSlot(of: object)
        super.init(line: line)
    }

    override func assign(_ value: Value, _ f: Frame) throws {
        if receiverSlot >= 0, let borrowed = borrowedLocalObject(f, receiverSlot) {
            try borrowed._withUnsafeGuaranteedRef { instance in
                if instance.cachedWrite(cache, value) { return }
                try f.thread.setAttribute(.object(instance), name, value, cache: cache)
            }
            return
        }
        let receiver = try object.eval(f)
        if case .object(let instance) = receiver, instance.cachedWrite(cache, value) { return }
        try f.thread.setAttribute(receiver, name, value, cache: cache)
    }

    override func delete(_ f: Frame) throws {
        try f.thread.deleteAttribute(try object.eval(f), name)
    }
}
