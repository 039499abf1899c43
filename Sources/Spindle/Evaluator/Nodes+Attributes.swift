import SpindleSyntax

/// Attribute reads (`obj.name`) and attribute assignment targets.

/// The object in local slot `slot` of `f`, borrowed (no retain).
///
/// Safe for the evaluation of one expression or statement part: a frame's
/// slots are written only by statements of that frame (assignment, `for`,
/// `del`, `except … as`, …). No expression writes a slot of the frame
/// evaluating it (Spindle has no `:=`), other frames never write it and a
/// frame belongs to one thread at a time, so the slot keeps the object
/// alive while the caller uses the borrowed reference.
@inline(__always)
func borrowedLocal(_ f: Frame, _ slot: Int) -> Unmanaged<PyObject>? {
    guard case .object(let object)? = f.slots[slot] else { return nil }
    return Unmanaged.passUnretained(object)
}

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
        if receiverSlot >= 0, let borrowed = borrowedLocal(f, receiverSlot) {
            return try borrowed._withUnsafeGuaranteedRef { try read($0, f) }
        }
        let receiver = try object.eval(f)
        if case .object(let instance) = receiver { return try read(instance, f) }
        return try f.thread.getAttribute(receiver, name, cache: cache)
    }

    /// The common hit needs no thread state: an instance attribute or a
    /// plain class attribute.
    @inline(__always)
    private func read(_ instance: PyObject, _ f: Frame) throws -> Value {
        switch instance.cachedRead(cache) {
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
        if receiverSlot >= 0, let borrowed = borrowedLocal(f, receiverSlot) {
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
