import CReadline
import Glibc
import Spindle

/// The interactive prompt: reads lines with readline (`>>> ` for a new
/// statement, `... ` while a block or bracket is open), keeps history, and
/// completes names with Tab, and hands each complete input to `Interpreter.runInteractive`.
struct REPL {
    let interpreter: Interpreter

    func run() -> Int32 {
        ConsoleOutput.writeError("Spindle \(CommandLineOptions.version) (Python 3 semantics, no GIL)\n")
        Completion.install(for: interpreter)
        var pending = ""
        while true {
            guard let line = readLine(prompt: pending.isEmpty ? ">>> " : "... ") else {
                ConsoleOutput.writeError("\n")
                interpreter.finishOutput()
                return 0
            }
            if pending.isEmpty && isBlank(line) { continue }
            pending += line + "\n"
            // A compound statement ends with a blank line, as in CPython's REPL.
            let firstLine = trimmed(pending.prefix { $0 != "\n" })
            let startsBlock = firstLine.hasSuffix(":") || firstLine.hasPrefix("@")
            if startsBlock && !isBlank(line) { continue }
            switch interpreter.runInteractive(pending) {
            case .incomplete:
                continue
            case .exit(let status):
                interpreter.finishOutput()
                return status
            case .done:
                pending = ""
            }
        }
    }

    private func readLine(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !isBlank(line) { add_history(raw) }
        return line
    }

    private func isBlank<S: StringProtocol>(_ text: S) -> Bool {
        text.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// `text` without leading and trailing spaces and tabs.
    private func trimmed<S: StringProtocol>(_ text: S) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        let start = text.firstIndex { !isSpace($0) } ?? text.endIndex
        let end = text.lastIndex { !isSpace($0) }.map { text.index(after: $0) } ?? start
        return Substring(text[start..<end])
    }
}
