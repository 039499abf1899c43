#if canImport(Glibc)
import Glibc
#endif

/// The `tempfile` module: `gettempdir`, `mkdtemp`, `mkstemp`.
enum TempfileModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "tempfile")
        module.defineFunction("gettempdir") { _, _ in .str(temporaryDirectory()) }
        module.defineFunction("mkdtemp") { thread, args in
            let (suffix, prefix, directory) = try names(thread, args, "mkdtemp")
            var template = Array("\(directory)/\(prefix)XXXXXXXX".utf8CString)
            guard mkdtemp(&template) != nil else { throw SystemErrors.current(filename: directory) }
            let made = String(cString: template)
            guard !suffix.isEmpty else { return .str(made) }
            try OSModule.check(rename(made, made + suffix), made)
            return .str(made + suffix)
        }
        module.defineFunction("mkstemp") { thread, args in
            let (suffix, prefix, directory) = try names(thread, args, "mkstemp")
            var template = Array("\(directory)/\(prefix)XXXXXXXX\(suffix)".utf8CString)
            let fd = mkstemps(&template, Int32(suffix.utf8.count))
            guard fd >= 0 else { throw SystemErrors.current(filename: directory) }
            return .tuple([.int(Int(fd)), .str(String(cString: template))])
        }
        return module
    }

    static func temporaryDirectory() -> String {
        for variable in ["TMPDIR", "TEMP", "TMP"] {
            if let value = getenv(variable).map({ String(cString: $0) }), PathModule.isDirectory(value) {
                return value
            }
        }
        return "/tmp"
    }

    /// `(suffix, prefix, dir)` with CPython's defaults (`""`, `"tmp"`, gettempdir()).
    private static func names(_ thread: ThreadState, _ args: Arguments, _ function: String) throws -> (String, String, String) {
        let slots = try args.bind(function, ["suffix", "prefix", "dir", "text"], required: 0)
        func text(_ v: Value?, _ fallback: String) throws -> String {
            guard let v, !v.isNone else { return fallback }
            return try thread.stringArgument(v, function)
        }
        return (try text(slots[0], ""), try text(slots[1], "tmp"), try text(slots[2], temporaryDirectory()))
    }
}
