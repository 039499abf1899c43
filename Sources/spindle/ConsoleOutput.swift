import Glibc

/// The command's own I/O outside the interpreter (usage messages, the REPL
/// banner, reading a program from stdin), on raw file descriptors so that
/// the command needs nothing beyond the C library.
enum ConsoleOutput {
    static func write(_ text: String) {
        writeAll(text, to: 1)
    }

    static func writeError(_ text: String) {
        writeAll(text, to: 2)
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// Everything on stdin, decoded as UTF-8 (invalid bytes become U+FFFD).
    static func readStandardInput() -> String {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            data.append(contentsOf: chunk[..<count])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
