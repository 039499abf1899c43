import CReadline
import Glibc
import Spindle

/// Connects readline's Tab key to `Interpreter.completions(for:)`.
/// readline calls plain C functions, so the interpreter and the current
/// candidate list live in file-level state owned by the REPL thread.
enum Completion {
    nonisolated(unsafe) static var interpreter: Interpreter?
    nonisolated(unsafe) static var candidates: [String] = []

    static func install(for interpreter: Interpreter) {
        Completion.interpreter = interpreter
        rl_attempted_completion_function = { text, _, _ in
            rl_attempted_completion_over = 1
            return rl_completion_matches(text) { word, state in
                if state == 0 {
                    let typed = word.map { String(cString: $0) } ?? ""
                    Completion.candidates = Completion.interpreter?.completions(for: typed) ?? []
                }
                let index = Int(state)
                guard index < Completion.candidates.count else { return nil }
                return strdup(Completion.candidates[index])
            }
        }
    }
}
