import SpindleSyntax

/// How Spindle runs a program, in one place.
///
/// **Lowering.** `Resolver` turns a parsed `Module` into a tree of executable
/// nodes: `ExprNode` (`eval(_:) throws -> Value`), `StmtNode`
/// (`exec(_:) throws -> Completion`) and `TargetNode` (assignment and `del`
/// targets). Every name is resolved before anything runs: a function local
/// becomes a slot index, a variable shared with an inner function becomes an
/// index into the frame's `Cell`s, and a global or builtin becomes the `Cell`
/// of the module's (and the builtins') `Namespace`. Nothing is looked up by
/// string while a function runs; only class bodies keep a real namespace.
///
/// **Frames.** A call takes a window of `Value?` slots from the calling
/// thread's `ValueStack` (no allocation, no dictionary) and describes it with
/// a small `Frame` struct that is passed down the node tree. `nil` in a slot
/// means "unbound". Frames of generator bodies live on the heap instead,
/// because they outlive each resumption.
///
/// **Control flow.** `return`, `break` and `continue` travel as the
/// `Completion` a statement returns: a loop consumes `.breakLoop` /
/// `.continueLoop`, a function call consumes `.returnValue`. Swift `throw` is
/// used only for Python exceptions (`PyError`), which are rare, so the
/// common path never unwinds.
///
/// **Exceptions and tracebacks.** When a `PyError` leaves a statement of a
/// block, the block notes that statement's line in the thread's
/// `EvaluationState` (only the innermost statement of a frame is noted). When
/// it leaves a frame, the call boundary prepends a `TracebackEntry` for that
/// frame and clears the note. An `except` handler that catches the exception
/// clears the note as well, so a re-raise records its own line. The
/// exception being handled is pushed on `ThreadState.handling` for the
/// duration of the handler, which gives bare `raise`, `sys.exc_info()` and
/// implicit chaining (`__context__`).
///
/// **Recursion.** Each Python call increments `ThreadState.depth` and checks
/// it against the interpreter's recursion limit, and checks the native stack
/// pointer against a safety margin above the thread's stack bottom, so deep
/// recursion raises `RecursionError` instead of crashing.
///
/// **Interrupts.** Loop back-edges and function entry poll the SIGINT flag
/// (one relaxed atomic load) and raise `KeyboardInterrupt` on the main thread.
///
/// **Generators.** A tree-walker cannot suspend in the middle of `eval`, so a
/// generator's body runs on its own native thread; the consumer and the body
/// hand control back and forth strictly (see `GeneratorRunner`).
enum Completion {
    case normal
    case breakLoop
    case continueLoop
    case returnValue(Value)
}

/// One activation of Python code: the local slots, the shared cells, and
/// the thread running it. Passed by value (it is a few words) and never
/// stored beyond the call it describes.
struct Frame {
    /// Local variable slots; `nil` is unbound.
    let slots: UnsafeMutablePointer<Value?>
    /// Cells of variables shared with inner functions, then the free
    /// variables inherited from the enclosing function. Borrowed from an
    /// array the frame's creator keeps alive for the frame's lifetime.
    let cells: UnsafePointer<Cell>
    /// The running thread, the code and the class namespace are all kept
    /// alive by whoever created the frame, so the frame holds them without
    /// reference counting.
    let threadRef: Unmanaged<ThreadState>
    /// The code being run (for tracebacks, `locals()` and class bodies).
    unowned(unsafe) let code: CodeObject
    /// The namespace of a class body being executed; nil elsewhere.
    unowned(unsafe) let classNamespace: ClassNamespace?

    init(slots: UnsafeMutablePointer<Value?>, cells: UnsafePointer<Cell>, thread: ThreadState,
         code: CodeObject, classNamespace: ClassNamespace?) {
        self.slots = slots
        self.cells = cells
        self.threadRef = Unmanaged.passUnretained(thread)
        self.code = code
        self.classNamespace = classNamespace
    }
}

extension Frame {
    /// The running thread. Each use as a strong reference may cost a
    /// retain/release pair; hot paths use `withThread` instead.
    var thread: ThreadState { threadRef.takeUnretainedValue() }

    /// Runs `body` with the thread borrowed (no reference counting).
    @inline(__always)
    func withThread<T>(_ body: (ThreadState) throws -> T) rethrows -> T {
        try threadRef._withUnsafeGuaranteedRef(body)
    }
}

/// Runs `body` with a pointer to the elements of `cells` (which stays
/// alive for the duration).
@inline(__always)
func withCells<T>(_ cells: ContiguousArray<Cell>, _ body: (UnsafePointer<Cell>) throws -> T) rethrows -> T {
    try cells.withUnsafeBufferPointer { buffer in
        try body(buffer.baseAddress ?? noCells)
    }
}

/// The cell pointer of frames that have no cells (never dereferenced).
let noCells = UnsafePointer<Cell>(bitPattern: 16)!

/// An expression compiled for evaluation.
class ExprNode {
    let line: Int

    init(line: Int) { self.line = line }

    func eval(_ f: Frame) throws -> Value {
        preconditionFailure("abstract ExprNode.eval")
    }

    /// The truth of the value (`if`, `while`, `and`, `not`, …). Comparison
    /// and boolean nodes override it to answer without building a `Value`;
    /// bools, ints and None are tested inline, without the thread.
    func test(_ f: Frame) throws -> Bool {
        let v = try eval(f)
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .None: return false
        case .float(let d): return d != 0
        case .object: return try f.thread.truthy(v)
        }
    }
}

/// A statement compiled for execution.
class StmtNode {
    let line: Int

    init(line: Int) { self.line = line }

    func exec(_ f: Frame) throws -> Completion {
        preconditionFailure("abstract StmtNode.exec")
    }
}

/// The left-hand side of an assignment, a `for` target, or a `del` operand.
class TargetNode {
    let line: Int

    init(line: Int) { self.line = line }

    func assign(_ value: Value, _ f: Frame) throws {
        preconditionFailure("abstract TargetNode.assign")
    }

    func delete(_ f: Frame) throws {
        preconditionFailure("abstract TargetNode.delete")
    }
}

/// A sequence of statements: runs them in order, stops at the first
/// non-normal completion, and notes the line of a statement that raises.
final class BlockNode: StmtNode {
    /// Keeps the statements alive.
    let body: ContiguousArray<StmtNode>
    /// The same statements, called without retaining each one.
    private let statements: ContiguousArray<Unmanaged<StmtNode>>

    init(_ body: [StmtNode], line: Int) {
        self.body = ContiguousArray(body)
        self.statements = ContiguousArray(body.map { Unmanaged.passUnretained($0) })
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        var i = 0
        let count = statements.count
        while i < count {
            let c = try statements[i]._withUnsafeGuaranteedRef { try execNoting($0, f) }
            if case .normal = c { i += 1; continue }
            return c
        }
        return .normal
    }
}
