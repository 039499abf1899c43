/// `json.dumps`: writes Python values as JSON text with CPython's
/// options (indent, separators, sort_keys, ensure_ascii, allow_nan,
/// skipkeys, default) and error messages.
struct JSONEncoder {
    var indent: String?
    var itemSeparator = ", "
    var keySeparator = ": "
    var sortKeys = false
    var ensureASCII = true
    var allowNaN = true
    var skipKeys = false
    var fallback: Value?
    let thread: ThreadState
    /// Containers being written, to detect cycles.
    private var active: [ObjectIdentifier] = []

    init(thread: ThreadState) {
        self.thread = thread
    }

    mutating func encode(_ value: Value) throws -> String {
        var out = ""
        try write(value, into: &out, depth: 0)
        return out
    }

    private mutating func write(_ value: Value, into out: inout String, depth: Int) throws {
        switch value {
        case .None: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let d): out += try float(d)
        case .object(let o):
            switch o {
            case let s as PyStr: Self.quote(s.value, ascii: ensureASCII, into: &out)
            case is PyBigInt: out += try thread.str(value)
            case let l as PyList: try array(Array(l.elements), o, into: &out, depth: depth)
            case let t as PyTuple: try array(Array(t.elements), o, into: &out, depth: depth)
            case let d as PyDict: try object(d, into: &out, depth: depth)
            case let m as PyMapping: try object(m.storage, into: &out, depth: depth)
            case let r as PyRecord: try array(r.values, o, into: &out, depth: depth)
            default:
                guard let fallback else {
                    throw PyError(.typeError, "Object of type \(value.pyType.name) is not JSON serializable")
                }
                try enter(o)
                try write(try thread.call(fallback, value), into: &out, depth: depth)
                active.removeLast()
            }
        }
    }

    private func float(_ d: Double) throws -> String {
        if d.isFinite { return try thread.repr(.float(d)) }
        guard allowNaN else { throw PyError(.valueError, "Out of range float values are not JSON compliant") }
        return d.isNaN ? "NaN" : d > 0 ? "Infinity" : "-Infinity"
    }

    private mutating func enter(_ o: PyObject) throws {
        let id = ObjectIdentifier(o)
        if active.contains(id) { throw PyError(.valueError, "Circular reference detected") }
        active.append(id)
    }

    /// The text between items (and after the opening bracket) at `depth`.
    private func newline(_ depth: Int) -> String {
        guard let indent else { return "" }
        return "\n" + String(repeating: indent, count: depth)
    }

    private mutating func array(_ items: [Value], _ o: PyObject, into out: inout String, depth: Int) throws {
        if items.isEmpty { out += "[]"; return }
        try enter(o)
        out += "[" + newline(depth + 1)
        for (i, item) in items.enumerated() {
            if i > 0 { out += itemSeparator + newline(depth + 1) }
            try write(item, into: &out, depth: depth + 1)
        }
        out += newline(depth) + "]"
        active.removeLast()
    }

    private mutating func object(_ dict: PyDict, into out: inout String, depth: Int) throws {
        var pairs = dict.items
        if sortKeys {
            let order = try thread.sorted(ContiguousArray(pairs.map { $0.key }), key: nil, reverse: false)
            pairs = try order.map { key in (key, try dict.get(thread, key) ?? .None) }
        }
        if pairs.isEmpty { out += "{}"; return }
        try enter(dict)
        out += "{" + newline(depth + 1)
        var first = true
        for (key, value) in pairs {
            guard let text = try keyText(key) else { continue }
            if !first { out += itemSeparator + newline(depth + 1) }
            first = false
            Self.quote(text, ascii: ensureASCII, into: &out)
            out += keySeparator
            try write(value, into: &out, depth: depth + 1)
        }
        out += newline(depth) + "}"
        active.removeLast()
    }

    /// A dict key as JSON object-member text; nil to skip it (`skipkeys`).
    private func keyText(_ key: Value) throws -> String? {
        switch key {
        case .None: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return try float(d)
        case .object(let o):
            if let s = o as? PyStr { return s.value }
            if o is PyBigInt { return try thread.str(key) }
        }
        if skipKeys { return nil }
        throw PyError(.typeError, "keys must be str, int, float, bool or None, not \(key.pyType.name)")
    }

    /// A JSON string literal: `"`, `\`, and control characters escaped;
    /// non-ASCII as `\uXXXX` (surrogate pairs beyond the BMP) when `ascii`.
    static func quote(_ text: String, ascii: Bool, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{c}": out += "\\f"
            default:
                if scalar.value < 0x20 || (ascii && scalar.value > 0x7e) {
                    if scalar.value > 0xffff {
                        let v = scalar.value - 0x10000
                        out += hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff))
                    } else {
                        out += hex4(scalar.value)
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    private static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
}
