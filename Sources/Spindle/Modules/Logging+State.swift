import Synchronization

/// Everything one interpreter's `logging` module owns: its classes, the
/// root logger and the logger hierarchy, the level table, the handlers to
/// flush at shutdown and the module-level configuration lock.
///
/// The native classes are created per interpreter so that their methods
/// can reach this state directly; Python classes may derive from them.
final class LoggingState {
    unowned let interpreter: Interpreter
    let module: PyModule
    let levels = LogLevels()
    /// `time.time()` when the module was loaded (`relativeCreated` is measured from it).
    let startTime: Double
    /// CPython's module `_lock`: serialises `basicConfig` and handler registration.
    let configLock = LogRecursiveLock()
    /// `logging.disable(level)`: records at or below it are dropped everywhere.
    let disableLevel = Atomic<Int>(0)
    /// Whether the "No handlers could be found" notice was written.
    let warnedNoHandlers = Atomic<Bool>(false)
    /// Handlers ever created, for `logging.shutdown`, oldest first.
    private let handlerRegistry = GuardedState<[WeakHandler]>([])
    let pid = Int(getProcessIdentifier())

    let types: LoggingTypes
    private(set) var manager: LoggerManager!
    private(set) var lastResort: LogHandlerObject!
    private(set) var defaultFormatter: LogFormatterObject!

    init(interpreter: Interpreter, thread: ThreadState) {
        self.interpreter = interpreter
        self.module = PyModule(name: "logging")
        self.startTime = LogRuntime.now(thread)
        self.types = LoggingTypes()
        types.configure(self)
        manager = LoggerManager(self)
        defaultFormatter = LogFormatterObject(cls: types.formatter)
        try? defaultFormatter.configure(thread, format: nil, dateFormat: nil, style: .percent)
        lastResort = LogHandlerObject(cls: types.handler, state: self, kind: .lastResort)
        lastResort.levelValue.store(LogLevels.warning, ordering: .relaxed)
    }

    var root: LoggerObject { manager.root }

    /// `logging.raiseExceptions`: whether handler errors are reported on stderr.
    var raiseExceptions: Bool {
        switch module.namespace["raiseExceptions"] {
        case .bool(false)?, .int(0)?, .None?: return false
        default: return true
        }
    }

    // MARK: Handler registry

    func register(_ handler: LogHandlerObject) {
        handlerRegistry.withLock { list in
            list.removeAll { $0.handler == nil }
            list.append(WeakHandler(handler: handler))
        }
    }

    /// Live handlers, newest first (the order `shutdown` visits them).
    func registeredHandlers() -> [LogHandlerObject] {
        handlerRegistry.withLock { $0.compactMap { $0.handler } }.reversed()
    }

    // MARK: Native or Python behaviour

    /// True when `method` of instances of `cls` is the native one (the
    /// class is a native logging class, or a Python subclass that does not
    /// override `method`). Decides whether a record may stay on the native path.
    func isNative(_ cls: PyType, _ method: String) -> Bool {
        if types.isNative(cls) { return true }
        guard let (owner, _) = cls.lookupWithOwner(method) else { return true }
        return types.isNative(owner)
    }
}

/// A handler known to the registry without keeping it alive.
struct WeakHandler {
    weak var handler: LogHandlerObject?
}

#if canImport(Glibc)
import Glibc
private func getProcessIdentifier() -> Int32 { getpid() }
#endif
