/// The native classes of `logging` and `logging.handlers` for one
/// interpreter. Each allocator gives Python subclasses the native layout,
/// so `class H(logging.Handler)` instances carry a handler lock and
/// `class F(logging.Formatter)` instances a parsed template.
///
/// The types are made once in `configure`, before the module is visible
/// to any Python thread, and never reassigned afterwards.
final class LoggingTypes {
    private(set) var filterer: PyType!
    private(set) var filter: PyType!
    private(set) var handler: PyType!
    private(set) var streamHandler: PyType!
    private(set) var fileHandler: PyType!
    private(set) var nullHandler: PyType!
    private(set) var rotatingFileHandler: PyType!
    private(set) var timedRotatingFileHandler: PyType!
    private(set) var queueHandler: PyType!
    private(set) var queueListener: PyType!
    private(set) var formatter: PyType!
    private(set) var logger: PyType!
    private(set) var rootLogger: PyType!
    private(set) var record: PyType!
    private(set) var adapter: PyType!
    private var handlerKinds: [ObjectIdentifier: LogHandlerObject.Kind] = [:]
    private var native: Set<ObjectIdentifier> = []

    func configure(_ state: LoggingState) {
        let base = PyType.object
        filterer = make("Filterer", base) { PyInstance(cls: $0) }
        filter = make("Filter", base) { LogFilterObject(cls: $0) }
        formatter = make("Formatter", base) { LogFormatterObject(cls: $0) }
        record = make("LogRecord", base) { LogRecordObject(cls: $0) }
        adapter = make("LoggerAdapter", base) { PyInstance(cls: $0) }
        logger = make("Logger", filterer) { [unowned state] in LoggerObject(cls: $0, state: state) }
        rootLogger = make("RootLogger", logger, nil)
        let allocateHandler: (PyType) -> PyObject = { [unowned state, unowned self] cls in
            LogHandlerObject(cls: cls, state: state, kind: self.handlerKind(of: cls))
        }
        handler = make("Handler", filterer, allocateHandler)
        streamHandler = make("StreamHandler", handler, nil)
        fileHandler = make("FileHandler", streamHandler, nil)
        nullHandler = make("NullHandler", handler, nil)
        rotatingFileHandler = make("RotatingFileHandler", fileHandler, module: "logging.handlers", nil)
        timedRotatingFileHandler = make("TimedRotatingFileHandler", fileHandler, module: "logging.handlers", nil)
        queueHandler = make("QueueHandler", handler, module: "logging.handlers", nil)
        queueListener = make("QueueListener", base, module: "logging.handlers") { PyInstance(cls: $0) }
        handlerKinds = [
            ObjectIdentifier(handler): .base, ObjectIdentifier(streamHandler): .stream,
            ObjectIdentifier(fileHandler): .file, ObjectIdentifier(nullHandler): .null,
            ObjectIdentifier(rotatingFileHandler): .rotating,
            ObjectIdentifier(timedRotatingFileHandler): .timedRotating,
            ObjectIdentifier(queueHandler): .queue,
        ]
    }

    private func make(_ name: String, _ base: PyType, module: String = "logging",
                      _ allocator: ((PyType) -> PyObject)?) -> PyType {
        // Python classes in CPython, so scripts may set class attributes
        // (`logging.Formatter.converter = time.gmtime`): heap types here.
        let type = (try? PyType(name: name, moduleName: module, bases: [base], allocator: allocator))
            ?? PyType(builtin: name, moduleName: module, base: base, allocator: allocator)
        native.insert(ObjectIdentifier(type))
        return type
    }

    /// True for the classes defined natively here (not Python subclasses).
    func isNative(_ type: PyType) -> Bool { native.contains(ObjectIdentifier(type)) }

    /// The behaviour a handler class inherits: that of its nearest native handler class.
    func handlerKind(of cls: PyType) -> LogHandlerObject.Kind {
        for type in cls.mro {
            if let kind = handlerKinds[ObjectIdentifier(type)] { return kind }
        }
        return .base
    }
}
