import Synchronization

/// A `logging.Handler` of any kind (`StreamHandler`, `FileHandler`, the
/// rotating and queue handlers, or a Python subclass of one of them).
///
/// `formatter`, `name` and the kind's settings (`stream`, `terminator`,
/// `baseFilename`, …) live in the attribute dictionary, so Python code can
/// read and assign them as in CPython; `level` is a native attribute read
/// without a lock. The handler lock, the filters and an open file are native. When neither the handler nor
/// its formatter is a Python subclass overriding the relevant method, a
/// record is formatted and written without any Python call.
final class LogHandlerObject: PyInstance {
    enum Kind {
        case base, stream, lastResort, file, null, rotating, timedRotating, queue
    }

    unowned let state: LoggingState
    let kind: Kind
    /// Held around `emit` (CPython's `Handler.lock`); re-entrant.
    let lock = LogRecursiveLock()
    let filters = LogFilterList()
    /// The open file of file-based kinds; touched only with `lock` held.
    let file = GuardedState<LogFile?>(nil)
    /// Rotation settings of the rotating kinds.
    let rotation = GuardedState(LogRotation())

    init(cls: PyType, state: LoggingState, kind: Kind) {
        self.state = state
        self.kind = kind
        super.init(cls: cls)
        setAttribute("formatter", .None)
        setAttribute("name", .None)
        if kind == .stream || kind == .lastResort || kind.isFile {
            setAttribute("terminator", .str("\n"))
        }
    }

    /// The handler's level, read on every record without a lock.
    let levelValue = Atomic<Int>(0)
    var level: Int { levelValue.load(ordering: .relaxed) }

    // MARK: handle

    /// `Handler.handle(record)`: filters, then `emit` under the lock.
    /// Returns whether the filters passed.
    @discardableResult
    func handle(_ thread: ThreadState, _ record: LogRecordObject) throws -> Bool {
        guard try filters.passes(thread, record, state) else { return false }
        lock.lock()
        defer { lock.unlock() }
        try emitReportingErrors(thread, record)
        return true
    }

    /// `emit`, with CPython's rule that an exception inside a native emit is
    /// reported by `handleError` rather than raised to the logging call.
    private func emitReportingErrors(_ thread: ThreadState, _ record: LogRecordObject) throws {
        if !state.isNative(cls, "emit") {
            record.publish()
            _ = try thread.call(try thread.getAttribute(.object(self), "emit"), .object(record))
            return
        }
        do {
            try emitNatively(thread, record)
        } catch let error as PyError {
            if error.matches(.systemExit) || error.matches(.keyboardInterrupt) { throw error }
            try reportError(thread, record, error)
        }
    }

    /// The native `emit` of this handler's kind.
    func emitNatively(_ thread: ThreadState, _ record: LogRecordObject) throws {
        switch kind {
        case .base:
            throw PyError(.notImplementedError, "emit must be implemented by Handler subclasses")
        case .null:
            return
        case .stream, .lastResort:
            try writeToStream(thread, try formatText(thread, record))
        case .file, .rotating, .timedRotating:
            try emitToFile(thread, record)
        case .queue:
            try emitToQueue(thread, record)
        }
    }

    // MARK: format

    /// `Handler.format(record)`: through `self.format` if a subclass
    /// overrides it, else the handler's formatter (or the default one).
    func formatText(_ thread: ThreadState, _ record: LogRecordObject) throws -> String {
        if !state.isNative(cls, "format") {
            record.publish()
            let result = try thread.call(try thread.getAttribute(.object(self), "format"), .object(record))
            return try LogRuntime.str(thread, result)
        }
        return try formatWithFormatter(thread, record)
    }

    func formatWithFormatter(_ thread: ThreadState, _ record: LogRecordObject) throws -> String {
        let formatter = attribute("formatter") ?? .None
        if formatter.isNone {
            return try state.defaultFormatter.format(thread, record, state)
        }
        if let native = formatter.asObject as? LogFormatterObject, state.isNative(native.cls, "format") {
            return try native.format(thread, record, state)
        }
        record.publish()
        let result = try thread.call(try thread.getAttribute(formatter, "format"), .object(record))
        return try LogRuntime.str(thread, result)
    }

    // MARK: Streams

    /// The stream this handler writes to: its `stream` attribute, or the
    /// current `sys.stderr` for the last-resort handler.
    func currentStream(_ thread: ThreadState) -> Value {
        if kind == .lastResort { return LogRuntime.sysStderr(thread) }
        return attribute("stream") ?? .None
    }

    /// `stream.write(msg + terminator)` then `self.flush()`; built-in
    /// files and StringIO take the whole line in one native write.
    func writeToStream(_ thread: ThreadState, _ text: String) throws {
        let terminator = attribute("terminator")?.asString ?? "\n"
        let stream = currentStream(thread)
        if stream.isNone { return }
        if try LogRuntime.writeNatively(stream, text + terminator) {
            _ = try LogRuntime.flushNatively(stream)
            return
        }
        _ = try thread.call(try thread.getAttribute(stream, "write"), .str(text + terminator))
        try flush(thread)
    }

    /// `Handler.flush()` of this kind: stream handlers flush their stream;
    /// file handlers write each record through, so have nothing buffered.
    func flush(_ thread: ThreadState) throws {
        guard kind == .stream || kind == .lastResort else { return }
        let stream = currentStream(thread)
        if try stream.isNone || LogRuntime.flushNatively(stream) { return }
        if let method = try? thread.getAttribute(stream, "flush") {
            _ = try thread.call(method)
        }
    }

    /// `Handler.close()`: closes an open file and forgets the handler for shutdown.
    func close(_ thread: ThreadState) {
        lock.withLock {
            let old = file.withLock { f -> LogFile? in
                let previous = f
                f = nil
                return previous
            }
            old?.close()
        }
    }

    // MARK: Errors

    /// `Handler.handleError(record)`: when `logging.raiseExceptions` is true,
    /// reports the failure on stderr and carries on.
    func reportError(_ thread: ThreadState, _ record: LogRecordObject, _ error: PyError) throws {
        if !state.isNative(cls, "handleError") {
            record.publish()
            _ = try thread.call(try thread.getAttribute(.object(self), "handleError"), .object(record))
            return
        }
        guard state.raiseExceptions else { return }
        let info = LogRuntime.tuple([.object(error.exception.cls), .object(error.exception), .None])
        var text = "--- Logging error ---\n"
        text += try LogRuntime.formatException(thread, info) + "\n"
        let msg = try LogRuntime.repr(thread, record.value(.msg) ?? .None)
        let args = try LogRuntime.str(thread, record.value(.args) ?? .None)
        text += "Message: \(msg)\nArguments: \(args)\n"
        LogRuntime.writeStderr(thread, text)
    }
}

extension LogHandlerObject.Kind {
    var isFile: Bool { self == .file || self == .rotating || self == .timedRotating }
}
