#if canImport(Glibc)
import Glibc
#endif

/// Turns a C `errno` into the Python exception CPython raises for it:
/// the `OSError` subclass for that code, `args == (errno, strerror)`, and
/// the `errno`/`strerror`/`filename` attributes, so it prints as
/// `[Errno 2] No such file or directory: 'x'`.
enum SystemErrors {
    static func type(for code: Int32) -> PyType {
        switch code {
        case ENOENT: return .fileNotFoundError
        case EEXIST: return .fileExistsError
        case EACCES, EPERM: return .permissionError
        case EISDIR: return .isADirectoryError
        case ENOTDIR: return .notADirectoryError
        case ETIMEDOUT: return .timeoutError
        default: return .osError
        }
    }

    static func error(_ code: Int32, filename: String? = nil, filename2: String? = nil) -> PyError {
        let message = String(cString: strerror(code))
        let error = PyError(type(for: code), args: [.int(Int(code)), .str(message)])
        let exception = error.exception
        exception.setField("errno", .int(Int(code)))
        exception.setField("strerror", .str(message))
        exception.setField("filename", filename.map { .str($0) })
        exception.setField("filename2", filename2.map { .str($0) })
        return error
    }

    /// The error for the current `errno`.
    static func current(filename: String? = nil) -> PyError { error(errno, filename: filename) }
}
