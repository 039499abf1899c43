#if canImport(Glibc)
import Glibc
#endif

/// The file a `FileHandler` writes: opened with `open(2)` in append or
/// truncate mode; each record goes out in one `write(2)`, so lines from
/// different handlers on the same file never interleave and nothing is
/// left in a buffer at exit.
final class LogFile {
    let path: String
    private var descriptor: Int32
    /// Bytes in the file, for `RotatingFileHandler`'s size test.
    private(set) var size: Int

    /// Opens `path`; `mode` is a Python file mode (`a`, `w`, `a+`, …).
    init(path: String, mode: String) throws {
        self.path = path
        var flags = O_WRONLY | O_CREAT | O_CLOEXEC
        flags |= mode.hasPrefix("w") ? O_TRUNC : O_APPEND
        let fd = open(path, flags, 0o644)
        guard fd >= 0 else { throw LogFile.openError(path) }
        descriptor = fd
        var info = stat()
        size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
    }

    deinit { close() }

    var isOpen: Bool { descriptor >= 0 }

    /// Writes `text` (UTF-8) in one call, retrying partial writes.
    func write(_ text: String) throws {
        guard descriptor >= 0 else { throw PyError(.valueError, "I/O operation on closed file.") }
        var text = text
        let count = try text.withUTF8 { buffer -> Int in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw PyError(.osError, args: [.int(Int(errno)), .str(String(cString: strerror(errno)))])
                }
                offset += n
            }
            return buffer.count
        }
        size += count
    }

    func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }

    static func openError(_ path: String) -> PyError {
        let code = errno
        let type: PyType
        switch code {
        case ENOENT: type = .fileNotFoundError
        case EACCES, EPERM: type = .permissionError
        case EISDIR: type = .isADirectoryError
        case ENOTDIR: type = .notADirectoryError
        default: type = .osError
        }
        let error = PyError(type, args: [.int(Int(code)), .str(String(cString: strerror(code)))])
        error.exception.setAttribute("filename", .str(path))
        return error
    }

    // MARK: Paths

    /// `os.path.abspath(path)`.
    static func absolutePath(_ path: String) -> String {
        var full = path
        if !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let cwd = getcwd(&buffer, buffer.count).map { _ in String(cString: buffer) } ?? ""
            full = cwd + "/" + path
        }
        var parts: [Substring] = []
        for part in full.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    static func remove(_ path: String) { unlink(path) }

    static func rename(_ from: String, _ to: String) { Glibc.rename(from, to) }

    /// Modification time of `path`, if it exists.
    static func modificationTime(_ path: String) -> Double? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Double(info.st_mtim.tv_sec)
    }

    /// The names in directory `path`.
    static func directoryEntries(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}

/// Settings of `RotatingFileHandler` and `TimedRotatingFileHandler`.
struct LogRotation {
    var maxBytes = 0
    var backupCount = 0
    /// Timed rotation: the unit letter (`S`, `M`, `H`, `D`, `MIDNIGHT`, `W0`…),
    /// the interval in seconds, the next rollover time and the name suffix.
    var when = "H"
    var interval = 3600.0
    var rolloverAt = 0.0
    var suffix = "%Y-%m-%d_%H"
    var utc = false
    var weekday = 0
}
