#if canImport(Glibc)
import Glibc
#endif

/// The `os` module: process facts, the environment, and the file-system
/// operations scripts commonly use; `os.path` lives in `PathModule`.
enum OSModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "os")
        let ns = module.namespace
        ns["name"] = .str("posix")
        ns["sep"] = .str("/")
        ns["altsep"] = .None
        ns["linesep"] = .str("\n")
        ns["curdir"] = .str(".")
        ns["pardir"] = .str("..")
        ns["extsep"] = .str(".")
        ns["pathsep"] = .str(":")
        ns["devnull"] = .str("/dev/null")
        ns["environ"] = .object(environment())
        ns["path"] = .object(PathModule.shared(interpreter))
        ns["error"] = .object(PyType.osError)
        defineProcess(module)
        defineFileSystem(module)
        return module
    }

    /// `os.environ` as a dict (a snapshot of the environment at import).
    private static func environment() -> PyDict {
        let dict = PyDict()
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let eq = text.firstIndex(of: "=") {
                dict.set(String(text[..<eq]), .str(String(text[text.index(after: eq)...])))
            }
            entry += 1
        }
        return dict
    }

    /// Runs a C call that returns -1 on failure, raising the matching OSError.
    static func check(_ result: Int32, _ path: String, _ path2: String? = nil) throws {
        if result != 0 { throw SystemErrors.error(errno, filename: path, filename2: path2) }
    }

    private static func defineProcess(_ m: PyModule) {
        m.defineFunction("getpid") { _, _ in .int(Int(getpid())) }
        m.defineFunction("getppid") { _, _ in .int(Int(getppid())) }
        m.defineFunction("cpu_count") { _, _ in .int(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
        m.defineFunction("getcwd") { _, _ in
            var buffer = [CChar](repeating: 0, count: 4096)
            guard getcwd(&buffer, buffer.count) != nil else { throw SystemErrors.current() }
            return .str(String(cString: buffer))
        }
        m.defineUnary("chdir") { thread, value in
            let path = try thread.stringArgument(value, "chdir")
            try check(chdir(path), path)
            return .None
        }
        m.defineFunction("getenv") { thread, args in
            let slots = try args.bind("getenv", ["key", "default"], required: 1)
            let key = try thread.stringArgument(slots[0]!, "getenv")
            let environ = m.namespace["environ"]
            if let dict = environ?.asObject as? PyDict, let value = dict.get(key) { return value }
            return slots[1] ?? .None
        }
        m.defineUnary("urandom") { thread, value in
            let n = try thread.indexArgument(value)
            guard n >= 0 else { throw PyError(.valueError, "negative argument not allowed") }
            var generator = SystemRandomNumberGenerator()
            return .bytes((0..<n).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
    }

    private static func defineFileSystem(_ m: PyModule) {
        m.defineFunction("listdir") { thread, args in
            let a = try args.exactly("listdir", min: 0, max: 1)
            let path = a.first.map { try? thread.stringArgument($0, "listdir") } ?? "."
            return .list(try listDirectory(path ?? ".").map { .str($0) })
        }
        for name in ["remove", "unlink"] {
            m.defineUnary(name) { thread, value in
                let path = try thread.stringArgument(value, name)
                try check(unlink(path), path)
                return .None
            }
        }
        m.defineUnary("rmdir") { thread, value in
            let path = try thread.stringArgument(value, "rmdir")
            try check(rmdir(path), path)
            return .None
        }
        m.defineFunction("mkdir") { thread, args in
            let slots = try args.bind("mkdir", ["path", "mode"], required: 1)
            let path = try thread.stringArgument(slots[0]!, "mkdir")
            let mode = try slots[1].map(thread.indexArgument) ?? 0o777
            try check(mkdir(path, mode_t(truncatingIfNeeded: mode)), path)
            return .None
        }
        m.defineFunction("makedirs") { thread, args in
            let slots = try args.bind("makedirs", ["name", "mode", "exist_ok"], required: 1)
            let path = try thread.stringArgument(slots[0]!, "makedirs")
            let mode = try slots[1].map(thread.indexArgument) ?? 0o777
            let existOK = try slots[2].map(thread.isTrue) ?? false
            try makeDirectories(path, mode: mode_t(truncatingIfNeeded: mode), existOK: existOK)
            return .None
        }
        for name in ["rename", "replace"] {
            m.defineFunction(name) { thread, args in
                let a = try args.exactly(name, min: 2, max: 2)
                let (from, to) = (try thread.stringArgument(a[0], name), try thread.stringArgument(a[1], name))
                try check(rename(from, to), from, to)
                return .None
            }
        }
        m.defineUnary("stat") { thread, value in
            try PathModule.statResult(thread, try thread.stringArgument(value, "stat"))
        }
        m.defineFunction("walk") { thread, args in
            let slots = try args.bind("walk", ["top", "topdown", "onerror", "followlinks"], required: 1)
            let top = try thread.stringArgument(slots[0]!, "walk")
            let topDown = try slots[1].map(thread.isTrue) ?? true
            let followLinks = try slots[3].map(thread.isTrue) ?? false
            return .object(try thread.iterate(.list(walk(top, topDown: topDown, followLinks: followLinks))))
        }
    }

    static func listDirectory(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw SystemErrors.current(filename: path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func makeDirectories(_ path: String, mode: mode_t, existOK: Bool) throws {
        let parent = PathModule.split(path).head
        if !parent.isEmpty && parent != path && !PathModule.isDirectory(parent) {
            try makeDirectories(parent, mode: mode, existOK: true)
        }
        if mkdir(path, mode) != 0 {
            let code = errno
            if code == EEXIST && existOK && PathModule.isDirectory(path) { return }
            throw SystemErrors.error(code, filename: path)
        }
    }

    /// `os.walk` as a list of `(dirpath, dirnames, filenames)` tuples.
    /// Symbolic links to directories are listed but, as in CPython, only
    /// descended into with `followlinks=True`.
    private static func walk(_ top: String, topDown: Bool, followLinks: Bool) throws -> [Value] {
        guard let names = try? listDirectory(top) else { return [] }
        var directories: [String] = [], files: [String] = []
        for name in names {
            if PathModule.isDirectory(PathModule.join(top, name)) { directories.append(name) } else { files.append(name) }
        }
        let entry = Value.tuple([.str(top), .list(directories.map { .str($0) }), .list(files.map { .str($0) })])
        var result: [Value] = topDown ? [entry] : []
        for directory in directories {
            let path = PathModule.join(top, directory)
            let isLink = PathModule.status(path, follow: false).map { ($0.st_mode & S_IFMT) == S_IFLNK } ?? false
            if isLink && !followLinks { continue }
            result += try walk(path, topDown: topDown, followLinks: followLinks)
        }
        if !topDown { result.append(entry) }
        return result
    }
}
