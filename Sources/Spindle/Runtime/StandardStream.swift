import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A process-level output stream (stdout or stderr) that many Python
/// threads write to. Each `write` lands whole: text from two threads never
/// interleaves inside one call. Output is buffered and flushed when it
/// grows, on `flush()`, and at exit; writing to stderr flushes stdout first
/// so a terminal shows both in program order.
public final class StandardStream {
    public let fileDescriptor: Int32
    private let buffer = GuardedState<[UInt8]>([])
    private let limit: Int
    /// Flushed before every write to this stream (stdout, for stderr).
    private let flushFirst: StandardStream?

    public init(fileDescriptor: Int32, bufferLimit: Int, flushFirst: StandardStream? = nil) {
        self.fileDescriptor = fileDescriptor
        self.limit = bufferLimit
        self.flushFirst = flushFirst
    }

    public func write(_ text: String) {
        flushFirst?.flush()
        buffer.withLock { bytes in
            bytes.append(contentsOf: text.utf8)
            if bytes.count >= limit { Self.drain(&bytes, to: fileDescriptor) }
        }
    }

    public func flush() {
        buffer.withLock { Self.drain(&$0, to: fileDescriptor) }
    }

    private static func drain(_ bytes: inout [UInt8], to fd: Int32) {
        var offset = 0
        bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 {
                    if n < 0 && errno == EINTR { continue }
                    break
                }
                offset += n
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
