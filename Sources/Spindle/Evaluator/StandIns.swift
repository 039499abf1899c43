import SpindleSyntax

// Temporary stand-ins for the object operations and container types that
// the built-in object layer provides; each function here is replaced by a
// call into that layer once it is available.

final class StandInSequence: PyObject {
    enum Kind { case tuple, list, dict }
    let kind: Kind
    var items: [Value]
    var keys: [Value] = []
    init(_ kind: Kind, _ items: [Value]) { self.kind = kind; self.items = items }
    override var pyType: PyType { kind == .tuple ? .tuple : kind == .list ? .list : .dict }
}

func makeTuple(_ items: [Value]) -> Value { .object(StandInSequence(.tuple, items)) }
func makeList(_ items: [Value]) -> Value { .object(StandInSequence(.list, items)) }
func makeDict(_ pairs: [(Value, Value)]) -> Value {
    let d = StandInSequence(.dict, pairs.map { $0.1 })
    d.keys = pairs.map { $0.0 }
    return .object(d)
}

/// Iteration over any iterable value.
final class ValueIterator {
    private let step: (ThreadState) throws -> Value?
    init(_ step: @escaping (ThreadState) throws -> Value?) { self.step = step }
    func next(_ thread: ThreadState) throws -> Value? { try step(thread) }
}

extension ThreadState {
    func iterateValue(_ v: Value) throws -> ValueIterator {
        if let s = v.asObject as? StandInSequence {
            var i = 0
            let items = s.kind == .dict ? s.keys : s.items
            return ValueIterator { _ in
                guard i < items.count else { return nil }
                i += 1
                return items[i - 1]
            }
        }
        if let g = v.asObject as? PyGenerator {
            return ValueIterator { t in try g.next(t) }
        }
        if let s = v.asString {
            var it = s.makeIterator()
            return ValueIterator { _ in it.next().map { .str(String($0)) } }
        }
        throw PyError(.typeError, "'\(v.pyType.name)' object is not iterable")
    }

    func truthValue(_ v: Value) throws -> Bool {
        switch v {
        case .None: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            if let s = o as? PyStr { return !s.value.isEmpty }
            if let s = o as? StandInSequence { return !s.items.isEmpty }
            return true
        }
    }

