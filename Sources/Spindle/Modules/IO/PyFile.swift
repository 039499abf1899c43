/// A Python file object: what `open()` returns and what `sys.stdin`,
/// `sys.stdout` and `sys.stderr` are. Text files decode and encode UTF-8
/// and translate `\r\n` to `\n` on reading; binary files pass bytes.
///
/// `closed`, `name`, `mode` and `encoding` are kept as instance attributes
/// so scripts read them as plain attributes.
final class PyFile: PyInstance {
    /// Where the bytes go: an OS file, or one of the interpreter's shared
    /// output streams (whose writes land whole, so lines from different
    /// threads never interleave).
    enum Channel {
        case file(FileStream)
        case output(StandardStream)
    }

    let channel: Channel
    let isBinary: Bool
    let readable: Bool
    let writable: Bool

    init(cls: PyType, channel: Channel, name: Value, mode: String, binary: Bool,
         readable: Bool, writable: Bool) {
        self.channel = channel
        self.isBinary = binary
        self.readable = readable
        self.writable = writable
        super.init(cls: cls)
        setAttribute("name", name)
        setAttribute("mode", .str(mode))
        setAttribute("closed", .bool(false))
        if !binary { setAttribute("encoding", .str("UTF-8")) }
    }

    var isClosed: Bool {
        if case .file(let stream) = channel { return stream.isClosed }
        return attribute("closed").map { if case .bool(true) = $0 { return true }; return false } ?? false
    }

    // MARK: Checks

    func checkOpen() throws {
        if isClosed { throw PyError(.valueError, "I/O operation on closed file.") }
    }

    func checkReadable() throws -> FileStream {
        try checkOpen()
        guard readable, case .file(let stream) = channel else { throw IOModule.unsupported("not readable") }
        return stream
    }

    func checkWritable() throws {
        try checkOpen()
        guard writable else { throw IOModule.unsupported("not writable") }
    }

    /// Runs an OS-level operation, turning its failure into the Python `OSError`.
    func system<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as FileStream.SystemError {
            throw SystemErrors.error(failure.code)
        } catch is FileStream.Interrupted {
            throw PyError.keyboardInterrupt()
        }
    }

    // MARK: Operations

    func write(bytes: [UInt8]) throws {
        try checkWritable()
        switch channel {
        case .file(let stream): try system { try stream.write(bytes) }
        case .output(let out): out.write(String(decoding: bytes, as: UTF8.self))
        }
    }

    func write(text: String) throws {
        try checkWritable()
        switch channel {
        case .file(let stream): try system { try stream.write(Array(text.utf8)) }
        case .output(let out): out.write(text)
        }
    }

    func flush() throws {
        try checkOpen()
        switch channel {
        case .file(let stream): try system { try stream.flush() }
        case .output(let out): out.flush()
        }
    }

    func close() throws {
        switch channel {
        case .file(let stream): try system { try stream.close() }
        case .output(let out): out.flush()
        }
        setAttribute("closed", .bool(true))
    }

    /// Up to `count` characters (text) or bytes (binary); everything when nil.
    func readBytes(_ count: Int?) throws -> [UInt8] {
        let stream = try checkReadable()
        return try system { try stream.read(count) }
    }

    func readText(_ count: Int?) throws -> String {
        let stream = try checkReadable()
        guard let count else { return Self.decode(try system { try stream.read(nil) }) }
        var bytes: [UInt8] = []
        var characters = 0
        while characters < count {
            let chunk = try system { try stream.read(count - characters) }
            if chunk.isEmpty { break }
            bytes += chunk
            while let last = bytes.last, Self.isIncomplete(bytes), last != 0 {
                let more = try system { try stream.read(1) }
                if more.isEmpty { break }
                bytes += more
            }
            characters = Self.decode(bytes).unicodeScalars.count
        }
        return Self.decode(bytes)
    }

    func readLineBytes(limit: Int?) throws -> [UInt8] {
        let stream = try checkReadable()
        return try system { try stream.readLine(limit: limit) }
    }

    func readLineText(limit: Int?) throws -> String {
        Self.decode(try readLineBytes(limit: limit))
    }

    /// UTF-8 text with Windows line ends turned into `\n`.
    static func decode(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.contains("\r\n") ? text.split(separator: "\r\n", omittingEmptySubsequences: false)
            .joined(separator: "\n") : text
    }

    /// True when the bytes end inside a multi-byte UTF-8 sequence.
    private static func isIncomplete(_ bytes: [UInt8]) -> Bool {
        var i = bytes.count - 1
        var continuation = 0
        while i >= 0 && bytes[i] & 0xc0 == 0x80 && continuation < 3 { i -= 1; continuation += 1 }
        guard i >= 0 else { return false }
        let lead = bytes[i]
        let needed = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0
        return continuation < needed
    }
}
