#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on UTF-8 bytes. Because UTF-8 is self-synchronising,
/// a byte match of valid UTF-8 text is always a code-point match, so `str`
/// methods search bytes and convert offsets to code-point indices only
/// when they report a position.
enum StrSearch {
    /// Byte offset of the first occurrence of `needle` in `hay[from..<to]`.
    static func find(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                     from: Int = 0, to: Int? = nil) -> Int? {
        let end = min(to ?? hay.count, hay.count)
        let n = needle.count
        if n == 0 { return from <= end ? from : nil }
        guard end - from >= n, let first = needle.first else { return nil }
        var i = max(from, 0)
        if n == 1 { return findByte(hay, first, from: i, to: end) }
        let last = end - n
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < n && hay[i + j] == needle[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }

    /// Byte offset of the first `byte` in `hay[from..<to]` (the C library's `memchr`).
    @inline(__always)
    static func findByte(_ hay: UnsafeBufferPointer<UInt8>, _ byte: UInt8, from: Int, to end: Int) -> Int? {
        guard from < end, let base = hay.baseAddress else { return nil }
        guard let hit = memchr(base + from, Int32(byte), end - from) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// Byte offset of the last occurrence of `needle` in `hay[from..<to]`.
    static func rfind(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                      from: Int = 0, to: Int? = nil) -> Int? {
        let end = min(to ?? hay.count, hay.count)
        let n = needle.count
        if n == 0 { return from <= end ? end : nil }
        var i = end - n
        while i >= max(from, 0) {
            var j = 0
            while j < n && hay[i + j] == needle[j] { j += 1 }
            if j == n { return i }
            i -= 1
        }
        return nil
    }

    static func find(_ hay: String, _ needle: String) -> Int? {
        var h = hay, n = needle
        return h.withUTF8 { hb in n.withUTF8 { nb in find(hb, nb) } }
    }

    static func find(_ hay: [UInt8], _ needle: [UInt8]) -> Int? {
        hay.withUnsafeBufferPointer { hb in needle.withUnsafeBufferPointer { nb in find(hb, nb) } }
    }

    /// Number of non-overlapping occurrences.
    static func count(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                      from: Int, to: Int) -> Int {
        if needle.isEmpty { return 0 }
        var n = 0
        var i = from
        while let at = find(hay, needle, from: i, to: to) {
            n += 1
            i = at + needle.count
        }
        return n
    }
}
