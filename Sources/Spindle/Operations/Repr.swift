/// `repr(v)` and `str(v)` for every value.
///
/// Containers render their elements through `repr` on a snapshot taken
/// under their lock (so element `__repr__` methods run unlocked) and
/// guard against self-reference (`[[...]]`, `{...}`) with a per-thread set
/// of containers currently being rendered.
extension ThreadState {
    public func repr(_ v: Value) throws -> String { try repr(v, overrides: true) }

    /// `repr(v)`. `overrides: false` skips a Python subclass's own
    /// `__repr__` (for the built-in `list.__repr__` called explicitly).
    public func repr(_ v: Value, overrides: Bool) throws -> String {
        switch v {
        case .None: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return FloatRepr.repr(d)
        case .object(let o):
            if overrides, o.isSubclassedValue, let r = try callOverride(o, "__repr__") {
                guard let s = r.asString else {
                    throw PyError(.typeError, "__repr__ returned non-string (type \(r.pyType.name))")
                }
                return s
            }
            return try repr(object: o)
        }
    }

    public func str(_ v: Value) throws -> String { try str(v, overrides: true) }

    public func str(_ v: Value, overrides: Bool) throws -> String {
        if case .object(let o) = v {
            if let s = o as? PyStr { return s.value }
            if overrides, o.isSubclassedValue, let r = try callOverride(o, "__str__"), let s = r.asString { return s }
            if !o.isBuiltinValue, let method = o.pyType.lookup("__str__"), !SpecialMethods.isObjectDefault(method, "__str__") {
                let r = try call(method, v)
                guard let s = r.asString else {
                    throw PyError(.typeError, "__str__ returned non-string (type \(r.pyType.name))")
                }
                return s
            }
        }
        return try repr(v, overrides: overrides)
    }

    private func repr(object o: PyObject) throws -> String {
        switch o {
        case let s as PyStr: return StrRepr.repr(s.value)
        case let big as PyBigInt: return big.value.description
        case let l as PyList: return try guarded(o, "[...]") { "[" + (try joinedReprs(l.elements)) + "]" }
        case let t as PyTuple:
            if t.count == 1 { return "(" + (try repr(t.elements[0])) + ",)" }
            return try guarded(o, "(...)") { "(" + (try joinedReprs(t.elements)) + ")" }
        case let d as PyDict: return try guarded(o, "{...}") { try dictRepr(d) }
        case let s as PySet: return try guarded(o, "\(s.pyType.name)(...)") { try setRepr(s) }
        case let b as PyBytes: return b.repr
        case let r as PyRange: return r.repr
        case let s as PySlice:
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case let v as DictView:
            return try guarded(o, "...") { "\(v.typeName)([" + (try joinedReprs(v.elements)) + "])" }
        case let s as PySingleton: return s.name
        default: break
        }
        let value = Value.object(o)
        if let method = o.pyType.lookup("__repr__"), !SpecialMethods.isObjectDefault(method, "__repr__") {
            let r = try call(method, value)
            guard let s = r.asString else {
                throw PyError(.typeError, "__repr__ returned non-string (type \(r.pyType.name))")
            }
            return s
        }
        switch o {
        case let t as PyType: return "<class '\(t.qualifiedName)'>"
        case let f as PyNativeFunction:
            if let owner = f.owner { return "<method '\(f.name)' of '\(owner.name)' objects>" }
            return "<built-in function \(f.name)>"
        case let m as PyModule: return "<module '\(m.name)'>"
        default: return ThreadState.defaultRepr(o)
        }
    }

    /// `<module.Class object at 0x7f…>`, with a stable per-object address.
    static func defaultRepr(_ o: PyObject) -> String {
        "<\(o.pyType.qualifiedName) object at \(addressString(o))>"
    }

    /// The object's address as CPython prints it (`0x7f3a…`).
    static func addressString(_ o: PyObject) -> String {
        "0x" + String(UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()), radix: 16)
    }

    private func joinedReprs<S: Sequence>(_ items: S) throws -> String where S.Element == Value {
        var out = ""
        var first = true
        for item in items {
            if !first { out += ", " }
            first = false
            out += try repr(item)
        }
        return out
    }

    private func dictRepr(_ d: PyDict) throws -> String {
        var out = "{"
        for (i, (k, v)) in d.items.enumerated() {
            if i > 0 { out += ", " }
            out += try repr(k) + ": " + repr(v)
        }
        return out + "}"
    }

    private func setRepr(_ s: PySet) throws -> String {
        let items = s.elements
        let name = s.pyType.name
        if items.isEmpty { return "\(name)()" }
        let body = "{" + (try joinedReprs(items)) + "}"
        return s.isFrozen ? "frozenset(\(body))" : body
    }

    /// Runs `body` unless `o` is already being rendered on this thread.
    private func guarded(_ o: PyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprInProgress.contains(id) { return placeholder }
        reprInProgress.insert(id)
        defer { reprInProgress.remove(id) }
        return try body()
    }
}

/// Python 3's `repr` of a str: quote choice, backslash escapes, `\x`/`\u`/`\U`
/// for non-printable code points, printable non-ASCII kept as is.
enum StrRepr {
    static func repr(_ s: String) -> String {
        var hasSingle = false, hasDouble = false
        for u in s.utf8 {
            if u == UInt8(ascii: "'") { hasSingle = true } else if u == UInt8(ascii: "\"") { hasDouble = true }
        }
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for c in s.unicodeScalars {
            switch c {
            case quote, "\\": out.append("\\"); out.append(c)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            default:
                if c.value >= 0x20 && c.value < 0x7F { out.append(c) }
                else if c.value < 0x7F || !isPrintable(c) { out.append(contentsOf: escape(c).unicodeScalars) }
                else { out.append(c) }
            }
        }
        out.append(quote)
        return String(out)
    }

    private static func escape(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16)
        if c.value < 0x100 { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
        if c.value < 0x10000 { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
        return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// Python's `str.isprintable` for one code point.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
