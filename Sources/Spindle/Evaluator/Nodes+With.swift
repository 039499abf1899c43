/// `with manager as target:` — `__enter__`, the body, then `__exit__` with
/// the exception (if any); a true result from `__exit__` suppresses it.
///
/// A manager that is one of the native locks (`Lock`, `RLock`, or a
/// `Condition` over one of them, exactly those types) is entered and left
/// directly, without looking up or calling `__enter__`/`__exit__`: their
/// types are built in (immutable), and their `__exit__` never suppresses.
final class WithStatement: StmtNode {
    let context: ExprNode
    let target: TargetNode?
    let body: StmtNode
    /// The local slot of `context` when it is a function local, else -1:
    /// the manager is then inspected without retaining it.
    let contextSlot: Int

    init(context: ExprNode, target: TargetNode?, body: StmtNode, line: Int) {
        self.context = context
        self.target = target
        self.body = body
        self.contextSlot = localSlot(of: context)
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        if contextSlot >= 0, let borrowed = borrowedLocalObject(f, contextSlot),
           let completion = try borrowed._withUnsafeGuaranteedRef({ try execNative($0, f) }) {
            return completion
        }
        let manager = try context.eval(f)
        if case .object(let object) = manager, let completion = try execNative(object, f) {
            return completion
        }
        return try execGeneric(manager, f)
    }

    /// The statement over a native lock manager, or nil when `manager` is
    /// not one. The manager may be borrowed from a local that the body
    /// rebinds, so only the native lock, retained here, is used once the
    /// body has started.
    @inline(__always)
    private func execNative(_ manager: PyObject, _ f: Frame) throws -> Completion? {
        if let lock = exactly(manager, PyLockObject.self, PyLockObject.type) {
            return try execRetained(lock.native, f)
        }
        if let rlock = exactly(manager, PyRLockObject.self, PyRLockObject.type) {
            return try execRetained(rlock.native, f)
        }
        if let condition = exactly(manager, PyConditionObject.self, PyConditionObject.type),
           let inner = condition.lockObject {
            if let lock = exactly(inner, PyLockObject.self, PyLockObject.type) {
                return try execRetained(lock.native, f)
            }
            if let rlock = exactly(inner, PyRLockObject.self, PyRLockObject.type) {
                return try execRetained(rlock.native, f)
            }
        }
        return nil
    }

    /// `execLocked` holding exactly one reference to the lock.
    @inline(__always)
    private func execRetained<Lock: ContextLock>(_ lock: Lock, _ f: Frame) throws -> Completion {
        let held = Unmanaged.passRetained(lock)
        defer { held.release() }
        return try held._withUnsafeGuaranteedRef { try execLocked($0, f) }
    }

    /// The body under a native lock: acquire, run, release (also when the
    /// body raises; the exception then propagates unchanged).
    private func execLocked<Lock: ContextLock>(_ lock: Lock, _ f: Frame) throws -> Completion {
        try lock.enter()
        let completion: Completion
        do {
            try target?.assign(.bool(true), f)
            completion = try body.exec(f)
        } catch let error as PyError {
            let evaluation = f.thread.evaluation
            let line = evaluation.takeLine(self.line)
            do {
                try lock.exit()
            } catch let exitError as PyError {
                chain(exitError.exception, to: error.exception)
                throw exitError
            }
            evaluation.pendingLine = line
            throw error
        }
        try lock.exit()
        return completion
    }

    private func execGeneric(_ manager: Value, _ f: Frame) throws -> Completion {
        let thread = f.thread
        let type = manager.pyType
        guard let enter = type.lookup("__enter__") else { throw PyError(.attributeError, "__enter__") }
        guard let exit = type.lookup("__exit__") else { throw PyError(.attributeError, "__exit__") }
        let entered = try thread.call(enter, Arguments([manager]))
        let completion: Completion
        do {
            try target?.assign(entered, f)
            completion = try body.exec(f)
        } catch let error as PyError {
            let exception = error.exception
            let line = thread.evaluation.takeLine(self.line)
            thread.beginHandling(exception, frame: f, line: line)
            let suppress: Value
            do {
                suppress = try thread.call(exit, Arguments([manager, .object(exception.cls), .object(exception), .None]))
            } catch let exitError as PyError {
                thread.endHandling()
                chain(exitError.exception, to: exception)
                throw exitError
            }
            thread.endHandling()
            if try thread.isTrue(suppress) { return .normal }
            thread.evaluation.pendingLine = line
            throw error
        }
        _ = try thread.call(exit, Arguments([manager, .None, .None, .None]))
        return completion
    }
}
