/// Displays (`(a, b)`, `[a, *b]`, `{k: v}`, `{a}`),
/// subscripts and slices.

/// Evaluates display elements, expanding `*iterable` ones.
struct ElementList {
    /// Each element and whether it is starred.
    let elements: [(node: ExprNode, starred: Bool)]

    var hasStar: Bool { elements.contains { $0.starred } }

    /// The values straight into the storage a tuple or list keeps.
    func contiguousValues(_ f: Frame) throws -> ContiguousArray<Value> {
        var out = ContiguousArray<Value>()
        try collect(f, into: &out)
        return out
    }

    func values(_ f: Frame) throws -> [Value] {
        var out: [Value] = []
        try collect(f, into: &out)
        return out
    }

    private func collect<Storage: RangeReplaceableCollection>(
        _ f: Frame, into out: inout Storage
    ) throws where Storage.Element == Value {
        out.reserveCapacity(elements.count)
        for (node, starred) in elements {
            let v = try node.eval(f)
            if starred {
                let iterator = try f.thread.iterate(v)
                while let item = try iterator.next(f.thread) { out.append(item) }
            } else {
                out.append(v)
            }
        }
    }
}

/// A display built from a list of elements (`(a, *b)`, `[a, b]`, `{a, b}`);
/// subclasses decide which container the values become.
class ElementsNode: ExprNode {
    let elements: ElementList

    init(_ elements: ElementList, line: Int) {
        self.elements = elements
        super.init(line: line)
    }
}

final class TupleNode: ElementsNode {
    override func eval(_ f: Frame) throws -> Value {
        let parts = elements.elements
        if parts.count == 2, !parts[0].starred, !parts[1].starred {
            let a = try parts[0].node.eval(f)
            return .object(PyTuple(a, try parts[1].node.eval(f)))
        }
        if parts.count == 3, !parts[0].starred, !parts[1].starred, !parts[2].starred {
            let a = try parts[0].node.eval(f)
            let b = try parts[1].node.eval(f)
            return .object(PyTuple(a, b, try parts[2].node.eval(f)))
        }
        return .tuple(try elements.contiguousValues(f))
    }
}

final class ListNode: ElementsNode {
    override func eval(_ f: Frame) throws -> Value { .object(PyList(try elements.contiguousValues(f))) }
}

final class SetNode: ElementsNode {
    override func eval(_ f: Frame) throws -> Value { try f.thread.makeSet(try elements.values(f)) }
}

final class DictNode: ExprNode {
    /// `(key, value)` pairs; a nil key means `**value`.
    let items: [(key: ExprNode?, value: ExprNode)]

    init(_ items: [(key: ExprNode?, value: ExprNode)], line: Int) {
        self.items = items
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let dict = makeDict([])
        for (keyNode, valueNode) in items {
            if let keyNode {
                let key = try keyNode.eval(f)
                let value = try valueNode.eval(f)
                try f.thread.setDictItem(dict, key, value)
            } else {
                let mapping = try valueNode.eval(f)
                for (k, v) in try f.thread.mappingItems(mapping) { try f.thread.setDictItem(dict, k, v) }
            }
        }
        return dict
    }
}


final class SubscriptNode: ExprNode {
    let container: ExprNode
    let index: ExprNode

    init(_ container: ExprNode, _ index: ExprNode, line: Int) {
        self.container = container
        self.index = index
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let c = try container.eval(f)
        let i = try index.eval(f)
        if case .object(let o) = c, let v = try FastSubscript.get(o, i) { return v }
        return try f.thread.getItem(c, i)
    }
}

final class SliceNode: ExprNode {
    let lower: ExprNode?
    let upper: ExprNode?
    let step: ExprNode?

    init(lower: ExprNode?, upper: ExprNode?, step: ExprNode?, line: Int) {
        self.lower = lower
        self.upper = upper
        self.step = step
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let l = try lower?.eval(f) ?? .None
        let u = try upper?.eval(f) ?? .None
        let s = try step?.eval(f) ?? .None
        return f.thread.makeSlice(l, u, s)
    }
}


final class SubscriptTarget: TargetNode {
    let container: ExprNode
    let index: ExprNode
    /// The local slot of `container` when it is a local and the key a
    /// constant or a local (`d[k] = v`, `a[i] = x`), else -1: the container
    /// is then borrowed from the frame (see `borrowedLocalObject`), since no
    /// code runs between reading the slot and storing the item.
    private let localSlot: Int
    private let plainKey: PlainSubscriptKey

