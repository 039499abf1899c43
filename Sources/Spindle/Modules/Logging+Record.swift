/// The attributes every `LogRecord` has, by their Python names.
enum RecordField: String, CaseIterable {
    case name, msg, args, levelname, levelno, pathname, filename, module
    case exc_info, exc_text, stack_info, lineno, funcName, created, msecs
    case relativeCreated, thread, threadName, processName, process
    case message, asctime
}

/// A `logging.LogRecord`: one logging event.
///
/// A record made by a logging call lives first as plain Swift fields, so
/// the common path (a native handler with a native formatter) never builds
/// a Python attribute dictionary. The first time the record is handed to
/// Python code (a Python `emit`, filter or `format`, a queue) it is
/// *published*: its fields are copied into the instance dictionary, which
/// from then on is the only copy, so Python and Swift see the same values.
///
/// Until publication the record is reachable only from the native stack of
/// the thread that made it, so its Swift fields need no lock; publication
/// happens before any other thread can see the record.
final class LogRecordObject: PyInstance {
    struct Fields {
        var name = ""
        var msg: Value = .None
        var args: Value = .None
        var levelno = 0
        var levelname = ""
        var pathname = ""
        var filename = ""
        var module = ""
        var lineno = 0
        var funcName = ""
        var created = 0.0
        var msecs = 0.0
        var relativeCreated = 0.0
        var thread = 0
        var threadName = ""
        var processName = "MainProcess"
        var process = 0
        var excInfo: Value = .None
        var excText: Value = .None
        var stackInfo: Value = .None
        var message: String?
        var asctime: String?
    }

    private var fields = Fields()
    private(set) var isPublished = false

    /// A record made natively by a logging call.
    init(cls: PyType, fields: Fields) {
        self.fields = fields
        super.init(cls: cls)
    }

    /// A record made by Python code (`LogRecord(...)`, a subclass): its
    /// dictionary is authoritative from the start.
    override init(cls: PyType) {
        super.init(cls: cls)
        isPublished = true
    }

    /// Copies the Swift fields into the attribute dictionary; afterwards all
    /// reads and writes go through the dictionary.
    func publish() {
        guard !isPublished else { return }
        for field in RecordField.allCases {
            if let value = nativeValue(field) { setAttribute(field.rawValue, value) }
        }
        isPublished = true
    }

    /// Replaces every field at once (`LogRecord.__init__` from Python) and
    /// publishes them.
    func assign(_ newFields: Fields) {
        fields = newFields
        isPublished = false
        publish()
    }

    // MARK: Reading

    /// The value of a record attribute (a field or an `extra` key), or nil
    /// when the record has no such attribute.
    func value(forKey key: String) -> Value? {
        if !isPublished, let field = RecordField(rawValue: key), let v = nativeValue(field) {
            return v
        }
        return attribute(key)
    }

    func value(_ field: RecordField) -> Value? {
        isPublished ? attribute(field.rawValue) : nativeValue(field)
    }

    /// A string field without building a Python string, when still native.
    func nativeString(_ field: RecordField) -> String? {
        guard !isPublished else { return nil }
        switch field {
        case .name: return fields.name
        case .levelname: return fields.levelname
        case .pathname: return fields.pathname
        case .filename: return fields.filename
        case .module: return fields.module
        case .funcName: return fields.funcName
        case .threadName: return fields.threadName
        case .processName: return fields.processName
        case .message: return fields.message
        case .asctime: return fields.asctime
        default: return nil
        }
    }

    /// Reads one field straight from storage (copying `fields` whole would
    /// retain every string in it).
    private func nativeValue(_ field: RecordField) -> Value? {
        switch field {
        case .name: return .str(fields.name)
        case .msg: return fields.msg
        case .args: return fields.args
        case .levelname: return .str(fields.levelname)
        case .levelno: return .int(fields.levelno)
        case .pathname: return .str(fields.pathname)
        case .filename: return .str(fields.filename)
        case .module: return .str(fields.module)
        case .exc_info: return fields.excInfo
        case .exc_text: return fields.excText
        case .stack_info: return fields.stackInfo
        case .lineno: return .int(fields.lineno)
        case .funcName: return .str(fields.funcName)
        case .created: return .float(fields.created)
        case .msecs: return .float(fields.msecs)
        case .relativeCreated: return .float(fields.relativeCreated)
        case .thread: return .int(fields.thread)
        case .threadName: return .str(fields.threadName)
        case .processName: return .str(fields.processName)
        case .process: return .int(fields.process)
        case .message: return fields.message.map { .str($0) }
        case .asctime: return fields.asctime.map { .str($0) }
        }
    }

    // MARK: Fields formatting uses

    var levelno: Int {
        if !isPublished { return fields.levelno }
        if case .int(let n)? = attribute("levelno") { return n }
        return 0
    }

    var created: Double {
        if !isPublished { return fields.created }
        switch attribute("created") {
        case .float(let d)?: return d
        case .int(let i)?: return Double(i)
        default: return 0
        }
    }

    var msecs: Double {
        if !isPublished { return fields.msecs }
        switch attribute("msecs") {
        case .float(let d)?: return d
        case .int(let i)?: return Double(i)
        default: return 0
        }
    }

    var loggerName: String {
        nativeString(.name) ?? attribute("name")?.asString ?? ""
    }

    // MARK: Writing

    func setMessage(_ text: String) {
        if isPublished { setAttribute("message", .str(text)) } else { fields.message = text }
    }

    func setAsctime(_ text: String) {
        if isPublished { setAttribute("asctime", .str(text)) } else { fields.asctime = text }
    }

    func setExcText(_ value: Value) {
        if isPublished { setAttribute("exc_text", value) } else { fields.excText = value }
    }

    /// `record.getMessage()`: `str(msg)`, then `% args` when args is non-empty.
    func message(_ thread: ThreadState) throws -> String {
        let msg = value(.msg) ?? .None
        let args = value(.args) ?? .None
        let text = try LogRuntime.str(thread, msg)
        guard try LogRuntime.isTrue(thread, args) else { return text }
        return try LogRuntime.percent(thread, text, args)
    }
}
