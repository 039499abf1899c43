import BigInt
import SpindleSyntax

/// Comparison operators: identity, membership and Python's rich
/// comparison protocol (reflected operands, `NotImplemented`, the
/// subclass-first rule, default identity equality, the Python 2
/// `__cmp__` fallback).
extension ThreadState {
    /// `a op b` as a Python value (rich comparisons may return non-bools).
    public func compare(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .is: return .bool(a.isIdentical(to: b))
        case .isNot: return .bool(!a.isIdentical(to: b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        default:
            if case .int(let x) = a, case .int(let y) = b { return .bool(op.holds(x, y)) }
            return try richCompare(op, a, b)
        }
    }

    /// `bool(a op b)`, with fast paths for ints and floats.
    @inline(__always)
    public func compareIsTrue(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return op.holds(x, y) }
        if case .float(let x) = a, case .float(let y) = b { return op.holds(x, y) }
        if op.isOrdering, let ordered = try orderedSequences(op, a, b) { return ordered }
        return try truthy(compare(op, a, b))
    }

    /// `a == b` as a Swift Bool.
    @inline(__always)
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x == y }
        if let same = KeyEquality.native(a, b) { return same }
        return try truthy(richCompare(.equal, a, b))
    }

    /// Equality as containers use it: identical objects are equal.
    @inline(__always)
    func elementsEqual(_ a: Value, _ b: Value) throws -> Bool {
        if a.isIdentical(to: b) { return true }
        return try equals(a, b)
    }

    /// `a < b` as a Swift Bool.
    @inline(__always)
    public func lessThan(_ a: Value, _ b: Value) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        if case .float(let x) = a, case .float(let y) = b { return x < y }
        if let ordered = try orderedSequences(.less, a, b) { return ordered }
        return try truthy(richCompare(.less, a, b))
    }

    /// Orderings of two strs or two tuples without the general protocol
    /// (sorting tuples and strings is common); nil for anything else.
    @inline(__always)
    private func orderedSequences(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Bool? {
        guard case .object(let oa) = a, case .object(let ob) = b else { return nil }
        if let x = oa as? PyStr, let y = ob as? PyStr {
            return op.holds(PyStr.compareScalars(x.value, y.value), 0)
        }
        guard let x = oa as? PyTuple, let y = ob as? PyTuple else { return nil }
        let n = Swift.min(x.count, y.count)
        var i = 0
        while i < n {
            let p = x.item(at: i), q = y.item(at: i)
            if case .int(let u) = p, case .int(let v) = q {
                if u != v { return op.holds(u, v) }
            } else if !(try elementsEqual(p, q)) {
                return try compareIsTrue(op, p, q)
            }
            i += 1
        }
        return op.holds(x.count, y.count)
    }

    /// The rich comparison protocol for `== != < <= > >=`.
    func richCompare(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value {
        let aNative = !a.isCustomObject, bNative = !b.isCustomObject
        if aNative && bNative {
            if let r = try NativeCompare.apply(self, op, a, b) { return r }
            return try fallbackCompare(op, a, b)
        }
        let ta = a.pyType, tb = b.pyType
        let reflectedFirst = ta !== tb && tb.isSubtype(of: ta)
        if reflectedFirst && !bNative, let r = try callComparison(b, op.swapped, a) { return r }
        if !aNative, let r = try callComparison(a, op, b) { return r }
        if !reflectedFirst && !bNative, let r = try callComparison(b, op.swapped, a) { return r }
        if let c = try legacyCompare(a, b) { return .bool(op.holds(c, 0)) }
        return try fallbackCompare(op, a, b)
    }

    /// Calls `x.__op__(y)`; nil when absent or `NotImplemented`. A missing
    /// `__ne__` inverts `__eq__`, as `object.__ne__` does.
    private func callComparison(_ x: Value, _ op: CompareOperator, _ y: Value) throws -> Value? {
        if op == .notEqual {
            let ne = x.pyType.lookup("__ne__")
            if ne == nil || SpecialMethods.isObjectDefault(ne ?? .None, "__ne__") {
                guard let r = try callSpecial(x, "__eq__", y), !r.isNotImplemented else { return nil }
                return .bool(!(try truthy(r)))
            }
        }
        guard let r = try callSpecial(x, op.specialName, y), !r.isNotImplemented else { return nil }
        return r
    }

    /// What remains when no method decided: identity for `==`/`!=`, else TypeError.
    private func fallbackCompare(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .equal: return .bool(a.isIdentical(to: b))
        case .notEqual: return .bool(!a.isIdentical(to: b))
        default:
            throw PyError(.typeError, "'\(op.rawValue)' not supported between instances of '\(a.pyType.name)' and '\(b.pyType.name)'")
        }
    }

    /// Python 2's `__cmp__`, tried on either operand: -1/0/1 or nil.
    private func legacyCompare(_ a: Value, _ b: Value) throws -> Int? {
        if a.isCustomObject, let r = try callSpecial(a, "__cmp__", b), !r.isNotImplemented {
            return try cmpResult(r)
        }
        if b.isCustomObject, let r = try callSpecial(b, "__cmp__", a), !r.isNotImplemented {
            return -(try cmpResult(r))
        }
        return nil
    }

    private func cmpResult(_ r: Value) throws -> Int {
        if let i = r.smallInteger { return i.signum() }
        if let big = r.bigInteger { return big.signum() == 0 ? 0 : (big.sign == .minus ? -1 : 1) }
        throw PyError(.typeError, "comparison did not return an int")
    }

    /// The `cmp(a, b)` builtin: `__cmp__` if defined, else -1/0/1 from `==` and `<`.
    public func threeWayCompare(_ a: Value, _ b: Value) throws -> Int {
        if let c = NumericCompare.order(a, b) { return c }
        if let c = try legacyCompare(a, b) { return c }
        if try equals(a, b) { return 0 }
        if try lessThan(a, b) { return -1 }
        return 1
    }
}

extension CompareOperator {
    @inline(__always)
    func holds<T: Comparable>(_ x: T, _ y: T) -> Bool {
        switch self {
        case .equal: return x == y
        case .notEqual: return x != y
        case .less: return x < y
        case .lessEqual: return x <= y
        case .greater: return x > y
        case .greaterEqual: return x >= y
        default: return false
        }
    }

    /// The operator with operands swapped (`a < b` ⇔ `b > a`).
    var swapped: CompareOperator {
        switch self {
        case .less: return .greater
        case .lessEqual: return .greaterEqual
        case .greater: return .less
        case .greaterEqual: return .lessEqual
        default: return self
        }
    }

    var specialName: String {
        switch self {
        case .equal: return "__eq__"
        case .notEqual: return "__ne__"
        case .less: return "__lt__"
        case .lessEqual: return "__le__"
        case .greater: return "__gt__"
        case .greaterEqual: return "__ge__"
        default: return "__\(rawValue)__"
        }
    }

    /// True for `<`, `<=`, `>`, `>=`.
    var isOrdering: Bool {
        switch self {
        case .less, .lessEqual, .greater, .greaterEqual: return true
        default: return false
        }
    }
}
