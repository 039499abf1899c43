import BigInt
import Synchronization

/// Subscription: `v[k]`, `v[k] = x`, `del v[k]`, including slices,
/// negative indices and `__getitem__`/`__setitem__`/`__delitem__` on
/// instances.
extension ThreadState {
    public func getItem(_ container: Value, _ key: Value) throws -> Value {
        try getItem(container, key, overrides: true)
    }

    public func getItem(_ container: Value, _ key: Value, overrides: Bool) throws -> Value {
        guard case .object(let o) = container else {
            throw PyError(.typeError, "'\(container.pyType.name)' object is not subscriptable")
        }
        if overrides, o.isSubclassedValue, let r = try callOverride(o, "__getitem__", key) { return r }
        if let l = o as? PyList {
            if case .int(let i) = key { return try l.item(i) }
            if let s = key.asObject as? PySlice { return .object(PyList(try sliceElements(l.elements, s))) }
            return try l.item(try sequenceIndex(key, "list"))
        }
        if let d = o as? PyDict {
            if let v = try d.get(self, key) { return v }
            if o.isSubclassedValue, let r = try callOverride(o, "__missing__", key) { return r }
            throw PyError(.keyError, args: [key])
        }
        if let t = o as? PyTuple {
            if let s = key.asObject as? PySlice { return .tuple(try sliceElements(t.array, s)) }
            let i = try normalized(try sequenceIndex(key, "tuple"), t.count, "tuple index out of range")
            return t.elements[i]
        }
        if let s = o as? PyStr {
            if let sl = key.asObject as? PySlice {
                let r = try sl.indices(self, length: s.count)
                return .object(s.slice(start: r.start, step: r.step, count: r.count))
            }
            return .object(try s.item(try sequenceIndex(key, "string")))
        }
        if let r = o as? PyRange { return try rangeItem(r, key) }
        if let b = o as? PyBytes {
            if let sl = key.asObject as? PySlice {
                let elements = ContiguousArray(b.bytes.map { Value.int(Int($0)) })
                return .bytes(try sliceElements(elements, sl).compactMap { $0.smallInteger.map(UInt8.init) })
            }
            let i = try normalized(try sequenceIndex(key, "bytes"), b.bytes.count, "index out of range")
            return .int(Int(b.bytes[i]))
        }
        if let r = try callSpecial(container, "__getitem__", key) { return r }
        if let t = o as? PyType, let r = try callSpecial(.object(t), "__class_getitem__", key) { return r }
        throw PyError(.typeError, "'\(container.pyType.name)' object is not subscriptable")
    }

    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        try setItem(container, key, value, overrides: true)
    }

    public func setItem(_ container: Value, _ key: Value, _ value: Value, overrides: Bool) throws {
        if case .object(let o) = container {
            if overrides, o.isSubclassedValue, try callOverride(o, "__setitem__", key, value) != nil { return }
            if let l = o as? PyList {
                if case .int(let i) = key { return try l.setItem(i, value) }
                if let s = key.asObject as? PySlice { return try assignSlice(l, s, value) }
                return try l.setItem(try sequenceIndex(key, "list"), value)
            }
            if let d = o as? PyDict { return try d.set(self, key, value) }
            if !o.isBuiltinValue, try callSpecial(container, "__setitem__", key, value) != nil { return }
        }
        throw PyError(.typeError, "'\(container.pyType.name)' object does not support item assignment")
    }

    public func delItem(_ container: Value, _ key: Value) throws {
        try delItem(container, key, overrides: true)
    }

    public func delItem(_ container: Value, _ key: Value, overrides: Bool) throws {
        if case .object(let o) = container {
            if overrides, o.isSubclassedValue, try callOverride(o, "__delitem__", key) != nil { return }
            if let l = o as? PyList {
                if let s = key.asObject as? PySlice { return try deleteSlice(l, s) }
                let index = try sequenceIndex(key, "list")
                let removed = l.storage.withLock { items -> Value? in
                    let i = index < 0 ? index + items.count : index
                    guard i >= 0 && i < items.count else { return nil }
                    return items.remove(at: i)
                }
                if removed == nil { throw PyError(.indexError, "list assignment index out of range") }
                return
            }
            if let d = o as? PyDict {
                if try d.remove(self, key) == nil { throw PyError(.keyError, args: [key]) }
                return
            }
            if !o.isBuiltinValue, try callSpecial(container, "__delitem__", key) != nil { return }
        }
        throw PyError(.typeError, "'\(container.pyType.name)' object doesn't support item deletion")
    }

    // MARK: Indices

    /// An index for a sequence: an int, bool or object with `__index__`.
    func sequenceIndex(_ key: Value, _ typeName: String) throws -> Int {
        if let i = key.smallInteger { return i }
        if key.asObject is PyBigInt {
            throw PyError(.indexError, "cannot fit 'int' into an index-sized integer")
        }
        if key.isCustomObject, let r = try callSpecial(key, "__index__"), let i = r.smallInteger {
            return i
        }
        throw PyError(.typeError, "\(typeName) indices must be integers or slices, not \(key.pyType.name)")
    }

    /// A slice bound or step: an int (huge ones clamp), `__index__`, else TypeError.
    func sliceIndex(_ v: Value) throws -> Int {
        if let i = v.smallInteger { return i }
        if let big = v.bigInteger { return big.sign == .minus ? Int.min / 2 : Int.max / 2 }
        if v.isCustomObject, let r = try callSpecial(v, "__index__"), let i = r.smallInteger { return i }
        throw PyError(.typeError, "slice indices must be integers or None or have an __index__ method")
    }

    private func normalized(_ index: Int, _ count: Int, _ message: String) throws -> Int {
        let i = index < 0 ? index + count : index
        guard i >= 0 && i < count else { throw PyError(.indexError, message) }
        return i
    }

    private func rangeItem(_ r: PyRange, _ key: Value) throws -> Value {
        if let s = key.asObject as? PySlice {
            let ix = try s.indices(self, length: r.count)
            let start = r.element(ix.start)
            let (step, o1) = r.step.multipliedReportingOverflow(by: ix.step)
            let (span, o2) = r.step.multipliedReportingOverflow(by: ix.stop)
            let (stop, o3) = r.start.addingReportingOverflow(span)
            if o1 || o2 || o3 { throw PyError(.overflowError, "Python int too large to convert to C ssize_t") }
            return .object(try PyRange(start: start, stop: stop, step: step))
        }
        let i = try normalized(try sequenceIndex(key, "range"), r.count, "range object index out of range")
        return .int(r.element(i))
    }

    // MARK: Slices

    func sliceElements(_ items: ContiguousArray<Value>, _ s: PySlice) throws -> ContiguousArray<Value> {
        let r = try s.indices(self, length: items.count)
        if r.step == 1 { return r.count > 0 ? ContiguousArray(items[r.start..<(r.start + r.count)]) : [] }
        var out = ContiguousArray<Value>()
        out.reserveCapacity(r.count)
        var i = r.start
        for _ in 0..<r.count { out.append(items[i]); i += r.step }
        return out
    }

    /// `l[a:b:c] = iterable`. The new elements are collected first (that
    /// may run Python code), then spliced in under the lock.
    private func assignSlice(_ l: PyList, _ s: PySlice, _ value: Value) throws {
        let replacement: ContiguousArray<Value>
        if case .object(let o) = value, o === l { replacement = l.elements }
        else { replacement = try collect(value) }
        let stepIsOne = s.step.isNone || s.step.smallInteger == 1
        if stepIsOne {
            let lengthNow = l.count
            let r = try s.indices(self, length: lengthNow)
            var old = ContiguousArray<Value>()
            l.storage.withLock { items in
                let start = min(r.start, items.count)
                let stop = max(start, min(r.stop, items.count))
                old = ContiguousArray(items[start..<stop])
                items.replaceSubrange(start..<stop, with: replacement)
            }
            return
        }
        let r = try s.indices(self, length: l.count)
        guard replacement.count == r.count else {
            throw PyError(.valueError, "attempt to assign sequence of size \(replacement.count) to extended slice of size \(r.count)")
        }
        let ok = l.storage.withLock { items -> Bool in
            var i = r.start
            for v in replacement {
                guard i >= 0 && i < items.count else { return false }
                items[i] = v
                i += r.step
            }
            return true
        }
        if !ok { throw PyError(.indexError, "list assignment index out of range") }
    }

    private func deleteSlice(_ l: PyList, _ s: PySlice) throws {
        let r = try s.indices(self, length: l.count)
        guard r.count > 0 else { return }
        var doomed = Set<Int>()
        var i = r.start
        for _ in 0..<r.count { doomed.insert(i); i += r.step }
        var removed = ContiguousArray<Value>()
        l.storage.withLock { items in
            var kept = ContiguousArray<Value>()
            kept.reserveCapacity(items.count)
            for (j, v) in items.enumerated() {
                if doomed.contains(j) { removed.append(v) } else { kept.append(v) }
            }
            items = kept
        }
    }
}
