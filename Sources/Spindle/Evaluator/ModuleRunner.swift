import SpindleSyntax
import Synchronization

/// Parsing, resolving and running module code, and running it on the
/// big-stack native thread that serves as Python's main thread.
extension Interpreter {
    /// Parses and runs a module's source in `module`'s namespace. A syntax
    /// error becomes a Python `SyntaxError` exception.
    func runModule(source: SourceFile, module: PyModule, thread: ThreadState) throws {
        let code: CodeObject
        do {
            code = try Resolver.compile(try Parser.parse(source), moduleName: module.name,
                                        globals: module.namespace, builtins: builtins.namespace)
        } catch let error as SyntaxError {
            if module.name == "__main__" { throw error }
            throw PyError(syntaxErrorObject(error))
        }
        try run(code, thread: thread)
    }

    /// Resolves and runs parsed code; returns the value of a top-level
    /// `return` (used by `evaluate`).
    @discardableResult
    func runCode(_ parsed: Module, in module: PyModule, thread: ThreadState, interactive: Bool = false,
                 allowsReturn: Bool = false) throws -> Value {
        let code = try Resolver.compile(parsed, moduleName: module.name, globals: module.namespace,
                                        builtins: builtins.namespace, interactive: interactive,
                                        allowsReturn: allowsReturn)
        return try run(code, thread: thread)
    }

    /// Runs compiled module-level code.
    @discardableResult
    func run(_ code: CodeObject, thread: ThreadState) throws -> Value {
        let stack = thread.evaluation.stack
        let slots = stack.push(code.slotCount)
        defer { stack.pop(slots, code.slotCount) }
        let frame = Frame(slots: slots, cells: noCells, thread: thread, code: code, classNamespace: nil)
        do {
            if case .returnValue(let v) = try code.body.exec(frame) { return v }
            return .None
        } catch let error as PyError {
            thread.recordTraceback(error, code: code)
            throw error
        }
    }

    /// A Python `SyntaxError` instance describing a parse failure.
    func syntaxErrorObject(_ error: SyntaxError) -> PyExceptionObject {
        let type: PyType = error.kind == .syntax ? .syntaxError : error.kind == .indentation ? .indentationError : .tabError
        let exception = PyError(type, error.message).exception
        exception.setAttribute("msg", .str(error.message))
        exception.setAttribute("filename", .str(error.fileName))
        exception.setAttribute("lineno", .int(error.location.line))
        exception.setAttribute("offset", .int(error.location.column))
        exception.setAttribute("text", error.sourceLine.map { .str($0) } ?? .None)
        return exception
    }

    /// Runs `body` as the main Python thread, on a native thread with a
    /// 512 MB stack (reserved, not committed), and waits for it.
    func onMainThread<T>(_ body: @escaping (ThreadState) -> T) -> T {
        let thread = evaluator.mainThreadState(self)
        var result: T?
        NativeThread.runOnLargeStack { Interrupts.designateMainThread(); result = body(thread) }
        return result ?? body(thread)
    }

    func unregisterModule(_ name: String) {
        modules.withLock { _ = $0.removeValue(forKey: name) }
    }
}
