import BigInt
import SpindleSyntax

/// Binary operators between built-in values (numbers, str, bytes, list,
/// tuple, set, frozenset, dict views). Returns nil for combinations the
/// built-in types do not support, so the caller can try Python methods.
enum NativeBinary {
    static func apply(_ thread: ThreadState, _ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        if let pair = try NumericPair.of(a, b) {
            switch pair {
            case .ints(let x, let y):
                if case .bool(let p) = a, case .bool(let q) = b {
                    switch op {
                    case .bitAnd: return .bool(p && q)
                    case .bitOr: return .bool(p || q)
                    case .bitXor: return .bool(p != q)
                    default: break
                    }
                }
                return try IntOperators.apply(op, x, y)
            case .bigs(let x, let y): return try IntOperators.apply(op, x, y)
            case .floats(let x, let y):
                return FloatOperators.supports(op) ? try FloatOperators.apply(op, x, y) : nil
            }
        }
        guard case .object(let oa) = a else {
            return try reflectedRepeat(op, a, b)
        }
        switch op {
        case .add: return try concatenate(oa, b)
        case .multiply: return try repeatSequence(oa, b) ?? reflectedRepeat(op, a, b)
        case .modulo:
            if let s = oa as? PyStr { return .str(try PercentFormat.format(thread, s.value, b)) }
            return nil
        case .bitOr, .bitAnd, .bitXor, .subtract:
            if op == .bitOr, let d = oa as? PyDict, let other = b.asObject as? PyDict {
                let merged = d.copy()
                for (k, v) in other.items { try merged.set(thread, k, v) }
                return .object(merged)
            }
            return try SetAlgebra.apply(thread, op, oa, b)
        default: return nil
        }
    }

    /// `seq + seq` for str, list, tuple and bytes.
    private static func concatenate(_ a: PyObject, _ b: Value) throws -> Value? {
        guard case .object(let ob) = b else { return nil }
        if a.objectKind == .str && ob.objectKind == .str {
            return .object(PyStr.concatenate(unsafeDowncast(a, to: PyStr.self), unsafeDowncast(ob, to: PyStr.self)))
        }
        if let l = a as? PyList, let m = ob as? PyList {
            var items = l.elements
            items.append(contentsOf: m.elements)
            return .object(PyList(items))
        }
        if let l = a as? PyTuple, let m = ob as? PyTuple {
            if m.count == 0 { return .object(l) }
            if l.count == 0 { return .object(m) }
            return .tuple(l.array + m.elements)
        }
        if let l = a as? PyBytes, let m = ob as? PyBytes { return .bytes(l.bytes + m.bytes) }
        return nil
    }

    /// `seq * n`.
    private static func repeatSequence(_ a: PyObject, _ b: Value) throws -> Value? {
        guard b.isInteger, !b.isCustomObject else { return nil }
        guard a is PyStr || a is PyList || a is PyTuple || a is PyBytes else { return nil }
        let n = max(0, try repeatCount(b))
        try checkRepeatSize(a, n)
        if let s = a as? PyStr {
            return .object(PyStr(String(repeating: s.value, count: n), count: s.count * n))
        }
        if let l = a as? PyList {
            let items = l.elements
            var out = ContiguousArray<Value>()
            out.reserveCapacity(items.count * n)
            for _ in 0..<n { out.append(contentsOf: items) }
            return .object(PyList(out))
        }
        if let t = a as? PyTuple {
            if n == 1 { return .object(t) }
            var out = ContiguousArray<Value>()
            out.reserveCapacity(t.count * n)
            for _ in 0..<n { out.append(contentsOf: t.elements) }
            return .tuple(out)
        }
        if let bytes = a as? PyBytes {
            return .bytes(Array([[UInt8]](repeating: bytes.bytes, count: n).joined()))
        }
        return nil
    }

    /// `n * seq`.
    private static func reflectedRepeat(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard op == .multiply, a.isInteger, case .object(let ob) = b else { return nil }
        return try repeatSequence(ob, a)
    }

    /// Refuses repetitions whose result could not be allocated (CPython
    /// raises MemoryError or OverflowError for these too).
    static func checkRepeatSize(_ a: PyObject, _ n: Int) throws {
        let unit: Int
        switch a {
        case let s as PyStr: unit = s.value.utf8.count
        case let l as PyList: unit = l.count
        case let t as PyTuple: unit = t.count
        case let b as PyBytes: unit = b.bytes.count
        default: unit = 0
        }
        let (total, overflow) = unit.multipliedReportingOverflow(by: n)
        if overflow || total > 1 << 36 { throw PyError(.memoryError, args: []) }
    }

    private static func repeatCount(_ v: Value) throws -> Int {
        if let n = v.smallInteger { return n }
        if let big = v.bigInteger, big.sign == .minus { return 0 }
        throw PyError(.overflowError, "cannot fit 'int' into an index-sized integer")
    }

    /// The TypeError CPython raises for an unsupported combination.
    static func unsupported(_ op: BinaryOperator, _ a: Value, _ b: Value) -> PyError {
        let ta = a.pyType.name, tb = b.pyType.name
        if let o = a.asObject {
            if op == .add && o is PyStr {
                return PyError(.typeError, "can only concatenate str (not \"\(tb)\") to str")
            }
            if op == .add && (o is PyList || o is PyTuple) {
                return PyError(.typeError, "can only concatenate \(ta) (not \"\(tb)\") to \(ta)")
            }
            if op == .multiply && isSequence(o) {
                return PyError(.typeError, "can't multiply sequence by non-int of type '\(tb)'")
            }
        }
        if op == .multiply, let o = b.asObject, isSequence(o) {
            return PyError(.typeError, "can't multiply sequence by non-int of type '\(ta)'")
        }
        let symbol = op == .power ? "** or pow()" : op.rawValue
        return PyError(.typeError, "unsupported operand type(s) for \(symbol): '\(ta)' and '\(tb)'")
    }

    private static func isSequence(_ o: PyObject) -> Bool {
        o is PyStr || o is PyList || o is PyTuple || o is PyBytes
    }
}
