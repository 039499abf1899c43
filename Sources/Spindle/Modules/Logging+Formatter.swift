import Synchronization

/// A `logging.Formatter`: turns a record into text through a template
/// parsed once at construction. `_fmt` and `datefmt` are also kept in the
/// attribute dictionary for Python code that reads them.
///
/// `format` follows CPython's steps (message, asctime when the format uses
/// it, the template, then exception text); each step a Python subclass
/// overrides (`formatTime`, `formatMessage`, `formatException`) is called
/// through Python, the others run natively.
final class LogFormatterObject: PyInstance {
    private let parsed = GuardedState<LogTemplate?>(nil)

    /// `Formatter.__init__(fmt, datefmt, style)`.
    func configure(_ thread: ThreadState, format: String?, dateFormat: Value?, style: LogTemplate.Style) throws {
        let template = try LogTemplate(format ?? style.defaultFormat, style: style)
        parsed.withLock { $0 = template }
        setAttribute("_fmt", .str(template.source))
        setAttribute("datefmt", dateFormat ?? .None)
    }

    /// The template; a subclass whose `__init__` never reached ours gets the default.
    var template: LogTemplate {
        if let t = parsed.withLock({ $0 }) { return t }
        return LogTemplate.messageOnly
    }

    // MARK: format

    func format(_ thread: ThreadState, _ record: LogRecordObject, _ state: LoggingState) throws -> String {
        let template = self.template
        let native = state.types.isNative(cls)
        record.setMessage(try record.message(thread))
        if try usesTime(thread, template, native, state) {
            record.setAsctime(try formatTime(thread, record, native, state))
        }
        var text: String
        if native || state.isNative(cls, "formatMessage") {
            text = try template.render(thread, record)
        } else {
            record.publish()
            text = try callText(thread, "formatMessage", [.object(record)])
        }
        try appendException(thread, record, &text, native, state)
        if let stack = record.value(.stack_info), let stackText = stack.asString, !stackText.isEmpty {
            if !text.hasSuffix("\n") { text += "\n" }
            text += stackText
        }
        return text
    }

    private func usesTime(_ thread: ThreadState, _ template: LogTemplate, _ native: Bool,
                          _ state: LoggingState) throws -> Bool {
        if native || state.isNative(cls, "usesTime") { return template.usesTime }
        return try LogRuntime.isTrue(thread, try thread.call(try thread.getAttribute(.object(self), "usesTime")))
    }

    private func appendException(_ thread: ThreadState, _ record: LogRecordObject, _ text: inout String,
                                 _ native: Bool, _ state: LoggingState) throws {
        if let info = record.value(.exc_info), try LogRuntime.isTrue(thread, info) {
            let cached = record.value(.exc_text) ?? .None
            if !(try LogRuntime.isTrue(thread, cached)) {
                let formatted: String
                if native || state.isNative(cls, "formatException") {
                    formatted = try LogRuntime.formatException(thread, info)
                } else {
                    formatted = try callText(thread, "formatException", [info])
                }
                record.setExcText(.str(formatted))
            }
        }
        if let excText = record.value(.exc_text), let excString = excText.asString, !excString.isEmpty {
            if !text.hasSuffix("\n") { text += "\n" }
            text += excString
        }
    }

    // MARK: formatTime

    private func formatTime(_ thread: ThreadState, _ record: LogRecordObject, _ native: Bool,
                            _ state: LoggingState) throws -> String {
        let dateFormat = attribute("datefmt") ?? cls.lookup("datefmt") ?? .None
        if !(native || state.isNative(cls, "formatTime")) {
            record.publish()
            return try callText(thread, "formatTime", [.object(record), dateFormat])
        }
        return try nativeFormatTime(thread, record, dateFormat, state)
    }

    /// `Formatter.formatTime(record, datefmt)` with the instance's `converter`,
    /// `default_time_format` and `default_msec_format`.
    func nativeFormatTime(_ thread: ThreadState, _ record: LogRecordObject, _ dateFormat: Value,
                          _ state: LoggingState) throws -> String {
        let converter = classOrInstanceAttribute("converter") ?? .None
        let created = record.created
        guard let parts = try LogClock.brokenDown(thread, converter, created, state) else {
            return try LogClock.pythonStrftime(thread, converter, created, dateFormat, record.msecs, self)
        }
        if let format = dateFormat.asString {
            return LogTime.strftime(format, parts)
        }
        let timeFormat = classOrInstanceAttribute("default_time_format")?.asString ?? LogTime.defaultTimeFormat
        let base = LogTime.strftime(timeFormat, parts)
        guard let msecText = classOrInstanceAttribute("default_msec_format")?.asString else { return base }
        if msecText == LogTime.defaultMsecFormat {
            return LogTime.defaultText(parts, msecs: record.msecs)
        }
        return try LogRuntime.percent(thread, msecText, LogRuntime.tuple([.str(base), .float(record.msecs)]))
    }

    /// An attribute from the instance or its class, unbound: `converter =
    /// time.gmtime` on a Formatter class is a plain function, not a method.
    func classOrInstanceAttribute(_ name: String) -> Value? {
        attribute(name) ?? cls.lookup(name)
    }

    private func callText(_ thread: ThreadState, _ method: String, _ args: [Value]) throws -> String {
        let result = try thread.call(try thread.getAttribute(.object(self), method), Arguments(args))
        guard let text = result.asString else {
            throw PyError(.typeError, "\(method)() must return a str, not \(result.pyType.name)")
        }
        return text
    }
}
