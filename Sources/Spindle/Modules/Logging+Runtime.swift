#if canImport(Glibc)
import Glibc
#endif

/// The few services `logging` needs from the rest of the runtime (text
/// conversion, `%` formatting, containers, the caller's source location,
/// the current thread, the clock, exception formatting, `sys.stderr`).
/// Every logging file goes through this one seam, so the module depends
/// on the runtime in exactly the places listed here.
enum LogRuntime {
    // MARK: Text

    /// `str(value)`.
    static func str(_ thread: ThreadState, _ value: Value) throws -> String {
        switch value {
        case .None: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return pythonFloat(d)
        case .object(let o):
            if let s = o as? PyStr { return s.value }
            if let t = o as? LogTuple { return try tupleText(thread, t.items) }
            if let e = o as? PyExceptionObject {
                if e.args.count == 1 { return try str(thread, e.args[0]) }
                return e.args.isEmpty ? "" : try tupleText(thread, e.args)
            }
            if let t = o as? PyType { return "<class '\(t.qualifiedName)'>" }
            return "<\(o.pyType.qualifiedName) object>"
        }
    }

    /// `repr(value)`.
    static func repr(_ thread: ThreadState, _ value: Value) throws -> String {
        if let s = value.asString { return "'" + s + "'" }
        return try str(thread, value)
    }

    private static func tupleText(_ thread: ThreadState, _ items: [Value]) throws -> String {
        let inner = try items.map { try repr(thread, $0) }.joined(separator: ", ")
        return "(" + inner + (items.count == 1 ? ",)" : ")")
    }

    private static func pythonFloat(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e16 { return String(format1: d) }
        return "\(d)"
    }

    /// `format % args` with Python's `%` operator (args a tuple, a mapping, or one value).
    static func percent(_ thread: ThreadState, _ format: String, _ args: Value) throws -> String {
        var items: [Value]
        if let t = args.asObject as? LogTuple { items = t.items } else { items = [args] }
        var out = ""
        var scanner = PercentScanner(format)
        while let piece = try scanner.next() {
            switch piece {
            case .literal(let text): out += text
            case .conversion(let key, let spec):
                let value: Value
                if let key {
                    guard let map = args.asObject as? LogDict else {
                        throw PyError(.typeError, "format requires a mapping")
                    }
                    guard let v = map.value(forKey: key) else {
                        throw PyError(.keyError, args: [.str(key)])
                    }
                    value = v
                } else {
                    guard !items.isEmpty else {
                        throw PyError(.typeError, "not enough arguments for format string")
                    }
                    value = items.removeFirst()
                }
                out += try convert(thread, spec, value)
            }
        }
        if !items.isEmpty && !(args.asObject is LogDict) && args.asObject is LogTuple {
            throw PyError(.typeError, "not all arguments converted during string formatting")
        }
        return out
    }

    /// One `%` conversion (`spec` is e.g. `-10s`, `0.2f`, `6d`) applied to `value`.
    static func convert(_ thread: ThreadState, _ spec: PercentSpec, _ value: Value) throws -> String {
        let body: String
        switch spec.type {
        case "s": body = try str(thread, value)
        case "r", "a": body = try repr(thread, value)
        case "d", "i", "u":
            switch value {
            case .int(let i): body = String(i)
            case .bool(let b): body = b ? "1" : "0"
            case .float(let d): body = String(Int(d))
            default: throw PyError(.typeError, "%\(spec.type) format: a number is required, not \(value.pyType.name)")
            }
        case "f", "F", "e", "g":
            let d: Double
            switch value {
            case .int(let i): d = Double(i)
            case .float(let x): d = x
            case .bool(let b): d = b ? 1 : 0
            default: throw PyError(.typeError, "must be real number, not \(value.pyType.name)")
            }
            body = cFormat(d, spec.type, spec.precision ?? 6)
        default:
            throw PyError(.valueError, "unsupported format character '\(spec.type)'")
        }
        return spec.pad(body)
    }

    private static func cFormat(_ d: Double, _ type: Character, _ precision: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let format = "%.\(precision)" + String(type)
        _ = withVaList([d]) { vsnprintf(&buffer, buffer.count, format, $0) }
        return String(cString: buffer)
    }

    /// `format(value, spec)` for `{`-style record formats.
    static func format(_ thread: ThreadState, _ value: Value, _ spec: String) throws -> String {
        let text = try str(thread, value)
        guard !spec.isEmpty else { return text }
        var chars = Array(spec)
        var fill: Character = " "
        var align: Character = value.asString != nil ? "<" : ">"
        if chars.count >= 2, "<>^".contains(chars[1]) {
            fill = chars[0]
            align = chars[1]
            chars.removeFirst(2)
        } else if let first = chars.first, "<>^".contains(first) {
            align = first
            chars.removeFirst()
        }
        let width = Int(String(chars.prefix { $0.isNumber })) ?? 0
        let pad = max(0, width - text.count)
        switch align {
        case "<": return text + String(repeating: fill, count: pad)
        case "^": return String(repeating: fill, count: pad / 2) + text + String(repeating: fill, count: pad - pad / 2)
        default: return String(repeating: fill, count: pad) + text
        }
    }

    // MARK: Containers

    static func list(_ items: [Value]) -> Value { .object(LogTuple(items)) }

    static func dict(_ pairs: [(String, Value)]) -> Value { .object(LogDict(pairs)) }

    /// A copy of the mapping `kwargs` with `key` set to `value`.
    static func dictSetting(_ kwargs: Value, _ key: String, _ value: Value) -> Value {
        var pairs = mappingItems(kwargs) ?? []
        pairs.removeAll { $0.0 == key }
        pairs.append((key, value))
        return dict(pairs)
    }

