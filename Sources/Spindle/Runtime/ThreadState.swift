/// Everything one Python thread owns while it runs: its call depth, the
/// exceptions being handled (for `sys.exc_info()` and implicit chaining)
/// and the Python `Thread` object it belongs to. Passed explicitly through
/// evaluation and to every native function; never shared between threads,
/// so its fields need no locks.
public final class ThreadState {
    public let interpreter: Interpreter
    /// Python call depth, checked against the recursion limit.
    public var depth = 0
    /// Exceptions currently being handled, innermost last.
    public var handling: [PyExceptionObject] = []
    /// The `threading.Thread` (or dummy) object of this thread, set by the threading module.
    public var threadObject: PyObject?
    /// Containers whose `repr` is being built on this thread (for `[...]`).
    var reprInProgress: Set<ObjectIdentifier> = []
    /// The evaluator's per-thread state (value stack, traceback notes).
    public let evaluation = EvaluationState()

    public init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }
}
