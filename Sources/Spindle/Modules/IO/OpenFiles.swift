import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The writable files still open, so their buffered output reaches the
/// disk when the process exits without closing them (CPython flushes
/// them at shutdown too). Entries are weak: a file that is collected
/// flushes itself in `deinit`.
enum OpenFiles {
    private final class Entry {
        weak var stream: FileStream?
        init(_ stream: FileStream) { self.stream = stream }
    }

    private static let table = GuardedState<[ObjectIdentifier: Entry]>([:])

    /// Registers the exit hook the first time a writable file is opened.
    private static let exitHook: Void = {
        atexit { OpenFiles.flushAll() }
    }()

    static func register(_ stream: FileStream) {
        _ = exitHook
        table.withLock { $0[ObjectIdentifier(stream)] = Entry(stream) }
    }

    static func unregister(_ stream: FileStream) {
        table.withLock { _ = $0.removeValue(forKey: ObjectIdentifier(stream)) }
    }

    /// Flushes every registered file (errors are ignored: the process is ending).
    static func flushAll() {
        let streams = table.withLock { $0.values.compactMap { $0.stream } }
        for stream in streams { try? stream.flush() }
    }
}
