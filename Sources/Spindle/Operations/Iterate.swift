/// Iteration and membership: `iter(v)`, `for x in v`, `x in v`.
///
/// Built-in containers get native iterators (no method lookups per
/// element). Instances use `__iter__` then `__next__` (or Python 2
/// `next`), or the old sequence protocol through `__getitem__`.
extension ThreadState {
    public func iterate(_ v: Value) throws -> PyIteratorObject { try iterate(v, overrides: true) }

    public func iterate(_ v: Value, overrides: Bool) throws -> PyIteratorObject {
        if case .object(let o) = v {
            if overrides, o.isSubclassedValue, let it = try callOverride(o, "__iter__") {
                if let native = it.asObject as? PyIteratorObject { return native }
                return PyProtocolIterator(it)
            }
            switch o {
            case let l as PyList: return PyListIterator(l)
            case let r as PyRange: return PyRangeIterator(r)
            case let t as PyTuple: return PyTupleIterator(t)
            case let d as PyDict: return PyHashIterator(dict: d, kind: .keys)
            case let s as PyStr: return PyStrIterator(s)
            case let it as PyIteratorObject: return it
            case let s as PySet: return PyHashIterator(set: s)
            case let v as DictView: return PyHashIterator(dict: v.dict, kind: v.kind)
            case let b as PyBytes:
                return PyArrayIterator(ContiguousArray(b.bytes.map { .int(Int($0)) }), type: IteratorTypes.bytes)
            default:
                return try iterateSpecial(v)
            }
        }
        throw notIterable(v)
    }

    private func iterateSpecial(_ v: Value) throws -> PyIteratorObject {
        if let iterMethod = v.pyType.lookup("__iter__") {
            if iterMethod.isNone { throw notIterable(v) }
            let it = try call(iterMethod, v)
            if let native = it.asObject as? PyIteratorObject { return native }
            guard hasSpecial(it, "__next__") || hasSpecial(it, "next") else {
                throw PyError(.typeError, "iter() returned non-iterator of type '\(it.pyType.name)'")
            }
            return PyProtocolIterator(it)
        }
        if hasSpecial(v, "__getitem__") { return PySequenceIterator(v) }
        throw notIterable(v)
    }

    private func notIterable(_ v: Value) -> PyError {
        PyError(.typeError, "'\(v.pyType.name)' object is not iterable")
    }

    /// All elements of an iterable, in order.
    public func collect(_ v: Value) throws -> ContiguousArray<Value> {
        if case .object(let o) = v {
            if let l = o as? PyList { return l.elements }
            if let t = o as? PyTuple { return t.array }
        }
        let it = try iterate(v)
        var out = ContiguousArray<Value>()
        while let x = try it.next(self) { out.append(x) }
        return out
    }

    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        try contains(container, item, overrides: true)
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value, overrides: Bool) throws -> Bool {
        if case .object(let o) = container {
            if o.objectKind == .dict { return try unsafeDowncast(o, to: PyDict.self).contains(self, item) }
            if o.objectKind == .str, let sub = item.asPyStr {
                return unsafeDowncast(o, to: PyStr.self).contains(sub)
            }
            if overrides, o.isSubclassedValue, let r = try callOverride(o, "__contains__", item) { return try truthy(r) }
            switch o {
            case let d as PyDict: return try d.contains(self, item)
            case let s as PySet: return try s.contains(self, item)
            case let s as PyStr:
                guard let sub = item.asObject as? PyStr else {
                    throw PyError(.typeError, "'in <string>' requires string as left operand, not \(item.pyType.name)")
                }
                return sub.value.isEmpty || StrSearch.find(s.value, sub.value) != nil
            case let r as PyRange:
                if let i = item.smallInteger, !item.isCustomObject { return r.contains(i) }
            case let v as DictView: return try v.contains(self, item)
            case let b as PyBytes:
                if let i = item.smallInteger { return b.bytes.contains(UInt8(truncatingIfNeeded: i)) }
                if let sub = item.asObject as? PyBytes {
                    return sub.bytes.isEmpty || StrSearch.find(b.bytes, sub.bytes) != nil
                }
            default:
                if !o.isBuiltinValue, let r = try callSpecial(container, "__contains__", item) {
                    return try truthy(r)
                }
            }
        }
        if case .object(let o) = container, let l = o as? PyList {
            for x in l.elements where try elementsEqual(x, item) { return true }
            return false
        }
        if case .object(let o) = container, let t = o as? PyTuple {
            for x in t.elements where try elementsEqual(x, item) { return true }
            return false
        }
        let it: PyIteratorObject
        do { it = try iterate(container) } catch let e as PyError where e.matches(.typeError) {
            throw PyError(.typeError, "argument of type '\(container.pyType.name)' is not iterable")
        }
        while let x = try it.next(self) {
            if try elementsEqual(x, item) { return true }
        }
        return false
    }

    /// Calls `it.__next__()` (or Python 2 `next()`); nil on StopIteration.
    func nextFromProtocol(_ it: Value) throws -> Value? {
        let method = it.pyType.lookup("__next__") ?? it.pyType.lookup("next")
        guard let method else {
            throw PyError(.typeError, "'\(it.pyType.name)' object is not an iterator")
        }
        do {
            return try call(method, it)
        } catch let e as PyError where e.matches(.stopIteration) {
            return nil
        }
    }
}

/// Wraps a Python-level iterator object (a class with `__next__`).
final class PyProtocolIterator: PyIteratorObject {
    let target: Value

    init(_ target: Value) { self.target = target }

    override var pyType: PyType { target.pyType }

    override func next(_ thread: ThreadState) throws -> Value? {
        try thread.nextFromProtocol(target)
    }
}

/// The old sequence protocol: `v[0]`, `v[1]`, … until IndexError.
final class PySequenceIterator: PyIteratorObject {
    let target: Value
    private let cursor = IteratorCursor()

    init(_ target: Value) { self.target = target }

    override var pyType: PyType { IteratorTypes.sequence }

    override func next(_ thread: ThreadState) throws -> Value? {
        let i = cursor.claim()
        do {
            return try thread.getItem(target, .int(i))
        } catch let e as PyError where e.matches(.indexError) || e.matches(.stopIteration) {
            cursor.exhaust()
            return nil
        }
    }
}
