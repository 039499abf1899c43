import Synchronization

/// Interpreter-wide state of the evaluator: the recursion limit, the print
/// statement's softspace flags, and the import machinery's per-module
/// locks. Shared by every thread, so each part guards itself.
public final class EvaluatorState {
    private let limit = Atomic<Int>(1000)
    let softspace = SoftspaceTable()
    let imports = ImportLocks()

    private let mainThread = GuardedState<ThreadState?>(nil)
    private let directory = GuardedState<String?>(nil)

    public init() {}

    /// The state of the main Python thread, created on first use.
    func mainThreadState(_ interpreter: Interpreter) -> ThreadState {
        mainThread.withLock { state in
            if let state { return state }
            let made = ThreadState(interpreter: interpreter)
            state = made
            return made
        }
    }

    /// The directory of the main script (first on the module search path).
    var scriptDirectory: String? {
        get { directory.withLock { $0 } }
        set { directory.withLock { $0 = newValue } }
    }

    /// `sys.getrecursionlimit()` / `sys.setrecursionlimit(n)`.
    public var recursionLimit: Int {
        get { limit.load(ordering: .relaxed) }
        set { limit.store(newValue, ordering: .relaxed) }
    }
}

extension EvaluatorState {
    /// Installs what the evaluator contributes to the builtins and types:
    /// the generator methods.
    static func install(into interpreter: Interpreter) {
        installGeneratorMethods
        ThreadState(interpreter: interpreter).installFrameBuiltins()
    }

    private static let installGeneratorMethods: Void = {
        PyGenerator.installMethods()
        EvaluatorReprs.install()
    }()
}

extension Interpreter {
    /// The maximum Python call depth per thread (`sys.setrecursionlimit`).
    public var recursionLimit: Int {
        get { evaluator.recursionLimit }
        set { evaluator.recursionLimit = newValue }
    }
}
