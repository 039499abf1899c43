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
        try thread.str(value)
    }

    /// `repr(value)`.
    static func repr(_ thread: ThreadState, _ value: Value) throws -> String {
        try thread.repr(value)
    }

    /// `format % args` with Python's `%` operator (args a tuple, a mapping, or one value).
    static func percent(_ thread: ThreadState, _ format: String, _ args: Value) throws -> String {
        try LogMessageFormat.format(thread, format, args)
    }

    /// One `%` conversion (`spec` is e.g. `-10s`, `0.2f`, `6d`) applied to
    /// `value`; plain ints and strings are handled here, the rest by `%`.
    static func convert(_ thread: ThreadState, _ spec: PercentSpec, _ value: Value) throws -> String {
        switch (spec.type, value) {
        case ("s", .object(let o as PyStr)) where !spec.flags.contains("#"):
            return spec.padString(o.value)
        case ("d", .int(let n)) where !spec.flags.contains("+") && !spec.flags.contains(" ") && spec.precision == nil:
            return spec.pad(String(n))
        default:
            return try PercentFormat.format(thread, spec.text, .object(PyTuple([value])))
        }
    }

    /// `format(value, spec)` for `{`-style record formats.
    static func format(_ thread: ThreadState, _ value: Value, _ spec: String) throws -> String {
        try thread.format(value, spec)
    }

    // MARK: Containers

    static func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }

    /// The items of a tuple, or nil when `value` is not a tuple.
    static func tupleItems(_ value: Value) -> [Value]? {
        (value.asObject as? PyTuple).map { Array($0.elements) }
    }

    static func list(_ items: [Value]) -> Value { .list(items) }

    /// The string-keyed pairs of a dict, or nil when `value` is not a dict.
    static func mappingItems(_ value: Value) -> [(String, Value)]? {
        guard let dict = value.asObject as? PyDict else { return nil }
        return dict.items.compactMap { pair in pair.key.asString.map { ($0, pair.value) } }
    }

    static func dict(_ pairs: [(String, Value)]) -> Value {
        let dict = PyDict()
        for (key, value) in pairs { dict.set(key, value) }
        return .object(dict)
    }

    /// A copy of the mapping `kwargs` with `key` set to `value`.
    static func dictSetting(_ kwargs: Value, _ key: String, _ value: Value) -> Value {
        var pairs = mappingItems(kwargs) ?? []
        pairs.removeAll { $0.0 == key }
        pairs.append((key, value))
        return dict(pairs)
    }

    /// The items of any iterable (`handlers=[…]`).
    static func iterate(_ thread: ThreadState, _ value: Value) throws -> [Value] {
        Array(try thread.collect(value))
    }

    /// Python truthiness.
    static func isTrue(_ thread: ThreadState, _ value: Value) throws -> Bool {
        try thread.truthy(value)
    }

    /// Truthiness of an attribute that may be missing (missing is false).
    static func isTrueValue(_ value: Value?) -> Bool {
        switch value {
        case nil, .None?, .bool(false)?, .int(0)?: return false
        default: return true
        }
    }

    // MARK: Where and when

    /// The Python source position of the call that entered logging (the
    /// call site the evaluator notes for native calls).
    static func callerLocation(_ thread: ThreadState) -> (path: String, line: Int, function: String)? {
        thread.evaluation.callSite.map { ($0.file, $0.line, $0.function) }
    }

    /// The ident and name of the Python thread `thread` runs.
    static func currentThread(_ thread: ThreadState) -> (ident: Int, name: String) {
        if let known = thread.threadObject as? PyThreadObject {
            return (Int(bitPattern: Waiter.currentIdent()), known.name)
        }
        return thread.currentThreadIdentity
    }

    /// Seconds since the epoch, on the interpreter's (time-scaled) clock.
    static func now(_ thread: ThreadState) -> Double {
        thread.timeScale.wallTime()
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
        try thread.importModule(name)
    }

    /// A function of the `time` module (`localtime`, `gmtime`, `strftime`), if available.
    static func timeFunction(_ thread: ThreadState, _ name: String) -> Value? {
        (try? importModule(thread, "time"))?.namespace[name]
    }

    // MARK: Exceptions and streams

    /// `sys.exc_info()` of `thread`: a 3-tuple.
    static func excInfo(_ thread: ThreadState) throws -> Value {
        if let excInfo = try importModule(thread, "sys").namespace["exc_info"] {
            return try thread.call(excInfo)
        }
        guard let exc = thread.handling.last else { return tuple([.None, .None, .None]) }
        return tuple([.object(exc.cls), .object(exc), .None])
    }

    /// The text `traceback.print_exception` writes for an exc_info triple,
    /// without the final newline.
    static func formatException(_ thread: ThreadState, _ excInfo: Value) throws -> String {
        guard let items = tupleItems(excInfo), items.count == 3,
              let exception = items[1].asObject as? PyExceptionObject else { return "NoneType: None" }
        var text = thread.interpreter.formatException(exception)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Writes diagnostic text to the current `sys.stderr`.
    static func writeStderr(_ thread: ThreadState, _ text: String) {
        let stream = sysStderr(thread)
        if (try? writeNatively(stream, text)) == true { return }
        if let write = try? thread.getAttribute(stream, "write") {
            _ = try? thread.call(write, .str(text))
        }
    }

    /// The current `sys.stderr` object.
    static func sysStderr(_ thread: ThreadState) -> Value {
        (try? importModule(thread, "sys"))?.namespace["stderr"] ?? .None
    }

    /// Writes `text` to `stream` without a Python call when the stream is
    /// a built-in text file or `StringIO` (not a Python subclass); false
    /// when the stream's own `write` must be called.
    static func writeNatively(_ stream: Value, _ text: String) throws -> Bool {
        if let file = stream.asObject as? PyFile, file.cls === PyFile.textType {
            try file.write(text: text)
            return true
        }
        if let buffer = stream.asObject as? PyStringIO, buffer.cls === PyStringIO.type {
            _ = try buffer.withBuffer { $0.write(text) }
            return true
        }
        return false
    }

    /// `stream.flush()` for the streams `writeNatively` handles.
    static func flushNatively(_ stream: Value) throws -> Bool {
        if let file = stream.asObject as? PyFile, file.cls === PyFile.textType {
            try file.flush()
            return true
        }
        return (stream.asObject as? PyStringIO)?.cls === PyStringIO.type
    }

    /// `getattr(stream, 'name', '')` as text, for handler reprs (`<stderr>`).
    static func streamName(_ thread: ThreadState, _ stream: Value) -> String? {
        guard let name = try? thread.getAttribute(stream, "name") else { return nil }
        return try? str(thread, name)
    }
}
