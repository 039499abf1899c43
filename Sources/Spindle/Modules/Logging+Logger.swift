import Synchronization

/// A `logging.Logger`: a named node of the dotted hierarchy that makes
/// records and passes them to its handlers and its ancestors' handlers.
///
/// `level`, `propagate`, `disabled` and `name` are native attributes
/// (`LoggingState.installLoggerAttributes`) read on every record without a
/// lock, so threads logging through the same logger do not contend. The
/// handler list and the parent link are native too, and mirrored into the
/// `handlers` and `parent` attributes for Python readers whenever they change.
final class LoggerObject: PyInstance {
    unowned let state: LoggingState
    private let handlerList = GuardedState<[Value]>([])
    private let parentLink = GuardedState<LoggerObject?>(nil)
    let filters = LogFilterList()
    let levelValue = Atomic<Int>(0)
    let disabledFlag = Atomic<Bool>(false)
    let propagateFlag = Atomic<Bool>(true)
    /// The name given when the manager made the logger; a later rename
    /// (`logger.name = …`, `Logger.__init__`) is kept in `renamed`.
    private let initialName: String
    private let isRenamed = Atomic<Bool>(false)
    private let renamed = GuardedState<String>("")

    init(cls: PyType, state: LoggingState, name: String = "") {
        self.state = state
        self.initialName = name
        super.init(cls: cls)
        setAttribute("parent", .None)
        setAttribute("handlers", LogRuntime.list([]))
    }

    var name: String {
        isRenamed.load(ordering: .acquiring) ? renamed.withLock { $0 } : initialName
    }

    func rename(_ newName: String) {
        renamed.withLock { $0 = newName }
        isRenamed.store(true, ordering: .releasing)
    }

    var level: Int { levelValue.load(ordering: .relaxed) }
    var isDisabled: Bool { disabledFlag.load(ordering: .relaxed) }
    var propagates: Bool { propagateFlag.load(ordering: .relaxed) }

    func setLevel(_ level: Int) { levelValue.store(level, ordering: .relaxed) }

    var parent: LoggerObject? {
        get { parentLink.withLock { $0 } }
        set {
            parentLink.withLock { $0 = newValue }
            setAttribute("parent", newValue.map { .object($0) } ?? .None)
        }
    }

    // MARK: Handlers

    var handlers: [Value] { handlerList.withLock { $0 } }

    /// The number of handlers, for the module functions' "configured yet?"
    /// test on every call without locking.
    private let handlerCount = Atomic<Int>(0)
    var hasOwnHandlers: Bool { handlerCount.load(ordering: .acquiring) > 0 }

    func addHandler(_ handler: Value) {
        let list = handlerList.withLock { list -> [Value] in
            if !list.contains(where: { $0.isIdentical(to: handler) }) { list.append(handler) }
            handlerCount.store(list.count, ordering: .releasing)
            return list
        }
        setAttribute("handlers", LogRuntime.list(list))
    }

    func removeHandler(_ handler: Value) {
        let list = handlerList.withLock { list -> [Value] in
            if let i = list.firstIndex(where: { $0.isIdentical(to: handler) }) { list.remove(at: i) }
            handlerCount.store(list.count, ordering: .releasing)
            return list
        }
        setAttribute("handlers", LogRuntime.list(list))
    }

    // MARK: Levels

    /// `getEffectiveLevel()`: the first level set on this logger or an ancestor.
    var effectiveLevel: Int {
        var current: LoggerObject? = self
        while let logger = current {
            let level = logger.level
            if level != 0 { return level }
            current = logger.parent
        }
        return 0
    }

    /// `isEnabledFor(level)`.
    func isEnabled(for level: Int) -> Bool {
        if state.disableLevel.load(ordering: .relaxed) >= level { return false }
        if isDisabled { return false }
        return level >= effectiveLevel
    }

    /// `hasHandlers()`: whether this logger or an ancestor it propagates to has a handler.
    var hasHandlers: Bool {
        var current: LoggerObject? = self
        while let logger = current {
            if !logger.handlers.isEmpty { return true }
            if !logger.propagates { return false }
            current = logger.parent
        }
        return false
    }

    // MARK: The logging path

    /// `Logger._log` after the level test: make a record and handle it.
    func log(_ thread: ThreadState, _ level: Int, _ message: Value, _ args: [Value],
             _ options: LogCallOptions) throws {
        let record = try LogRecordFactory.make(thread, state, logger: self, level: level,
                                               message: message, args: args, options: options)
        try handle(thread, record)
    }

    /// `Logger.handle(record)`.
    func handle(_ thread: ThreadState, _ record: LogRecordObject) throws {
        if isDisabled { return }
        guard try filters.passes(thread, record, state) else { return }
        try callHandlers(thread, record)
    }

    /// `Logger.callHandlers(record)`: this logger's handlers, then its
    /// ancestors' while `propagate` holds; the last-resort handler when
    /// there were none at all.
    func callHandlers(_ thread: ThreadState, _ record: LogRecordObject) throws {
        var found = 0
        var current: LoggerObject? = self
        let levelno = record.levelno
        while let logger = current {
            for handler in logger.handlers {
                found += 1
                try LoggerObject.dispatch(thread, handler, record, levelno)
            }
            if !logger.propagates { break }
            current = logger.parent
        }
        if found == 0 { try state.handleWithoutHandlers(thread, self, record) }
    }

    /// `if record.levelno >= hdlr.level: hdlr.handle(record)` for one handler.
    static func dispatch(_ thread: ThreadState, _ handler: Value, _ record: LogRecordObject,
                         _ levelno: Int) throws {
        if let native = handler.asObject as? LogHandlerObject, native.state.isNative(native.cls, "handle") {
            if levelno >= native.level { try native.handle(thread, record) }
            return
        }
        let level = try thread.getAttribute(handler, "level")
        if case .int(let n) = level, levelno < n { return }
        record.publish()
        _ = try thread.call(try thread.getAttribute(handler, "handle"), .object(record))
    }
}

/// The keyword arguments of a logging call (`exc_info`, `extra`, `stack_info`,
/// `stacklevel`). `stack_info` and `stacklevel` are accepted, but records
/// always carry the position of the logging call itself and no stack.
struct LogCallOptions {
    var excInfo: Value = .None
    var extra: Value = .None

    init() {}

    /// Reads the keywords CPython's `Logger._log` accepts; others are a TypeError.
    init(_ function: String, _ keywords: [(name: String, value: Value)]) throws {
        for (name, value) in keywords {
            switch name {
            case "exc_info": excInfo = value
            case "extra": extra = value
            case "stack_info", "stacklevel": continue
            default:
                throw PyError(.typeError, "_log() got an unexpected keyword argument '\(name)'")
            }
        }
    }
}
