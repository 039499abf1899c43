import SpindleSyntax

/// Rich comparisons between built-in values. Returns nil when the types
/// have no native ordering/equality, so the caller falls back to identity
/// (`==`) or raises TypeError (`<`).
enum NativeCompare {
    static func apply(_ thread: ThreadState, _ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value? {
        if let c = NumericCompare.order(a, b) { return .bool(op.holds(c, 0)) }
        if a.isNumeric && b.isNumeric {
            return .bool(op == .notEqual)  // NaN involved
        }
        guard case .object(let oa) = a, case .object(let ob) = b else { return nil }
        if let x = oa as? PyStr, let y = ob as? PyStr {
            if op == .equal { return .bool(x.isEqual(to: y)) }
            if op == .notEqual { return .bool(!x.isEqual(to: y)) }
            return .bool(op.holds(PyStr.compareScalars(x.value, y.value), 0))
        }
        if let x = oa as? PyList, let y = ob as? PyList {
            return try sequences(thread, op, x.elements, y.elements)
        }
        if let x = oa as? PyTuple, let y = ob as? PyTuple {
            return try sequences(thread, op, x.elements, y.elements)
        }
        if let x = oa as? PyBytes, let y = ob as? PyBytes {
            let c = x.bytes.lexicographicallyPrecedes(y.bytes) ? -1 : (x.bytes == y.bytes ? 0 : 1)
            return .bool(op.holds(c, 0))
        }
        if let x = oa as? PySet, let y = ob as? PySet {
            return try SetAlgebra.compare(thread, op, x, y)
        }
        if let x = oa as? PyDict, let y = ob as? PyDict {
            guard op == .equal || op == .notEqual else { return nil }
            let same = try dictsEqual(thread, x, y)
            return .bool(op == .equal ? same : !same)
        }
        if let x = oa as? PyBoundMethod, let y = ob as? PyBoundMethod, op == .equal || op == .notEqual {
            return .bool(x.isSameMethod(as: y) == (op == .equal))
        }
        if let x = oa as? PyRange, let y = ob as? PyRange {
            guard op == .equal || op == .notEqual else { return nil }
            let same = x.count == y.count && (x.count == 0 || (x.start == y.start && (x.count == 1 || x.step == y.step)))
            return .bool(op == .equal ? same : !same)
        }
        if let x = oa as? DictView, let y = ob as? DictView, x.kind != .values, y.kind != .values {
            return try SetAlgebra.compare(thread, op, x.asSet(thread), y.asSet(thread))
        }
        if let x = oa as? DictView, x.kind != .values, let y = ob as? PySet {
            return try SetAlgebra.compare(thread, op, x.asSet(thread), y)
        }
        return nil
    }

    /// Lexicographic comparison of two element snapshots (no lock is held,
    /// so element comparisons may run Python code).
    static func sequences<X: RandomAccessCollection, Y: RandomAccessCollection>(
        _ thread: ThreadState, _ op: CompareOperator, _ x: X, _ y: Y
    ) throws -> Value where X.Element == Value, Y.Element == Value, X.Index == Int, Y.Index == Int {
        if x.count != y.count && (op == .equal || op == .notEqual) {
            return .bool(op == .notEqual)
        }
        var i = 0
        while i < x.count && i < y.count {
            if !(try thread.elementsEqual(x[i], y[i])) { break }
            i += 1
        }
        if i >= x.count || i >= y.count {
            return .bool(op.holds(x.count, y.count))
        }
        switch op {
        case .equal: return .bool(false)
        case .notEqual: return .bool(true)
        default: return try thread.compare(op, x[i], y[i])
        }
    }

    static func dictsEqual(_ thread: ThreadState, _ x: PyDict, _ y: PyDict) throws -> Bool {
        if x === y { return true }
        let items = x.items
        guard items.count == y.count else { return false }
        for (k, v) in items {
            guard let w = try y.get(thread, k) else { return false }
            if !(try thread.elementsEqual(v, w)) { return false }
        }
        return true
    }
}
