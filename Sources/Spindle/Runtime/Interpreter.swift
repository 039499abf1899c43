import Synchronization

/// One interpreter instance: the module table, the builtins and the
/// options every thread shares. This is the embedding API's entry point.
public final class Interpreter {
    /// `sys.modules`: imported modules by dotted name.
    let modules = Mutex<[String: PyModule]>([:])
    /// The `builtins` module; every global lookup falls back to it.
    public let builtins = PyModule(name: "builtins")

    public init() {
        Builtins.install(into: self)
    }

    /// A registered module, if imported already.
    public func module(named name: String) -> PyModule? {
        modules.withLock { $0[name] }
    }

    public func registerModule(_ module: PyModule) {
        modules.withLock { $0[module.name] = module }
    }
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
    }
}
