/// The `traceback` module's exception printers, built on the interpreter's
/// own traceback formatter (the text of an uncaught exception).
enum TracebackModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "traceback")
        module.defineFunction("format_exc") { thread, args in
            _ = try args.bind("format_exc", ["limit", "chain"], required: 0)
            return .str(currentText(thread))
        }
        module.defineFunction("print_exc") { thread, args in
            let slots = try args.bind("print_exc", ["limit", "file", "chain"], required: 0)
            try emit(thread, currentText(thread), to: slots[1])
            return .None
        }
        module.defineFunction("format_exception") { thread, args in
            let slots = try args.bind("format_exception", ["etype", "value", "tb", "limit", "chain"], required: 3)
            return .list(lines(text(thread, slots[1]!)).map { .str($0) })
        }
        module.defineFunction("print_exception") { thread, args in
            let slots = try args.bind("print_exception", ["etype", "value", "tb", "limit", "file", "chain"], required: 3)
            try emit(thread, text(thread, slots[1]!), to: slots[4])
            return .None
        }
        module.defineFunction("format_exception_only") { thread, args in
            let slots = try args.bind("format_exception_only", ["etype", "value"], required: 2)
            guard let exception = slots[1]!.asObject as? PyExceptionObject else {
                return .list([.str("\(try thread.str(slots[1]!))\n")])
            }
            return .list([.str(thread.interpreter.exceptionSummary(exception) + "\n")])
        }
        return module
    }

    /// The exception being handled, formatted; `NoneType: None` outside a handler.
    private static func currentText(_ thread: ThreadState) -> String {
        guard let exception = thread.handling.last else { return "NoneType: None\n" }
        return thread.interpreter.formatException(exception)
    }

    private static func text(_ thread: ThreadState, _ value: Value) -> String {
        guard let exception = value.asObject as? PyExceptionObject else { return "NoneType: None\n" }
        return thread.interpreter.formatException(exception)
    }

    /// The formatted text as a list of lines, each with its newline.
    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0 + "\n" }
    }

    /// Writes to `file`, or to `sys.stderr` when it is None or absent.
    static func emit(_ thread: ThreadState, _ text: String, to file: Value?) throws {
        var target = file ?? .None
        if target.isNone {
            target = thread.interpreter.module(named: "sys")?.namespace["stderr"]
                ?? .object(StandardFiles.error(thread.interpreter))
        }
        try StandardFiles.write(thread, [text], separator: "", end: "", to: target)
    }
}
