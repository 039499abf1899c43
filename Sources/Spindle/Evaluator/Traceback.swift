import SpindleSyntax

/// Formats an uncaught exception the way CPython prints it: the chain of
/// causes and contexts first, then the traceback and the final
/// `Type: message` line.
extension Interpreter {
    func formatException(_ exception: PyExceptionObject) -> String {
        var seen: [ObjectIdentifier] = []
        return formatChain(exception, &seen)
    }

    private func formatChain(_ exception: PyExceptionObject, _ seen: inout [ObjectIdentifier]) -> String {
        seen.append(ObjectIdentifier(exception))
        var out = ""
        if let cause = exception.cause, !seen.contains(ObjectIdentifier(cause)) {
            out += formatChain(cause, &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !exception.suppressContext, let context = exception.context,
                  !seen.contains(ObjectIdentifier(context)) {
            out += formatChain(context, &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        return out + formatSingle(exception)
    }

    private func formatSingle(_ exception: PyExceptionObject) -> String {
        var out = ""
        let entries = exception.traceback
        if !entries.isEmpty {
            out += "Traceback (most recent call last):\n"
            var previous: TracebackEntry?
            var repeats = 0
            for entry in entries {
                if let last = previous, sameLocation(last, entry) {
                    repeats += 1
                    if repeats >= Self.repeatedEntryCutoff { continue }
                } else {
                    out += repeatedEntriesNote(repeats)
                    repeats = 0
                }
                previous = entry
                out += formatEntry(entry)
            }
            out += repeatedEntriesNote(repeats)
        }
        return out + exceptionSummary(exception) + "\n"
    }

    /// Identical consecutive entries shown before the rest are summarised, as CPython does.
    private static let repeatedEntryCutoff = 3

    private func sameLocation(_ a: TracebackEntry, _ b: TracebackEntry) -> Bool {
        a.fileName == b.fileName && a.line == b.line && a.function == b.function
    }

    private func repeatedEntriesNote(_ repeats: Int) -> String {
        let hidden = repeats - (Self.repeatedEntryCutoff - 1)
        guard hidden > 0 else { return "" }
        return "  [Previous line repeated \(hidden) more time\(hidden == 1 ? "" : "s")]\n"
    }

    private func formatEntry(_ entry: TracebackEntry) -> String {
        var out = "  File \"\(entry.fileName)\", line \(entry.line), in \(entry.function)\n"
        // Like CPython, code from `-c` or stdin has no source lines to show.
        if !entry.fileName.hasPrefix("<"), let text = entry.file?.line(entry.line) {
            let trimmed = text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
            if !trimmed.isEmpty { out += "    \(trimmed)\n" }
        }
        return out
    }

    /// The last line: `module.Type: message` (module omitted for builtins and `__main__`).
    func exceptionSummary(_ exception: PyExceptionObject) -> String {
        let type = exception.cls
        var name = type.name
        if type.moduleName != "builtins" && type.moduleName != "__main__" { name = type.moduleName + "." + name }
        if type.isSubtype(of: .syntaxError), let detail = syntaxErrorDetail(exception) {
            return detail + name + ": " + (exception.attribute("msg")?.asString ?? "")
        }
        let message = exceptionMessage(exception)
        return message.isEmpty ? name : name + ": " + message
    }

    /// `str(exception)`: a class's own `__str__` when it has one, else the
    /// built-in rule (no args: empty; one: its str, or repr for KeyError; more: the tuple).
    func exceptionMessage(_ exception: PyExceptionObject) -> String {
        let thread = ThreadState(interpreter: self)
        if let method = exception.cls.lookup("__str__"), method.asObject is PyFunction {
            return (try? thread.str(.object(exception))) ?? "<exception str() failed>"
        }
        let args = exception.args
        do {
            switch args.count {
            case 0: return ""
            case 1:
                return exception.cls.isSubtype(of: .keyError) ? try thread.repr(args[0]) : try thread.str(args[0])
            default: return try thread.repr(.tuple(args))
            }
        } catch {
            return "<exception str() failed>"
        }
    }

    private func syntaxErrorDetail(_ exception: PyExceptionObject) -> String? {
        guard let file = exception.attribute("filename")?.asString,
              case .int(let line)? = exception.attribute("lineno") else { return nil }
        var out = "  File \"\(file)\", line \(line)\n"
        if let text = exception.attribute("text")?.asString, case .int(let column)? = exception.attribute("offset") {
            let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
            let removed = text.count - trimmed.count
            out += "    \(trimmed)\n"
            out += "    " + String(repeating: " ", count: max(0, column - 1 - removed)) + "^\n"
        }
        return out
    }
}
