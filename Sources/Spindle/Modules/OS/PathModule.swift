#if canImport(Glibc)
import Glibc
import Synchronization
#endif

/// `os.path` (CPython's `posixpath`): pure string manipulation of POSIX
/// paths plus `stat`-based queries.
enum PathModule {
    /// The module object, one per interpreter, registered as both
    /// `posixpath` and `os.path` so `import os.path` finds it.
    static func shared(_ interpreter: Interpreter) -> PyModule {
        if let existing = interpreter.module(named: "posixpath") { return existing }
        let module = make(interpreter)
        interpreter.registerModule(module)
        interpreter.modules.withLock { $0["os.path"] = module }
        return module
    }

    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "posixpath")
        module.namespace["sep"] = .str("/")
        definePure(module)
        defineQueries(module)
        return module
    }

    // MARK: Pure path arithmetic

    static func join(_ first: String, _ rest: String...) -> String { join([first] + rest) }

    static func join(_ parts: [String]) -> String {
        var result = parts.first ?? ""
        for part in parts.dropFirst() {
            if part.hasPrefix("/") { result = part }
            else if result.isEmpty || result.hasSuffix("/") { result += part }
            else { result += "/" + part }
        }
        return result
    }

    /// `(head, tail)`: tail is everything after the last slash; head keeps
    /// its trailing slashes stripped unless it is all slashes.
    static func split(_ path: String) -> (head: String, tail: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        var head = String(path[...slash])
        let tail = String(path[path.index(after: slash)...])
        if head.contains(where: { $0 != "/" }) { while head.hasSuffix("/") { head.removeLast() } }
        return (head, tail)
    }

    static func splitExtension(_ path: String) -> (root: String, ext: String) {
        let name = split(path).tail
        guard let dot = name.lastIndex(of: "."), name[..<dot].contains(where: { $0 != "." }) else {
            return (path, "")
        }
        let ext = String(name[dot...])
        return (String(path.dropLast(ext.count)), ext)
    }

    static func normalize(_ path: String) -> String {
        if path.isEmpty { return "." }
        let initial = path.hasPrefix("//") && !path.hasPrefix("///") ? 2 : path.hasPrefix("/") ? 1 : 0
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." && (!parts.isEmpty && parts.last != "..") { parts.removeLast() }
            else if part == ".." && initial > 0 { continue }
            else { parts.append(part) }
        }
        let body = parts.joined(separator: "/")
        let result = String(repeating: "/", count: initial) + body
        return result.isEmpty ? "." : result
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return normalize(path) }
        var buffer = [CChar](repeating: 0, count: 4096)
        let cwd = getcwd(&buffer, buffer.count) != nil ? String(cString: buffer) : "/"
        return normalize(join(cwd, path))
    }

    static func expandUser(_ path: String) -> String {
        guard path.hasPrefix("~") else { return path }
        let end = path.firstIndex(of: "/") ?? path.endIndex
        guard path.index(after: path.startIndex) == end else { return path }
        let home = getenv("HOME").map { String(cString: $0) } ?? "/"
        let trimmed = home.count > 1 && home.hasSuffix("/") ? String(home.dropLast()) : home
        return trimmed + path[end...]
    }

    private static func definePure(_ m: PyModule) {
        func text(_ thread: ThreadState, _ v: Value, _ name: String) throws -> String {
            guard let s = v.asString else {
                throw PyError(.typeError, "expected str, bytes or os.PathLike object, not \(v.pyType.name)")
            }
            return s
        }
        m.defineFunction("join") { thread, args in
            let parts = try args.exactly("join", min: 1, max: Int.max).map { try text(thread, $0, "join") }
            return .str(join(parts))
        }
        m.defineUnary("split") { thread, v in
            let (head, tail) = split(try text(thread, v, "split"))
            return .tuple([.str(head), .str(tail)])
        }
        m.defineUnary("splitext") { thread, v in
            let (root, ext) = splitExtension(try text(thread, v, "splitext"))
            return .tuple([.str(root), .str(ext)])
        }
        m.defineUnary("basename") { thread, v in .str(split(try text(thread, v, "basename")).tail) }
        m.defineUnary("dirname") { thread, v in .str(split(try text(thread, v, "dirname")).head) }
        m.defineUnary("normpath") { thread, v in .str(normalize(try text(thread, v, "normpath"))) }
        m.defineUnary("abspath") { thread, v in .str(absolute(try text(thread, v, "abspath"))) }
        m.defineUnary("expanduser") { thread, v in .str(expandUser(try text(thread, v, "expanduser"))) }
        m.defineUnary("isabs") { thread, v in .bool(try text(thread, v, "isabs").hasPrefix("/")) }
        m.defineUnary("realpath") { thread, v in
            let path = try text(thread, v, "realpath")
            guard let resolved = realpath(path, nil) else { return .str(absolute(path)) }
            defer { free(resolved) }
            return .str(String(cString: resolved))
        }
    }

    // MARK: File-system queries

    static func status(_ path: String, follow: Bool = true) -> stat? {
        var info = stat()
        let result = follow ? stat(path, &info) : lstat(path, &info)
        return result == 0 ? info : nil
    }

    static func isDirectory(_ path: String) -> Bool {
        status(path).map { ($0.st_mode & S_IFMT) == S_IFDIR } ?? false
    }

    private static func defineQueries(_ m: PyModule) {
        func path(_ thread: ThreadState, _ v: Value, _ name: String) throws -> String {
            try thread.stringArgument(v, name)
        }
        m.defineUnary("exists") { thread, v in .bool(status(try path(thread, v, "exists")) != nil) }
        m.defineUnary("isdir") { thread, v in .bool(isDirectory(try path(thread, v, "isdir"))) }
        m.defineUnary("isfile") { thread, v in
            .bool(status(try path(thread, v, "isfile")).map { ($0.st_mode & S_IFMT) == S_IFREG } ?? false)
        }
        m.defineUnary("islink") { thread, v in
            .bool(status(try path(thread, v, "islink"), follow: false).map { ($0.st_mode & S_IFMT) == S_IFLNK } ?? false)
        }
        m.defineUnary("getsize") { thread, v in
            let p = try path(thread, v, "getsize")
            guard let info = status(p) else { throw SystemErrors.current(filename: p) }
            return .int(Int(info.st_size))
        }
        m.defineUnary("getmtime") { thread, v in
            let p = try path(thread, v, "getmtime")
            guard let info = status(p) else { throw SystemErrors.current(filename: p) }
            return .float(Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
        }
    }

    static let statFields = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                             "st_atime", "st_mtime", "st_ctime"]
    static let statType = try? RecordType.make(name: "stat_result", moduleName: "os", fields: statFields,
                                               reprName: "os.stat_result")

    /// `os.stat(path)` as an `os.stat_result` record.
    static func statResult(_ thread: ThreadState, _ path: String) throws -> Value {
        guard let info = status(path) else { throw SystemErrors.current(filename: path) }
        guard let type = statType else { throw PyError(.systemError, "stat_result unavailable") }
        let record = PyRecord(cls: type)
        let values: [Value] = [.int(Int(info.st_mode)), .int(Int(info.st_ino)), .int(Int(info.st_dev)),
                               .int(Int(info.st_nlink)), .int(Int(info.st_uid)), .int(Int(info.st_gid)),
                               .int(Int(info.st_size)), .float(Double(info.st_atim.tv_sec)),
                               .float(Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9),
                               .float(Double(info.st_ctim.tv_sec))]
        record.fill(values, fields: statFields)
        return .object(record)
    }
}
