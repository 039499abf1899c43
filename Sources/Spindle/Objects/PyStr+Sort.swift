#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sorting a list of strs (`keys.sort()`): every str's UTF-8 bytes are
/// copied once into one flat buffer, and the indices are sorted comparing
/// byte spans with `memcmp` (UTF-8 byte order is code-point order), so no
/// comparison copies a Swift string or touches a reference count.
extension HomogeneousSort {
    /// The stable order of `keys`, which must all be exact strs (nil otherwise).
    static func orderStrs(_ keys: ContiguousArray<Value>, reverse: Bool) -> [Int]? {
        var bytes: [UInt8] = []
        var spans: [(start: Int, count: Int)] = []
        spans.reserveCapacity(keys.count)
        for key in keys {
            guard let s = key.asPyStr else { return nil }
            let start = bytes.count
            bytes.append(contentsOf: s.value.utf8)
            spans.append((start, bytes.count - start))
        }
        var order = Array(0..<keys.count)
        bytes.withUnsafeBufferPointer { flat in
            spans.withUnsafeBufferPointer { span in
                order.sort { x, y in
                    let a = span[x], b = span[y]
                    let shared = min(a.count, b.count)
                    if shared > 0, let base = flat.baseAddress {
                        let c = memcmp(base + a.start, base + b.start, shared)
                        if c != 0 { return reverse ? c > 0 : c < 0 }
                    }
                    if a.count != b.count { return reverse ? a.count > b.count : a.count < b.count }
                    return x < y
                }
            }
        }
        return order
    }
}
