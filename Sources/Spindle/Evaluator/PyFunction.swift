import SpindleSyntax

/// A function defined in Python (`def` or `lambda`): its code, the globals
/// it sees, default values and the closure cells it captured. Functions
/// carry an attribute namespace like any instance (`f.__name__`,
/// `f.counter = 0`).
public final class PyFunction: PyInstance {
    let code: CodeObject
    let globals: Namespace
    /// Defaults of the last `defaults.count` positional parameters.
    let defaults: [Value]
    let keywordDefaults: [String: Value]
    let closure: ContiguousArray<Cell>
    /// Copied from the code so the call path reads only this object.
    let isSimple: Bool
    let positionalCount: Int
    let slotCount: Int
    let hasCells: Bool
    /// Also held by the code; a strong `let` is read borrowed, without a retain.
    let body: StmtNode

    init(code: CodeObject, globals: Namespace, defaults: [Value], keywordDefaults: [String: Value],
         closure: ContiguousArray<Cell>) {
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.isSimple = code.isSimple
        self.positionalCount = code.signature.positionalCount
        self.slotCount = code.slotCount
        self.hasCells = code.hasCells
        self.body = code.body
        super.init(cls: PyType.function)
        setAttribute("__name__", .str(code.name))
        setAttribute("__qualname__", .str(code.qualifiedName))
        setAttribute("__module__", .str(code.moduleName))
        setAttribute("__doc__", code.docstring.map { .str($0) } ?? .None)
        setAttribute("__defaults__", defaults.isEmpty ? .None : makeTuple(defaults))
    }

    /// The function's name as shown in error messages.
    public var name: String { code.name }

    public override func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        try thread.enterCall()
        let evaluation = thread.evaluation
        let siteCode = evaluation.callSiteCode
        let siteLine = evaluation.callSiteLine
        defer {
            thread.depth -= 1
            evaluation.callSiteCode = siteCode
            evaluation.callSiteLine = siteLine
        }
        if code.isGenerator {
            let slots = UnsafeMutablePointer<Value?>.allocate(capacity: code.slotCount)
            slots.initialize(repeating: nil, count: code.slotCount)
            do {
                try bind(arguments, into: slots)
            } catch {
                slots.deinitialize(count: code.slotCount)
                slots.deallocate()
                throw error
            }
            return .object(PyGenerator(function: self, slots: slots, interpreter: thread.interpreter))
        }
        let stack = thread.evaluation.stack
        let slots = stack.push(code.slotCount)
        defer { stack.pop(slots, code.slotCount) }
        try bind(arguments, into: slots)
        return try run(thread, slots)
    }

    /// Calls a function whose code `isSimple` with `count` positional
    /// arguments that `fill` stores into the first slots. Falls back to the
    /// general binder when defaults cannot make up the difference.
    @inline(__always)
    func callSimple(_ thread: ThreadState, _ count: Int,
                    _ fill: (UnsafeMutablePointer<Value?>) -> Void) throws -> Value {
        let wanted = positionalCount
        guard count <= wanted, count >= wanted - defaults.count else {
            let scratch = UnsafeMutablePointer<Value?>.allocate(capacity: count)
            scratch.initialize(repeating: nil, count: count)
            fill(scratch)
            var positional: [Value] = []
            for i in 0..<count { positional.append(scratch[i] ?? .None) }
            scratch.deinitialize(count: count)
            scratch.deallocate()
            return try call(thread, Arguments(positional))
        }
        try thread.enterCall()
        defer { thread.depth -= 1 }
        let stack = Unmanaged.passUnretained(thread.evaluation.stack)
        let slotCount = self.slotCount
        let slots = stack._withUnsafeGuaranteedRef { $0.push(slotCount) }
        defer { stack._withUnsafeGuaranteedRef { $0.pop(slots, slotCount) } }
        fill(slots)
        if count < wanted {
            let firstDefault = wanted - defaults.count
            for i in count..<wanted { slots[i] = defaults[i - firstDefault] }
        }
        return try run(thread, slots)
    }

    /// A call from a call node of `count` positional arguments that `fill`
    /// stores, with the function borrowed by the caller.
    @inline(__always)
    func callBorrowed(_ f: Frame, _ line: Int, _ count: Int,
                      _ fill: (UnsafeMutablePointer<Value?>) -> Void) throws -> Value {
        if isSimple { return try f.withThread { try callSimple($0, count, fill) } }
        var positional: [Value] = []
        positional.reserveCapacity(count)
        withUnsafeTemporaryAllocation(of: Value?.self, capacity: count) { buffer in
            guard let scratch = buffer.baseAddress else { return }
            scratch.initialize(repeating: nil, count: count)
            fill(scratch)
            for i in 0..<count { positional.append(scratch[i] ?? .None) }
            scratch.deinitialize(count: count)
        }
        f.thread.evaluation.noteCallSite(f.code, line)
        return try call(f.thread, Arguments(positional))
    }

    /// Runs the body in a frame whose parameters are bound.
    func run(_ thread: ThreadState, _ slots: UnsafeMutablePointer<Value?>) throws -> Value {
        do {
            if !hasCells {
                let frame = Frame(slots: slots, cells: noCells, thread: thread, code: code, classNamespace: nil)
                if case .returnValue(let v) = try body.exec(frame) { return v }
                return .None
            }
            let code = self.code
            let cells = code.makeCells(closure: closure)
            for (slot, cell) in code.parameterCells { cells[cell].value = slots[slot] }
            return try withCells(cells) { cellPointer in
                let frame = Frame(slots: slots, cells: cellPointer, thread: thread, code: code, classNamespace: nil)
                if case .returnValue(let v) = try code.body.exec(frame) { return v }
                return .None
            }
        } catch let error as PyError {
            thread.recordTraceback(error, code: self.code)
            throw error
        }
    }
}

extension ThreadState {
    /// Counts one more Python call on this thread, refusing it with
    /// `RecursionError` past the recursion limit or near the end of the
    /// native stack. As in CPython, the module's own frame counts toward the
    /// limit, so at most `limit - 1` calls nest.
    @inline(__always)
    func enterCall() throws {
        try pollInterrupt()
        depth += 1
        if depth >= interpreter.evaluator.recursionLimit || evaluation.nativeStackExhausted() {
            depth -= 1
            throw PyError(.recursionError, "maximum recursion depth exceeded")
        }
    }

    /// Prepends the traceback entry of a frame of `code` that `error` is leaving.
    func recordTraceback(_ error: PyError, code: CodeObject) {
        let line = evaluation.takeLine(code.firstLine)
        error.exception.prependTraceback(
            TracebackEntry(file: code.file, fileName: code.file.name, line: line, function: code.name))
    }
}
