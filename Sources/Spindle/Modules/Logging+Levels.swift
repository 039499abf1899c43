import Synchronization

/// The level numbers and names of one interpreter's `logging` module
/// (`CRITICAL`=50 … `NOTSET`=0), extended by `addLevelName`.
final class LogLevels {
    static let critical = 50, error = 40, warning = 30, info = 20, debug = 10, notSet = 0

    private struct Table {
        var names: [Int: String] = [
            50: "CRITICAL", 40: "ERROR", 30: "WARNING", 20: "INFO", 10: "DEBUG", 0: "NOTSET",
        ]
        var numbers: [String: Int] = [
            "CRITICAL": 50, "FATAL": 50, "ERROR": 40, "WARN": 30, "WARNING": 30,
            "INFO": 20, "DEBUG": 10, "NOTSET": 0,
        ]
    }

    private let table = GuardedState(Table())
    /// Set once `addLevelName` is used; until then names come from a switch, without a lock.
    private let customized = Atomic<Bool>(false)

    /// The record's `levelname` for `level`: its registered name or `Level N`.
    func name(of level: Int) -> String {
        if !customized.load(ordering: .acquiring) {
            switch level {
            case 50: return "CRITICAL"
            case 40: return "ERROR"
            case 30: return "WARNING"
            case 20: return "INFO"
            case 10: return "DEBUG"
            case 0: return "NOTSET"
            default: return "Level \(level)"
            }
        }
        return table.withLock { $0.names[level] } ?? "Level \(level)"
    }

    func add(_ level: Int, _ name: String) {
        table.withLock { t in
            t.names[level] = name
            t.numbers[name] = level
        }
        customized.store(true, ordering: .releasing)
    }

    /// `getLevelName(level)`: a name for a number, a number for a name, or `Level x`.
    func lookup(_ thread: ThreadState, _ level: Value) throws -> Value {
        if case .int(let n) = level, let name = table.withLock({ $0.names[n] }) {
            return .str(name)
        }
        if let text = level.asString, let n = table.withLock({ $0.numbers[text] }) {
            return .int(n)
        }
        return .str("Level " + (try LogRuntime.str(thread, level)))
    }

    /// CPython's `_checkLevel`: an int as is, a registered name as its number.
    func check(_ thread: ThreadState, _ level: Value) throws -> Int {
        switch level {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        default:
            if let text = level.asString {
                guard let n = table.withLock({ $0.numbers[text] }) else {
                    throw PyError(.valueError, "Unknown level: '\(text)'")
                }
                return n
            }
            let shown = try LogRuntime.repr(thread, level)
            throw PyError(.typeError, "Level not an integer or a valid string: \(shown)")
        }
    }
}