    func binaryOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            switch op {
            case .add: return .int(x &+ y)
            case .subtract: return .int(x &- y)
            case .multiply: return .int(x &* y)
            case .floorDivide, .modulo:
                if y == 0 { throw PyError(.zeroDivisionError, "integer division or modulo by zero") }
                var q = x / y
                var r = x % y
                if r != 0 && ((r < 0) != (y < 0)) { q -= 1; r += y }
                return .int(op == .floorDivide ? q : r)
            case .bitAnd: return .int(x & y)
            case .bitOr: return .int(x | y)
            case .bitXor: return .int(x ^ y)
            case .leftShift: return .int(x << y)
            case .rightShift: return .int(x >> y)
            case .divide: return .float(Double(x) / Double(y))
            default: break
            }
        case (.object(let x as PyStr), .object(let y as PyStr)) where op == .add:
            return .str(x.value + y.value)
        case (.object(let x as PyStr), _) where op == .modulo:
            var out = ""
            var args: [Value] = [b]
            if let t = b.asObject as? StandInSequence, t.kind == .tuple { args = t.items }
            var it = x.value.makeIterator()
            while let c = it.next() {
                if c == "%", let spec = it.next() {
                    if spec == "%" { out += "%"; continue }
                    let v = args.isEmpty ? Value.None : args.removeFirst()
                    out += spec == "r" ? try reprText(v) : try strText(v)
                } else { out.append(c) }
            }
            return .str(out)
        default: break
        }
        throw PyError(.typeError, "unsupported operand type(s) for \(op.rawValue): '\(a.pyType.name)' and '\(b.pyType.name)'")
    }

    func compareValues(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .is: return .bool(a.isIdentical(to: b))
        case .isNot: return .bool(!a.isIdentical(to: b))
        case .in, .notIn:
            var found = false
            let it = try iterateValue(b)
            while let x = try it.next(self) {
                if case .bool(true) = try compareValues(.equal, a, x) { found = true; break }
            }
            return .bool(op == .in ? found : !found)
        default: break
        }
        func order<T: Comparable>(_ x: T, _ y: T) -> Bool {
            switch op {
            case .equal: return x == y
            case .notEqual: return x != y
            case .less: return x < y
            case .lessEqual: return x <= y
            case .greater: return x > y
            default: return x >= y
            }
        }
        switch (a, b) {
        case (.int(let x), .int(let y)): return .bool(order(x, y))
        case (.float(let x), .float(let y)): return .bool(order(x, y))
        case (.int(let x), .float(let y)): return .bool(order(Double(x), y))
        case (.float(let x), .int(let y)): return .bool(order(x, Double(y)))
        case (.bool(let x), .bool(let y)): return .bool(order(x ? 1 : 0, y ? 1 : 0))
        case (.object(let x as PyStr), .object(let y as PyStr)): return .bool(order(x.value, y.value))
        default:
            if op == .equal { return .bool(a.isIdentical(to: b)) }
            if op == .notEqual { return .bool(!a.isIdentical(to: b)) }
            throw PyError(.typeError, "'\(op.rawValue)' not supported between instances of '\(a.pyType.name)' and '\(b.pyType.name)'")
        }
    }

    func unaryOperation(_ op: UnaryOperator, _ v: Value) throws -> Value {
        switch (op, v) {
        case (.minus, .int(let i)): return .int(-i)
        case (.minus, .float(let d)): return .float(-d)
        case (.plus, _): return v
        case (.invert, .int(let i)): return .int(~i)
        default: throw PyError(.typeError, "bad operand type for unary \(op.rawValue): '\(v.pyType.name)'")
        }
    }

    func reprText(_ v: Value) throws -> String {
        if let s = v.asString { return "'\(s)'" }
        return try strText(v)
    }

    func strText(_ v: Value) throws -> String {
        switch v {
        case .None: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return String(d)
        case .object(let o):
            if let s = o as? PyStr { return s.value }
            if let s = o as? StandInSequence {
                let inner = try s.items.map { try reprText($0) }.joined(separator: ", ")
                switch s.kind {
                case .tuple: return "(" + inner + (s.items.count == 1 ? ",)" : ")")
                case .list: return "[" + inner + "]"
                case .dict: return "{" + inner + "}"
                }
            }
            if let e = o as? PyExceptionObject {
                if e.args.count == 1 { return try strText(e.args[0]) }
                return e.args.isEmpty ? "" : try strText(makeTuple(e.args))
            }
            if let t = o as? PyType { return "<class '\(t.qualifiedName)'>" }
            return "<\(o.pyType.name) object>"
        }
    }

    func getItemValue(_ container: Value, _ index: Value) throws -> Value {
        if let s = container.asObject as? StandInSequence, case .int(var i) = index {
            if i < 0 { i += s.items.count }
            guard i >= 0 && i < s.items.count else { throw PyError(.indexError, "list index out of range") }
            return s.items[i]
        }
        throw PyError(.typeError, "'\(container.pyType.name)' object is not subscriptable")
    }

    func setItemValue(_ container: Value, _ index: Value, _ value: Value) throws {
        if let s = container.asObject as? StandInSequence, case .int(var i) = index {
            if i < 0 { i += s.items.count }
            guard i >= 0 && i < s.items.count else { throw PyError(.indexError, "list assignment index out of range") }
            s.items[i] = value
            return
        }
        throw PyError(.typeError, "'\(container.pyType.name)' object does not support item assignment")
    }

    func deleteItemValue(_ container: Value, _ index: Value) throws {
        throw PyError(.typeError, "'\(container.pyType.name)' object doesn't support item deletion")
    }

    func makeSlice(_ lower: Value, _ upper: Value, _ step: Value) -> Value {
        makeTuple([lower, upper, step])
    }

    func makeSet(_ items: [Value]) throws -> Value { makeList(items) }
    func addToSet(_ set: Value, _ item: Value) throws { (set.asObject as? StandInSequence)?.items.append(item) }
    func appendToList(_ list: Value, _ item: Value) { (list.asObject as? StandInSequence)?.items.append(item) }
    func setDictItem(_ dict: Value, _ key: Value, _ value: Value) throws {
        guard let d = dict.asObject as? StandInSequence else { return }
        d.keys.append(key)
        d.items.append(value)
    }
    /// Key/value pairs of a mapping (for `**` arguments and dict displays).
    func mappingItems(_ v: Value) throws -> [(Value, Value)] {
        guard let d = v.asObject as? StandInSequence, d.kind == .dict else {
            throw PyError(.typeError, "argument after ** must be a mapping, not \(v.pyType.name)")
        }
        return Array(zip(d.keys, d.items))
    }

    func installStandInBuiltins() {
        let ns = interpreter.builtins.namespace
        if ns["print"] == nil {
            ns["print"] = .object(PyNativeFunction("print") { t, args in
                let text = try args.positional.map { try t.strText($0) }.joined(separator: " ")
                t.interpreter.standardOutput.write(text + "\n")
                return .None
            })
        }
        if ns["range"] == nil {
            ns["range"] = .object(PyNativeFunction("range") { _, args in
                var a = 0, b = 0
                if case .int(let x) = args.positional[0] { b = x }
                if args.positional.count > 1, case .int(let y) = args.positional[1] { a = b; b = y }
                return makeList(a < b ? (a..<b).map { .int($0) } : [])
            })
        }
        if ns["len"] == nil {
            ns["len"] = .object(PyNativeFunction("len") { _, args in
                .int((args.positional[0].asObject as? StandInSequence)?.items.count ?? 0)
            })
        }
    }
}

func makeBigInt(_ digits: String) -> Value { .float(Double(digits) ?? 0) }
func makeBytes(_ bytes: [UInt8]) -> Value { .str(String(decoding: bytes, as: UTF8.self)) }
func tupleItems(_ v: Value) -> [Value]? {
    guard let s = v.asObject as? StandInSequence, s.kind == .tuple else { return nil }
    return s.items
}

extension ThreadState {
    func inplaceOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        try binaryOperation(op, a, b)
    }
}
