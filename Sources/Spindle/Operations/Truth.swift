import SpindleSyntax

/// Truth testing, `len()`, and the unary operators.
extension ThreadState {
    /// `bool(v)`: `__bool__` (or Python 2 `__nonzero__`), then `__len__`,
    /// else true.
    @inline(__always)
    public func truthy(_ v: Value) throws -> Bool {
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .None: return false
        case .float(let d): return d != 0
        case .object(let o): return try truthy(object: o)
        }
    }

    private func truthy(object o: PyObject) throws -> Bool {
        switch o {
        case let s as PyStr: return !s.value.isEmpty
        case let l as PyList: return l.count != 0
        case let t as PyTuple: return t.count != 0
        case let d as PyDict: return d.count != 0
        case let s as PySet: return s.count != 0
        case let r as PyRange: return r.count != 0
        case let b as PyBytes: return !b.bytes.isEmpty
        case is PyBigInt: return true
        case let v as DictView: return v.dict.count != 0
        default: break
        }
        let value = Value.object(o)
        for name in ["__bool__", "__nonzero__"] {
            if let r = try callSpecial(value, name) {
                guard case .bool(let b) = r else {
                    if name == "__nonzero__", let i = r.smallInteger { return i != 0 }
                    throw PyError(.typeError, "__bool__ should return bool, returned \(r.pyType.name)")
                }
                return b
            }
        }
        if let r = try callSpecial(value, "__len__") {
            return try lengthResult(r) != 0
        }
        return true
    }

    public func len(_ v: Value) throws -> Int { try len(v, overrides: true) }

    /// `len(v)`.
    public func len(_ v: Value, overrides: Bool) throws -> Int {
        if case .object(let o) = v {
            switch o.objectKind {
            case .str: return unsafeDowncast(o, to: PyStr.self).count
            case .list: return unsafeDowncast(o, to: PyList.self).count
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).count
            case .dict: return unsafeDowncast(o, to: PyDict.self).count
            default: break
            }
            if overrides, o.isSubclassedValue, let r = try callOverride(o, "__len__") { return try lengthResult(r) }
            switch o {
            case let s as PyStr: return s.count
            case let l as PyList: return l.count
            case let t as PyTuple: return t.count
            case let d as PyDict: return d.count
            case let s as PySet: return s.count
            case let r as PyRange: return r.count
            case let b as PyBytes: return b.bytes.count
            case let v as DictView: return v.dict.count
            default:
                if let r = try callSpecial(v, "__len__") { return try lengthResult(r) }
            }
        }
        throw PyError(.typeError, "object of type '\(v.pyType.name)' has no len()")
    }

    private func lengthResult(_ r: Value) throws -> Int {
        guard let n = r.smallInteger else {
            if r.isInteger { throw PyError(.overflowError, "cannot fit 'int' into an index-sized integer") }
            throw PyError(.typeError, "'\(r.pyType.name)' object cannot be interpreted as an integer")
        }
        if n < 0 { throw PyError(.valueError, "__len__() should return >= 0") }
        return n
    }

    /// `-v`, `+v`, `~v`, `not v`.
    public func unary(_ op: UnaryOperator, _ v: Value) throws -> Value {
        switch (op, v) {
        case (.not, _): return .bool(!(try truthy(v)))
        case (.minus, .int(let i)): return i == Int.min ? .integer(-BigInt(i)) : .int(-i)
        case (.minus, .float(let d)): return .float(-d)
        case (.minus, .bool(let b)): return .int(b ? -1 : 0)
        case (.plus, .int), (.plus, .float): return v
        case (.plus, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        default: break
        }
        if let big = v.asObject as? PyBigInt {
            switch op {
            case .minus: return .integer(-big.value)
            case .plus: return v
            case .invert: return .integer(~big.value)
            case .not: break
            }
        }
        let name: String
        switch op {
        case .minus: name = "__neg__"
        case .plus: name = "__pos__"
        case .invert: name = "__invert__"
        case .not: name = "__bool__"
        }
        if v.isCustomObject, let r = try callSpecial(v, name) { return r }
        throw PyError(.typeError, "bad operand type for unary \(op.rawValue): '\(v.pyType.name)'")
    }
}

import BigInt