    /// The items of any iterable the logging API accepts (lists, tuples).
    static func iterate(_ thread: ThreadState, _ value: Value) throws -> [Value] {
        if let items = tupleItems(value) { return items }
        throw PyError(.typeError, "'\(value.pyType.name)' object is not iterable")
    }

    /// Truthiness of an attribute that may be missing (missing is false).
    static func isTrueValue(_ value: Value?) -> Bool {
        switch value {
        case nil, .None?, .bool(false)?, .int(0)?: return false
        default: return true
        }
    }

    /// A file-name argument (a `str`; `os.PathLike` objects through `__fspath__`).
    static func pathString(_ thread: ThreadState, _ value: Value?) throws -> String {
        guard let value else { throw PyError(.typeError, "expected str, bytes or os.PathLike object, not NoneType") }
        if let text = value.asString { return text }
        if let fspath = try? thread.getAttribute(value, "__fspath__"), let text = try thread.call(fspath).asString {
            return text
        }
        throw PyError(.typeError, "expected str, bytes or os.PathLike object, not \(value.pyType.name)")
    }

    /// `import name` from native code.
    static func importModule(_ thread: ThreadState, _ name: String) throws -> PyModule {
        if let module = thread.interpreter.module(named: name) { return module }
        guard let factory = ModuleRegistry.factories[name] else {
            throw PyError(.moduleNotFoundError, "No module named '\(name)'")
        }
        let module = factory(thread.interpreter)
        thread.interpreter.registerModule(module)
        return module
    }

    /// A function of the `time` module (`localtime`, `gmtime`, `strftime`), if available.
    static func timeFunction(_ thread: ThreadState, _ name: String) -> Value? {
        (try? importModule(thread, "time"))?.namespace[name]
    }

    /// Writes diagnostic text to the current `sys.stderr`.
    static func writeStderr(_ thread: ThreadState, _ text: String) {
        let stream = sysStderr(thread)
        if let standard = standardStream(stream) {
            standard.write(text)
        } else if let write = try? thread.getAttribute(stream, "write") {
            _ = try? thread.call(write, .str(text))
        }
    }

    static func tuple(_ items: [Value]) -> Value { .object(LogTuple(items)) }

    /// The items of a tuple, or nil when `value` is not a tuple.
    static func tupleItems(_ value: Value) -> [Value]? { (value.asObject as? LogTuple)?.items }

    /// Key/value pairs of a mapping, or nil when `value` is not a mapping.
    static func mappingItems(_ value: Value) -> [(String, Value)]? {
        (value.asObject as? LogDict)?.pairs
    }

    /// Python truthiness for the values logging tests (`if self.args:`).
    static func isTrue(_ thread: ThreadState, _ value: Value) throws -> Bool {
        switch value {
        case .None: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            if let s = o as? PyStr { return !s.value.isEmpty }
            if let t = o as? LogTuple { return !t.items.isEmpty }
            if let d = o as? LogDict { return !d.pairs.isEmpty }
            return true
        }
    }

    // MARK: Where and when

    /// The Python source position `depth` frames out from the innermost
    /// Python frame of `thread` (1 = the frame that made the logging call).
    static func callerLocation(_ thread: ThreadState, depth: Int) -> (path: String, line: Int, function: String)? {
        thread.evaluation.callSite.map { ($0.file, $0.line, $0.function) }
    }

    /// The ident and name of the Python thread `thread` runs.
    static func currentThread(_ thread: ThreadState) -> (ident: Int, name: String) {
        thread.currentThreadIdentity
    }

    /// Seconds since the epoch, on the interpreter's (time-scaled) clock.
    static func now(_ thread: ThreadState) -> Double {
        thread.timeScale.wallTime()
    }

    // MARK: Exceptions and streams

    /// `sys.exc_info()` of `thread`: a 3-tuple.
    static func excInfo(_ thread: ThreadState) -> Value {
        guard let exc = thread.handling.last else { return tuple([.None, .None, .None]) }
        return tuple([.object(exc.cls), .object(exc), .None])
    }

    /// The text `traceback.print_exception` writes for an exc_info triple,
    /// without the final newline.
    static func formatException(_ thread: ThreadState, _ excInfo: Value) throws -> String {
        guard let items = tupleItems(excInfo), items.count == 3 else { return "" }
        let exc = items[1]
        var lines = ["Traceback (most recent call last):"]
        if let e = exc.asObject as? PyExceptionObject {
            for entry in e.traceback {
                lines.append("  File \"\(entry.fileName)\", line \(entry.line), in \(entry.function)")
            }
        }
        let message = try str(thread, exc)
        let name = items[0].asObject.flatMap { $0 as? PyType }?.name ?? exc.pyType.name
        lines.append(message.isEmpty ? name : "\(name): \(message)")
        return lines.joined(separator: "\n")
    }

    /// The current `sys.stderr` object.
    static func sysStderr(_ thread: ThreadState) -> Value {
        if let sys = thread.interpreter.module(named: "sys"), let err = sys.namespace["stderr"] {
            return err
        }
        return .object(StandardStreamHandle(thread.interpreter.standardError, name: "<stderr>"))
    }

    /// The process stream behind a Python stream object, when writing to it
    /// natively is equivalent to calling its `write`.
    static func standardStream(_ stream: Value) -> StandardStream? {
        (stream.asObject as? StandardStreamHandle)?.stream
    }

    /// The display name of a stream for handler reprs (`<stderr>`).
    static func streamName(_ thread: ThreadState, _ stream: Value) -> String? {
        if let h = stream.asObject as? StandardStreamHandle { return h.name }
        if let name = try? thread.getAttribute(stream, "name") { return try? str(thread, name) }
        return nil
    }
}

private extension String {
    init(format1 d: Double) { self = String(Int(d)) + ".0" }
}
