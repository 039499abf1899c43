/// `str` algorithms on UTF-8 bytes. A byte match of valid UTF-8 is a
/// code-point match, so splitting and replacing never need code-point
/// indices; whitespace splitting on bytes is used for ASCII text only.
enum ByteText {
    /// `s.split(sep, maxsplit)` / `s.rsplit(...)`; `sep` is non-empty.
    /// `ascii` tells that `s` is ASCII, so the pieces' lengths are known.
    static func split(_ s: String, _ sep: String, _ maxSplits: Int, fromRight: Bool, ascii: Bool = false) -> [Value] {
        var s = s, sep = sep
        return s.withUTF8 { hay in
            sep.withUTF8 { needle in
                var pieces: [Value] = []
                if fromRight {
                    var end = hay.count
                    while pieces.count < maxSplits, let at = StrSearch.rfind(hay, needle, from: 0, to: end) {
                        pieces.append(piece(hay, at + needle.count, end, ascii))
                        end = at
                    }
                    pieces.append(piece(hay, 0, end, ascii))
                    pieces.reverse()
                } else {
                    if needle.count == 1 {
                        pieces.reserveCapacity(min(maxSplits, occurrences(of: needle[0], in: hay)) + 1)
                    }
                    var start = 0
                    while pieces.count < maxSplits, let at = StrSearch.find(hay, needle, from: start, to: hay.count) {
                        pieces.append(piece(hay, start, at, ascii))
                        start = at + needle.count
                    }
                    pieces.append(piece(hay, start, hay.count, ascii))
                }
                return pieces
            }
        }
    }

    /// How many times `byte` occurs in `hay`.
    private static func occurrences(of byte: UInt8, in hay: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0, i = 0
        while let at = StrSearch.findByte(hay, byte, from: i, to: hay.count) {
            n += 1
            i = at + 1
        }
        return n
    }

    /// Python's whitespace among the ASCII bytes (`str.isspace`).
    @inline(__always)
    static func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31) }

    /// `s.split()` for ASCII text: runs of ASCII whitespace separate words.
    static func splitWhitespace(_ s: String, _ maxSplits: Int, fromRight: Bool) -> [Value] {
        var s = s
        return s.withUTF8 { b in
            var pieces: [Value] = []
            if fromRight {
                var end = b.count
                while true {
                    while end > 0 && isSpace(b[end - 1]) { end -= 1 }
                    if end == 0 { break }
                    if pieces.count == maxSplits { pieces.append(piece(b, 0, end, true)); break }
                    var start = end
                    while start > 0 && !isSpace(b[start - 1]) { start -= 1 }
                    pieces.append(piece(b, start, end, true))
                    end = start
                }
                return pieces.reversed()
            }
            var i = 0
            while true {
                while i < b.count && isSpace(b[i]) { i += 1 }
                if i == b.count { break }
                if pieces.count == maxSplits { pieces.append(piece(b, i, b.count, true)); break }
                var j = i
                while j < b.count && !isSpace(b[j]) { j += 1 }
                pieces.append(piece(b, i, j, true))
                i = j
            }
            return pieces
        }
    }

    /// `s.replace(old, new, limit)` with a non-empty `old` and `limit > 0`.
    static func replace(_ s: String, _ old: String, _ new: String, limit: Int) -> String {
        var s = s, old = old
        return s.withUTF8 { hay in
            old.withUTF8 { needle in
                var out = [UInt8]()
                out.reserveCapacity(hay.count)
                var remaining = limit, i = 0
                while remaining > 0, let at = StrSearch.find(hay, needle, from: i, to: hay.count) {
                    out.append(contentsOf: hay[i..<at])
                    out.append(contentsOf: new.utf8)
                    i = at + needle.count
                    remaining -= 1
                }
                if i == 0 && remaining == limit { return String(decoding: hay, as: UTF8.self) }
                out.append(contentsOf: hay[i...])
                return String(decoding: out, as: UTF8.self)
            }
        }
    }

    /// The str of `b[start..<end]`; `ascii` when the bytes are known to be ASCII.
    private static func piece(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ ascii: Bool) -> Value {
        if end - start == 1 && b[start] < 128 { return .object(PyStr.asciiCharacters[Int(b[start])]) }
        if end == start { return .object(PyStr.empty) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        return .object(ascii ? PyStr(text, count: end - start) : PyStr(text))
    }

    /// A string of `capacity` UTF-8 bytes written by `fill` (which must write
    /// exactly that many bytes of valid UTF-8).
    static func build(capacity: Int, _ fill: (inout ByteWriter) -> Void) -> String {
        String(unsafeUninitializedCapacity: capacity) { buffer in
            var writer = ByteWriter(buffer: buffer)
            fill(&writer)
            return writer.position
        }
    }
}

/// Appends bytes to a preallocated buffer (see `ByteText.build`).
struct ByteWriter {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var position = 0

    init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let room = min(bytes.count, buffer.count - position)
        guard room > 0, let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
        (target + position).update(from: source, count: room)
        position += room
    }
}
