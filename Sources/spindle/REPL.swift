import CReadline
import Foundation
import Spindle

/// The interactive prompt: reads lines with readline (`>>> ` for a new
/// statement, `... ` while a block or bracket is open), keeps history, and
/// completes names with Tab, and hands each complete input to `Interpreter.runInteractive`.
struct REPL {
    let interpreter: Interpreter

    func run() -> Int32 {
        FileHandle.standardError.write("Spindle 0.1.0 (Python 3 semantics, no GIL)\n".data(using: .utf8)!)
        Completion.install(for: interpreter)
        var pending = ""
        while true {
            guard let line = readLine(prompt: pending.isEmpty ? ">>> " : "... ") else {
                FileHandle.standardError.write("\n".data(using: .utf8)!)
                interpreter.finishOutput()
                return 0
            }
            if pending.isEmpty && line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            pending += line + "\n"
            // A compound statement ends with a blank line, as in CPython's REPL.
            let firstLine = pending.prefix { $0 != "\n" }.trimmingCharacters(in: .whitespaces)
            let startsBlock = firstLine.hasSuffix(":") || firstLine.hasPrefix("@")
            if startsBlock && !line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
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
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { add_history(raw) }
        return line
    }
}
