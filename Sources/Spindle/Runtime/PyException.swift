import Synchronization
import SpindleSyntax

/// One line of a traceback: where a frame was executing when an exception
/// passed through it.
public struct TracebackEntry: Sendable {
    public var file: SourceFile?
    public var fileName: String
    public var line: Int
    public var function: String

    public init(file: SourceFile?, fileName: String, line: Int, function: String) {
        self.file = file
        self.fileName = fileName
        self.line = line
        self.function = function
    }
}

/// An instance of `BaseException` or a subclass: the exception's `args`,
/// the traceback collected while it propagates, and the chaining links.
/// User classes deriving from `Exception` get this layout through the
/// allocator of `BaseException`.
public final class PyExceptionObject: PyInstance {
    struct State {
        var args: [Value] = []
        /// Innermost frame first (the order entries are added in), so
        /// recording a frame is an append even for very deep tracebacks.
        var tracebackInnermostFirst: [TracebackEntry] = []
        var cause: PyExceptionObject?
        var context: PyExceptionObject?
        var suppressContext = false
        /// Type-specific fields (`SystemExit.code`, `OSError.errno`, …).
        var fields: [String: Value] = [:]
    }

    private let state = GuardedState(State())

    public var args: [Value] {
        get { state.withLock { $0.args } }
        set { state.withLock { $0.args = newValue } }
    }

    /// Innermost frame last, as printed.
    public var traceback: [TracebackEntry] {
        get { state.withLock { Array($0.tracebackInnermostFirst.reversed()) } }
        set { state.withLock { $0.tracebackInnermostFirst = Array(newValue.reversed()) } }
    }

    /// Records a frame the exception is leaving (outermost frames are
    /// prepended as the exception unwinds).
    public func prependTraceback(_ entry: TracebackEntry) {
        state.withLock { $0.tracebackInnermostFirst.append(entry) }
    }

    public var cause: PyExceptionObject? {
        get { state.withLock { $0.cause } }
        set { state.withLock { $0.cause = newValue; $0.suppressContext = true } }
    }

    public var context: PyExceptionObject? {
        get { state.withLock { $0.context } }
        set { state.withLock { $0.context = newValue } }
    }

    public var suppressContext: Bool {
        get { state.withLock { $0.suppressContext } }
        set { state.withLock { $0.suppressContext = newValue } }
    }

    /// A type-specific field such as `SystemExit.code`; nil when unset.
    public func field(_ name: String) -> Value? {
        state.withLock { $0.fields[name] }
    }

    public func setField(_ name: String, _ value: Value?) {
        let old = state.withLock { state -> Value? in
            let previous = state.fields[name]
            state.fields[name] = value
            return previous
        }
        _ = old
    }
}

/// A Python exception travelling through Swift code as a thrown error.
/// Everything that can fail in Python terms throws `PyError`.
public struct PyError: Error {
    public let exception: PyExceptionObject

    public init(_ exception: PyExceptionObject) {
        self.exception = exception
    }

    /// A new exception of a built-in (or any) exception type with a message.
    public init(_ type: PyType, _ message: String) {
        let exc = PyExceptionObject(cls: type)
        exc.args = [.object(PyStr(message))]
        self.exception = exc
    }

    /// A new exception with the given `args` (e.g. `KeyError(key)`).
    public init(_ type: PyType, args: [Value]) {
        let exc = PyExceptionObject(cls: type)
        exc.args = args
        self.exception = exc
    }

    public var type: PyType { exception.cls }

    /// True when the exception is an instance of `type` or a subclass.
    public func matches(_ type: PyType) -> Bool {
        exception.cls.isSubtype(of: type)
    }
}
