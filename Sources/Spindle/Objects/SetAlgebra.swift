import SpindleSyntax

/// Set operators and comparisons shared by `set`, `frozenset` and the
/// keys/items views of dicts. Element snapshots are taken first, so hashing
/// and equality of elements never run under a set's lock.
enum SetAlgebra {
    /// `a | b`, `a & b`, `a - b`, `a ^ b`; nil when the operands are not sets.
    static func apply(_ thread: ThreadState, _ op: BinaryOperator, _ a: PyObject, _ b: Value) throws -> Value? {
        guard let x = try setOperand(thread, a), let ob = b.asObject, let y = try setOperand(thread, ob) else {
            return nil
        }
        let frozen = (a as? PySet)?.isFrozen ?? false
        let result: PySet
        switch op {
        case .bitOr: result = try union(thread, x, y, frozen: frozen)
        case .bitAnd: result = try intersection(thread, x, y, frozen: frozen)
        case .subtract: result = try difference(thread, x, y, frozen: frozen)
        case .bitXor: result = try symmetricDifference(thread, x, y, frozen: frozen)
        default: return nil
        }
        return .object(result)
    }

    /// A set or frozenset as is; a keys/items view as a new set; else nil.
    static func setOperand(_ thread: ThreadState, _ o: PyObject) throws -> PySet? {
        if let s = o as? PySet { return s }
        if let v = o as? DictView, v.kind != .values { return try v.asSet(thread) }
        return nil
    }

    /// `x | y`: a copy of x, then y's elements added (CPython's `set_union`).
    static func union(_ thread: ThreadState, _ x: PySet, _ y: PySet, frozen: Bool) throws -> PySet {
        let result = x.copy(frozen: frozen)
        try result.update(thread, from: .object(y))
        return result
    }

    /// `x & y`: walks the smaller set, keeping what the larger contains.
    static func intersection(_ thread: ThreadState, _ x: PySet, _ y: PySet, frozen: Bool) throws -> PySet {
        let (large, small) = y.count > x.count ? (y, x) : (x, y)
        let result = PySet(frozen: frozen)
        for e in small.elements where try large.contains(thread, e) { try result.add(thread, e) }
        return result
    }

    /// `x - y`: copy-and-discard when y is much smaller, else a filtered walk of x.
    static func difference(_ thread: ThreadState, _ x: PySet, _ y: PySet, frozen: Bool) throws -> PySet {
        if x.count >> 2 > y.count {
            let result = x.copy(frozen: frozen)
            for e in y.elements { try result.discard(thread, e) }
            return result
        }
        let result = PySet(frozen: frozen)
        for e in x.elements where !(try y.contains(thread, e)) { try result.add(thread, e) }
        return result
    }

    /// `x ^ y`: a copy of y, toggled by each element of x.
    static func symmetricDifference(_ thread: ThreadState, _ x: PySet, _ y: PySet, frozen: Bool) throws -> PySet {
        let result = y.copy(frozen: frozen)
        for e in x.elements {
            if !(try result.discard(thread, e)) { try result.add(thread, e) }
        }
        return result
    }

    static func isSubset(_ thread: ThreadState, _ x: PySet, _ y: PySet) throws -> Bool {
        if x.count > y.count { return false }
        for e in x.elements where !(try y.contains(thread, e)) { return false }
        return true
    }

    /// `==`, `!=`, `<`, `<=`, `>`, `>=` as subset relations.
    static func compare(_ thread: ThreadState, _ op: CompareOperator, _ x: PySet, _ y: PySet) throws -> Value {
        switch op {
        case .equal: return .bool(x.count == y.count ? try isSubset(thread, x, y) : false)
        case .notEqual: return .bool(x.count == y.count ? !(try isSubset(thread, x, y)) : true)
        case .lessEqual: return .bool(try isSubset(thread, x, y))
        case .less: return .bool(x.count < y.count ? try isSubset(thread, x, y) : false)
        case .greaterEqual: return .bool(try isSubset(thread, y, x))
        case .greater: return .bool(y.count < x.count ? try isSubset(thread, y, x) : false)
        default: return .bool(false)
        }
    }
}
