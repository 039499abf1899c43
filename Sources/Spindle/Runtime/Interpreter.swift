import Synchronization

/// One interpreter instance: the module table, the builtins and the
/// options every thread shares. This is the embedding API's entry point.
public final class Interpreter {
    /// `sys.modules`: imported modules by dotted name.
    let modules = GuardedState<[String: PyModule]>([:])
    /// The `builtins` module; every global lookup falls back to it.
    public let builtins = PyModule(name: "builtins")
    /// Settings fixed when the interpreter is created.
    public let options: InterpreterOptions
    /// The process's stdout and stderr, shared by every thread.
    public let standardOutput: StandardStream
    public let standardError: StandardStream
    /// The evaluator's shared state (recursion limit, import locks).
    public let evaluator = EvaluatorState()

    public init(options: InterpreterOptions = InterpreterOptions()) {
        self.options = options
        let out = StandardStream(fileDescriptor: options.standardOutputDescriptor, bufferLimit: options.outputBufferLimit)
        self.standardOutput = out
        self.standardError = StandardStream(fileDescriptor: options.standardErrorDescriptor, bufferLimit: 0, flushFirst: out)
        // The first interpreter of a process also fills in the builtin types.
        PyType.deferringCacheInvalidation { Builtins.install(into: self) }
    }

    /// A registered module, if imported already.
    public func module(named name: String) -> PyModule? {
        modules.withLock { $0[name] }
    }

    public func registerModule(_ module: PyModule) {
        modules.withLock { $0[module.name] = module }
    }
}

/// Settings an embedder or the CLI chooses when creating an interpreter.
public struct InterpreterOptions: Sendable {
    /// `sys.argv`: the script path (or `-c`, `-`, ``) followed by its arguments.
    public var argv: [String] = [""]
    /// Directories searched by `import` before the defaults (the script's directory first).
    public var searchPath: [String] = []
    /// Every sleep, timeout and timer interval is multiplied by this; clocks
    /// report elapsed time divided by it.
    public var timeScale: Double = 1.0
    /// Bytes of stdout kept before writing; 0 writes every call through.
    public var outputBufferLimit: Int = 8192
    /// File descriptors standing for the process's stdout and stderr
    /// (tests and embedders may point them at files or pipes).
    public var standardOutputDescriptor: Int32 = 1
    public var standardErrorDescriptor: Int32 = 2

    public init() {}
}

/// The table of what `Interpreter.init` installs: builtin functions and
/// constants, and the methods of built-in types.
enum Builtins {
    static func install(into interpreter: Interpreter) {
        let ns = interpreter.builtins.namespace
        ns["None"] = .None
        ns["True"] = .bool(true)
        ns["False"] = .bool(false)
        ns["NotImplemented"] = .notImplemented
        ns["Ellipsis"] = .object(PySingleton.ellipsis)
        for type in PyType.builtinExceptions {
            ns[type.name] = .object(type)
        }
        ns["IOError"] = .object(PyType.osError)
        ns["EnvironmentError"] = .object(PyType.osError)
        ValueBuiltins.install(into: interpreter)
        installIO(into: interpreter)
        EvaluatorState.install(into: interpreter)
        ClassModel.install(into: interpreter)
    }
}
