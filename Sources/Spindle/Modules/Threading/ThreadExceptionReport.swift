import SpindleSyntax

/// What happens to an exception that escapes a thread's `run()`: like
/// CPython 3.9, `SystemExit` ends the thread quietly; anything else goes to
/// `threading.excepthook` — by default printed to stderr as
/// `Exception in thread NAME:` plus the traceback — and the other threads
/// carry on.
enum ThreadExceptionReport {
    static func report(_ thread: ThreadState, _ error: PyError, in owner: PyThreadObject) {
        if error.matches(.systemExit) { return }
        if let hook = customHook(thread) {
            do {
                let args = ExceptHookArgs.make(error.exception, thread: .object(owner))
                _ = try thread.call(hook, args)
                return
            } catch let failure as PyError {
                thread.interpreter.standardError.write("Exception in threading.excepthook:\n")
                thread.interpreter.standardError.write(format(thread, failure.exception))
            } catch {}
        }
        printDefault(thread, error.exception, threadName: owner.name)
    }

    /// `threading.excepthook` when a script replaced the built-in one.
    private static func customHook(_ thread: ThreadState) -> Value? {
        guard let module = thread.interpreter.module(named: "threading"),
              let hook = module.namespace["excepthook"] else { return nil }
        return hook.asObject === ThreadingModule.defaultExceptHook ? nil : hook
    }

    /// The built-in hook's output.
    static func printDefault(_ thread: ThreadState, _ exception: PyExceptionObject, threadName: String) {
        if exception.cls.isSubtype(of: .systemExit) { return }
        let text = "Exception in thread \(threadName):\n" + format(thread, exception)
        thread.interpreter.standardError.write(text)
    }

    /// A traceback in CPython's layout (the innermost frame last).
    static func format(_ thread: ThreadState, _ exception: PyExceptionObject) -> String {
        var lines = [String]()
        let entries = exception.traceback
        if !entries.isEmpty {
            lines.append("Traceback (most recent call last):")
            for entry in entries {
                lines.append("  File \"\(entry.fileName)\", line \(entry.line), in \(entry.function)")
                if let source = entry.file?.line(entry.line) {
                    let trimmed = source.drop { $0 == " " || $0 == "\t" }
                    if !trimmed.isEmpty { lines.append("    " + trimmed) }
                }
            }
        }
        lines.append(summary(thread, exception))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `TypeName: message` (the module prefix only outside builtins and `__main__`).
    private static func summary(_ thread: ThreadState, _ exception: PyExceptionObject) -> String {
        let type = exception.cls
        let module = type.moduleName
        let name = module == "builtins" || module == "__main__" ? type.name : "\(module).\(type.name)"
        let message = (try? thread.str(.object(exception))) ?? "<exception str() failed>"
        return message.isEmpty ? name : "\(name): \(message)"
    }
}

/// The argument of `threading.excepthook`: `exc_type`, `exc_value`,
/// `exc_traceback` and `thread` attributes.
enum ExceptHookArgs {
    static let type = PyType(builtin: "_ExceptHookArgs", moduleName: "threading", base: .object) {
        PyInstance(cls: $0)
    }

    static func make(_ exception: PyExceptionObject, thread: Value) -> Value {
        let args = PyInstance(cls: type)
        args.setAttribute("exc_type", .object(exception.cls))
        args.setAttribute("exc_value", .object(exception))
        args.setAttribute("exc_traceback", .None)
        args.setAttribute("thread", thread)
        return .object(args)
    }
}
