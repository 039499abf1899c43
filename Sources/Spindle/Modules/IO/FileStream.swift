import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// An open operating-system file as `open()` returns it: a descriptor with
/// a read buffer (for `readline`) and a write buffer (flushed on `flush`,
/// `seek`, reads and `close`). Bytes only; the text layer decodes. All
/// state sits behind one mutex so threads may share a file object.
final class FileStream {
    /// What failed, with the C `errno`, for the Python-level `OSError`.
    struct SystemError: Error {
        let code: Int32
        var message: String { String(cString: strerror(code)) }
    }

    /// A blocking read was cut short by Ctrl-C (SIGINT) on the main thread.
    struct Interrupted: Error {}

    struct State {
        var descriptor: Int32
        var readBuffer: [UInt8] = []
        var readOffset = 0
        var writeBuffer: [UInt8] = []
        var closed = false
    }

    let name: String
    let readable: Bool
    let writable: Bool
    /// Descriptors 0–2 belong to the process and are never closed.
    private let ownsDescriptor: Bool
    private let state: GuardedState<State>
    private static let writeLimit = 8192

    init(descriptor: Int32, name: String, readable: Bool, writable: Bool, owns: Bool = true) {
        self.name = name
        self.readable = readable
        self.writable = writable
        self.ownsDescriptor = owns
        self.state = GuardedState(State(descriptor: descriptor))
        if writable { OpenFiles.register(self) }
    }

    /// Opens `path` with a Python mode's access flags (`r`, `w`, `a`, `x`, `+`).
    static func open(path: String, mode: FileMode) throws -> FileStream {
        var flags: Int32 = O_CLOEXEC
        switch (mode.readable, mode.writable) {
        case (true, true): flags |= O_RDWR
        case (false, true): flags |= O_WRONLY
        default: flags |= O_RDONLY
        }
        if mode.creates { flags |= O_CREAT }
        if mode.truncates { flags |= O_TRUNC }
        if mode.appends { flags |= O_APPEND }
        if mode.exclusive { flags |= O_EXCL }
        let fd = Glibc.open(path, flags, 0o666)
        if fd < 0 { throw SystemError(code: errno) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            Glibc.close(fd)
            throw SystemError(code: EISDIR)
        }
        return FileStream(descriptor: fd, name: path, readable: mode.readable, writable: mode.writable)
    }

    var isClosed: Bool { state.withLock { $0.closed } }
    var descriptor: Int32 { state.withLock { $0.descriptor } }

    // MARK: Writing

    func write(_ bytes: [UInt8]) throws {
        try state.withLock { s in
            s.writeBuffer.append(contentsOf: bytes)
            if s.writeBuffer.count >= Self.writeLimit { try Self.drain(&s) }
        }
    }

    func flush() throws {
        try state.withLock { try Self.drain(&$0) }
    }

