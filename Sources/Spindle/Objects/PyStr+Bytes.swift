/// `str` operations on the UTF-8 bytes, used by the fast method paths:
/// searching and replacing need no code-point arrays (a byte match of valid
/// UTF-8 is a code-point match), and ASCII text is case-mapped and
/// stripped byte by byte.
extension PyStr {
    /// `s.find(sub)`: the code-point index of the first occurrence.
    func find(_ sub: PyStr) -> Int? {
        var hayText = value, needleText = sub.value
        return hayText.withUTF8 { hay in
            needleText.withUTF8 { needle -> Int? in
                guard let at = StrSearch.find(hay, needle) else { return nil }
                if isASCII { return at }
                return PyStr.scalarCount(UnsafeBufferPointer(rebasing: hay[..<at]))
            }
        }
    }

    /// `sub in s`.
    func contains(_ sub: PyStr) -> Bool {
        if sub.value.isEmpty { return true }
        return StrSearch.find(value, sub.value) != nil
    }

    /// `s.replace(old, new)` for a non-empty `old`; `self` when nothing matches.
    func replacing(_ old: PyStr, with new: PyStr) -> PyStr {
        var hayText = value, oldText = old.value, newText = new.value
        return hayText.withUTF8 { hay in
            oldText.withUTF8 { needle in
                newText.withUTF8 { replacement in
                    guard var at = StrSearch.find(hay, needle) else { return self }
                    var out = [UInt8]()
                    out.reserveCapacity(hay.count + max(0, replacement.count - needle.count) * 4)
                    var start = 0
                    while true {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[start..<at]))
                        out.append(contentsOf: replacement)
                        start = at + needle.count
                        guard let next = StrSearch.find(hay, needle, from: start, to: hay.count) else { break }
                        at = next
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[start...]))
                    let text = String(decoding: out, as: UTF8.self)
                    return isASCII && new.isASCII ? PyStr(text, count: out.count) : PyStr(text)
                }
            }
        }
    }

    /// `upper()`/`lower()` of ASCII text; `self` when no letter changes.
    func asciiCaseMapped(upper: Bool) -> PyStr {
        let from: ClosedRange<UInt8> = upper ? 97...122 : 65...90
        var text = value
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { from.contains($0) }) else { return self }
            let mapped = String(unsafeUninitializedCapacity: bytes.count) { out in
                for i in 0..<bytes.count {
                    let b = bytes[i]
                    out[i] = i >= first && from.contains(b) ? b ^ 0x20 : b
                }
                return bytes.count
            }
            return PyStr(mapped, count: bytes.count)
        }
    }

    /// `strip()`/`lstrip()`/`rstrip()` of ASCII text (Python's ASCII whitespace).
    func asciiStripped(left: Bool, right: Bool) -> PyStr {
        var text = value
        let (start, end) = text.withUTF8 { bytes -> (Int, Int) in
            var start = 0, end = bytes.count
            if left { while start < end && ByteText.isSpace(bytes[start]) { start += 1 } }
            if right { while end > start && ByteText.isSpace(bytes[end - 1]) { end -= 1 } }
            return (start, end)
        }
        if start == 0 && end == value.utf8.count { return self }
        return substring(start, end)
    }

    /// Code points in a UTF-8 byte range.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for byte in bytes where byte & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