    init(_ container: ExprNode, _ index: ExprNode, line: Int) {
        self.container = container
        self.index = index
        if let local = container as? LocalLoad, let key = PlainSubscriptKey(index) {
            localSlot = local.slot
            plainKey = key
        } else {
            localSlot = -1
            plainKey = PlainSubscriptKey(unused: index)
        }
        super.init(line: line)
    }

    override func assign(_ value: Value, _ f: Frame) throws {
        if localSlot >= 0, let object = borrowedLocalObject(f, localSlot) {
            let k = try plainKey.value(f)
            if try object._withUnsafeGuaranteedRef({ try FastSubscript.set($0, k, value) }) { return }
        }
        let c = try container.eval(f)
        let i = try index.eval(f)
        if case .object(let o) = c, try FastSubscript.set(o, i, value) { return }
        try f.thread.setItem(c, i, value)
    }

    override func delete(_ f: Frame) throws {
        let c = try container.eval(f)
        let i = try index.eval(f)
        try f.thread.delItem(c, i)
    }
}

/// `a, (b, *c) = value`: unpacks an iterable into several targets.
final class UnpackTarget: TargetNode {
    let targets: [TargetNode]
    /// Index of the starred target, if any.
    let starIndex: Int?

    /// The local slots of the targets when every target is a plain local
    /// (`for a, b in pairs`): values are stored straight into the frame.
    private let localSlots: [Int]?

    init(_ targets: [TargetNode], starIndex: Int?, line: Int) {
        self.targets = targets
        self.starIndex = starIndex
        let slots = targets.compactMap { ($0 as? LocalTarget)?.slot }
        localSlots = starIndex == nil && slots.count == targets.count ? slots : nil
        super.init(line: line)
    }

    override func assign(_ value: Value, _ f: Frame) throws {
        if starIndex == nil, case .object(let o) = value, o.objectKind == .tuple {
            // Tuples are immutable: read the elements in place.
            let t = unsafeDowncast(o, to: PyTuple.self)
            if t.count == targets.count {
                if let slots = localSlots {
                    for k in 0..<t.count { f.slots[slots[k]] = t.item(at: k) }
                    return
                }
                for k in 0..<t.count { try targets[k].assign(t.item(at: k), f) }
                return
            }
        }
        if starIndex == nil, case .object(let o) = value, let items = exactSequenceItems(o) {
            if items.count == targets.count {
                if let slots = localSlots {
                    for k in 0..<items.count { f.slots[slots[k]] = items[k] }
                    return
                }
                for k in 0..<items.count { try targets[k].assign(items[k], f) }
                return
            }
        }
        let items = try unpackedValues(value, f)
        for (target, item) in zip(targets, items) { try target.assign(item, f) }
    }

    /// The elements of an exact tuple, or a snapshot of an exact list's
    /// (CPython also takes every element before assigning the first).
    @inline(__always)
    private func exactSequenceItems(_ o: PyObject) -> ContiguousArray<Value>? {
        switch o.objectKind {
        case .tuple: return unsafeDowncast(o, to: PyTuple.self).array
        case .list: return unsafeDowncast(o, to: PyList.self).elements
        default: return nil
        }
    }

    private func unpackedValues(_ value: Value, _ f: Frame) throws -> [Value] {
        let iterator: PyIteratorObject
        do {
            iterator = try f.thread.iterate(value)
        } catch let error as PyError where error.matches(.typeError) {
            throw PyError(.typeError, "cannot unpack non-iterable \(value.pyType.name) object")
        }
        var items: [Value] = []
        guard let star = starIndex else {
            while let v = try iterator.next(f.thread) {
                items.append(v)
                if items.count > targets.count {
                    throw PyError(.valueError, "too many values to unpack (expected \(targets.count))")
                }
            }
            if items.count < targets.count {
                throw PyError(.valueError, "not enough values to unpack (expected \(targets.count), got \(items.count))")
            }
            return items
        }
        while let v = try iterator.next(f.thread) { items.append(v) }
        let after = targets.count - star - 1
        if items.count < targets.count - 1 {
            throw PyError(.valueError, "not enough values to unpack (expected at least \(targets.count - 1), got \(items.count))")
        }
        let middle = Array(items[star..<(items.count - after)])
        return Array(items[..<star]) + [makeList(middle)] + Array(items[(items.count - after)...])
    }

    override func delete(_ f: Frame) throws {
        for target in targets { try target.delete(f) }
    }
}
