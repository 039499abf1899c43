#if canImport(Glibc)
import Glibc
#endif

/// Makes the record of one logging call: the time, thread and process,
/// the Python caller's source position, the message and arguments, and
/// the exception and `extra` keywords (CPython's `Logger._log` and
/// `makeRecord`).
enum LogRecordFactory {
    static func make(_ thread: ThreadState, _ state: LoggingState, logger: LoggerObject, level: Int,
                     message: Value, args: [Value], options: LogCallOptions) throws -> LogRecordObject {
        var fields = LogRecordObject.Fields()
        fields.name = logger.name
        fields.msg = message
        fields.args = recordArguments(args)
        fields.levelno = level
        fields.levelname = state.levels.name(of: level)
        setLocation(&fields, LogRuntime.callerLocation(thread))
        setTime(&fields, LogRuntime.now(thread), state)
        let current = LogRuntime.currentThread(thread)
        fields.thread = current.ident
        fields.threadName = current.name
        fields.process = state.pid
        fields.excInfo = try exceptionInfo(thread, options.excInfo)
        let record = LogRecordObject(cls: state.types.record, fields: fields)
        try addExtra(thread, record, options.extra)
        return record
    }

    /// `args` as the record stores it: the tuple, or its only element when
    /// that is a non-empty mapping (`logging.info('%(a)s', {'a': 1})`).
    static func recordArguments(_ args: [Value]) -> Value {
        if args.count == 1, let pairs = LogRuntime.mappingItems(args[0]), !pairs.isEmpty {
            return args[0]
        }
        return LogRuntime.tuple(args)
    }

    static func setLocation(_ fields: inout LogRecordObject.Fields,
                            _ location: (path: String, line: Int, function: String)?) {
        guard let location else {
            fields.pathname = "(unknown file)"
            fields.filename = "(unknown file)"
            fields.module = "Unknown module"
            fields.funcName = "(unknown function)"
            return
        }
        fields.pathname = location.path
        fields.lineno = location.line
        fields.funcName = location.function
        let path = location.path
        let base = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        fields.filename = base
        if let dot = base.lastIndex(of: "."), dot != base.startIndex {
            fields.module = String(base[..<dot])
        } else {
            fields.module = base
        }
    }

    static func setTime(_ fields: inout LogRecordObject.Fields, _ now: Double, _ state: LoggingState) {
        fields.created = now
        fields.msecs = LogTime.msecs(of: now)
        fields.relativeCreated = (now - state.startTime) * 1000
    }

    /// `exc_info=` as `_log` normalises it: an exception becomes its triple,
    /// any other true value becomes `sys.exc_info()`.
    static func exceptionInfo(_ thread: ThreadState, _ value: Value) throws -> Value {
        guard try LogRuntime.isTrue(thread, value) else { return .None }
        if let exception = value.asObject as? PyExceptionObject {
            return LogRuntime.tuple([.object(exception.cls), value, .None])
        }
        if LogRuntime.tupleItems(value) != nil { return value }
        return try LogRuntime.excInfo(thread)
    }

    /// `extra=`: each key becomes a record attribute; clashing with a
    /// record attribute is a KeyError, as in CPython.
    static func addExtra(_ thread: ThreadState, _ record: LogRecordObject, _ extra: Value) throws {
        if extra.isNone { return }
        guard let pairs = LogRuntime.mappingItems(extra) else {
            throw PyError(.typeError, "'\(extra.pyType.name)' object is not iterable")
        }
        for (key, value) in pairs {
            if key == "message" || key == "asctime" || record.value(forKey: key) != nil {
                throw PyError(.keyError, args: [.str("Attempt to overwrite '\(key)' in LogRecord")])
            }
            record.setAttribute(key, value)
        }
    }
}
