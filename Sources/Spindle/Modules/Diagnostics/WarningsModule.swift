import Synchronization

/// The `warnings` module: `warn` with CPython's filters (`error`,
/// `ignore`, `always`, `default`, `module`, `once`), `filterwarnings`,
/// `simplefilter`, `resetwarnings`, `catch_warnings`, `formatwarning`,
/// and `showwarning` (which scripts and `logging.captureWarnings` may replace).
///
/// The filters are the module's `filters` list of
/// `(action, message, category, module, lineno)` tuples, newest first.
final class WarningsState {
    let module: PyModule
    let filters = PyList()
    /// Warnings already shown, for the `default`/`module` actions (cleared
    /// when the filters change) and the `once` action (never cleared).
    private let shown = GuardedState((perLocation: Set<String>(), once: Set<String>()))
    let originalShow: Value

    init(module: PyModule, originalShow: Value) {
        self.module = module
        self.originalShow = originalShow
    }

    func filtersChanged() { shown.withLock { $0.perLocation.removeAll() } }

    /// Records a showing; false when it was shown before under `action`'s rule.
    func firstTime(_ action: String, text: String, category: PyType, file: String, line: Int) -> Bool {
        let base = "\(text)\u{0}\(ObjectIdentifier(category).hashValue)"
        return shown.withLock { s in
            switch action {
            case "once": return s.once.insert(base).inserted
            case "module": return s.perLocation.insert("\(base)\u{0}\(file)").inserted
            default: return s.perLocation.insert("\(base)\u{0}\(file)\u{0}\(line)").inserted
            }
        }
    }
}

enum WarningsModule {
    static let actions: Set<String> = ["error", "ignore", "always", "default", "module", "once"]

    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "warnings")
        let show = PyNativeFunction("showwarning") { thread, args in
            let slots = try args.bind("showwarning", ["message", "category", "filename", "lineno", "file", "line"],
                                      required: 4)
            let text = try formatted(thread, slots[0]!, slots[1]!, slots[2]!, slots[3]!, slots[5])
            try TracebackModule.emit(thread, text, to: slots[4])
            return .None
        }
        let state = WarningsState(module: module, originalShow: .object(show))
        module.namespace["filters"] = .object(state.filters)
        module.namespace["showwarning"] = .object(show)
        module.namespace["_showwarnmsg"] = .None
        installDefaultFilters(state)
        defineFilterFunctions(module, state)
        module.defineFunction("warn") { thread, args in
            let slots = try args.bind("warn", ["message", "category", "stacklevel", "source"], required: 1)
            try warn(thread, state, message: slots[0]!, category: slots[1])
            return .None
        }
        module.defineFunction("formatwarning") { thread, args in
            let slots = try args.bind("formatwarning", ["message", "category", "filename", "lineno", "line"], required: 4)
            return .str(try formatted(thread, slots[0]!, slots[1]!, slots[2]!, slots[3]!, slots[4]))
        }
        module.namespace["catch_warnings"] = .object(CatchWarnings.type(state))
        module.namespace["WarningMessage"] = .object(CatchWarnings.messageType)
        return module
    }

    private static func installDefaultFilters(_ state: WarningsState) {
        state.filters.append(.tuple([.str("default"), .None, .object(PyType.deprecationWarning), .str("__main__"), .int(0)]))
        state.filters.append(.tuple([.str("ignore"), .None, .object(PyType.deprecationWarning), .None, .int(0)]))
    }

    /// `file:line: Category: message\n  source line\n`.
    static func formatted(_ thread: ThreadState, _ message: Value, _ category: Value, _ file: Value,
                          _ line: Value, _ sourceLine: Value?) throws -> String {
        let name = try (category.asObject as? PyType)?.name ?? thread.str(category)
        var text = "\(try thread.str(file)):\(try thread.str(line)): \(name): \(try thread.str(message))\n"
        var source = sourceLine.flatMap { $0.asString }
        if source == nil, let path = file.asString, case .int(let n) = line {
            source = SourceLines.line(path, n)
        }
        if let source {
            let trimmed = source.trimmingWhitespace
            if !trimmed.isEmpty { text += "  \(trimmed)\n" }
        }
        return text
    }
}

extension String {
    /// The text without leading and trailing whitespace.
    var trimmingWhitespace: String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}

/// Reads one line of a source file for warning output.
enum SourceLines {
    static func line(_ path: String, _ number: Int) -> String? {
        guard number >= 1, let text = try? FileStream.open(path: path, mode: FileMode("r")!).read(nil) else { return nil }
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return number <= lines.count ? String(lines[number - 1]) : nil
    }
}