    private static func drain(_ s: inout State) throws {
        guard !s.writeBuffer.isEmpty else { return }
        if s.readOffset < s.readBuffer.count {
            // Reposition to the logical offset before writing after a read.
            lseek(s.descriptor, off_t(s.readOffset - s.readBuffer.count), SEEK_CUR)
        }
        s.readBuffer.removeAll()
        s.readOffset = 0
        var offset = 0
        let pending = s.writeBuffer
        s.writeBuffer.removeAll(keepingCapacity: true)
        try pending.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = Glibc.write(s.descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw SystemError(code: errno)
                }
                offset += n
            }
        }
    }

    // MARK: Reading

    /// Fills the read buffer with one `read(2)`; false at end of file.
    private static func fill(_ s: inout State) throws -> Bool {
        try drain(&s)
        if s.readOffset > 0 {
            s.readBuffer.removeFirst(s.readOffset)
            s.readOffset = 0
        }
        try waitUntilReadable(s.descriptor)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(s.descriptor, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR {
                    if Interrupts.takePending() { throw Interrupted() }
                    continue
                }
                throw SystemError(code: errno)
            }
            s.readBuffer.append(contentsOf: chunk.prefix(n))
            return n > 0
        }
    }

    /// Blocks until `descriptor` has data (or end of file), waking every
    /// 100 ms so that Ctrl-C on the main thread interrupts a read from a
    /// terminal or pipe (the signal may be delivered to another thread,
    /// which would leave a plain `read(2)` blocked).
    private static func waitUntilReadable(_ descriptor: Int32) throws {
        var info = stat()
        if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG { return }
        let onMainThread = Waiter.current.isMain
        while true {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, 100)
            if ready > 0 || (ready < 0 && errno != EINTR) { return }
            if onMainThread && Interrupts.takePending() { throw Interrupted() }
        }
    }

    /// Up to `count` bytes, or everything left when `count` is nil.
    func read(_ count: Int?) throws -> [UInt8] {
        try state.withLock { s in
            while count.map({ s.readBuffer.count - s.readOffset < $0 }) ?? true {
                if try !Self.fill(&s) { break }
            }
            let available = s.readBuffer.count - s.readOffset
            let n = min(count ?? available, available)
            let result = Array(s.readBuffer[s.readOffset..<s.readOffset + n])
            s.readOffset += n
            return result
        }
    }

    /// Bytes up to and including the next `\n` (or to end of file).
    func readLine(limit: Int? = nil) throws -> [UInt8] {
        try state.withLock { s in
            while true {
                if let end = s.readBuffer[s.readOffset...].firstIndex(of: 10) {
                    return Self.take(&s, upTo: end + 1, limit: limit)
                }
                if let limit, s.readBuffer.count - s.readOffset >= limit {
                    return Self.take(&s, upTo: s.readBuffer.count, limit: limit)
                }
                if try !Self.fill(&s) { return Self.take(&s, upTo: s.readBuffer.count, limit: limit) }
            }
        }
    }

    private static func take(_ s: inout State, upTo end: Int, limit: Int?) -> [UInt8] {
        let stop = limit.map { min(end, s.readOffset + $0) } ?? end
        let line = Array(s.readBuffer[s.readOffset..<stop])
        s.readOffset = stop
        return line
    }

    // MARK: Positioning and closing

    func seek(_ offset: Int, whence: Int32) throws -> Int {
        try state.withLock { s in
            try Self.drain(&s)
            var target = off_t(offset)
            if whence == SEEK_CUR { target -= off_t(s.readBuffer.count - s.readOffset) }
            s.readBuffer.removeAll()
            s.readOffset = 0
            let result = lseek(s.descriptor, target, whence)
            if result < 0 { throw SystemError(code: errno) }
            return Int(result)
        }
    }

    func tell() throws -> Int {
        try state.withLock { s in
            let position = lseek(s.descriptor, 0, SEEK_CUR)
            if position < 0 { throw SystemError(code: errno) }
            return Int(position) - (s.readBuffer.count - s.readOffset) + s.writeBuffer.count
        }
    }

    func close() throws {
        if writable { OpenFiles.unregister(self) }
        try state.withLock { s in
            guard !s.closed else { return }
            defer {
                s.closed = true
                if ownsDescriptor { Glibc.close(s.descriptor) }
            }
            try Self.drain(&s)
        }
    }

    func isTerminal() -> Bool { isatty(descriptor) == 1 }

    deinit {
        try? close()
    }
}

/// A parsed `open()` mode string (`"r"`, `"w"`, `"a+"`, `"rb"`, `"x"`, …).
struct FileMode {
    var readable = false, writable = false, appends = false
    var creates = false, truncates = false, exclusive = false, binary = false
    let text: String

    /// Nil when the mode is not one Python accepts.
    init?(_ mode: String) {
        text = mode
        var primary: Character?
        for c in mode {
            switch c {
            case "r", "w", "a", "x":
                if primary != nil { return nil }
                primary = c
            case "+": if readable && writable { return nil }; readable = true; writable = true
            case "b": if binary { return nil }; binary = true
            case "t": if binary { return nil }
            case "U": break
            default: return nil
            }
        }
        switch primary {
        case "r": readable = true
        case "w": writable = true; creates = true; truncates = true
        case "a": writable = true; creates = true; appends = true
        case "x": writable = true; creates = true; exclusive = true
        default: return nil
        }
    }
}
