/// Code-point indexing and slicing of `str`: O(1)/O(k) on ASCII text,
/// a scalar walk otherwise.
extension PyStr {
    /// The byte at code-point index `i` of an ASCII string, nil when out of range.
    @inline(__always)
    func asciiByte(at i: Int) -> UInt8? {
        let utf8 = value.utf8
        guard i >= 0 && i < utf8.count else { return nil }
        if let b = utf8.withContiguousStorageIfAvailable({ $0[i] }) { return b }
        return utf8[utf8.index(utf8.startIndex, offsetBy: i)]
    }

    /// `s[i]` with Python's negative-index rule.
    func item(_ index: Int) throws -> PyStr {
        let n = count
        let i = index < 0 ? index + n : index
        guard i >= 0 && i < n else { throw PyError(.indexError, "string index out of range") }
        if n == value.utf8.count, let b = asciiByte(at: i) {
            return PyStr.asciiCharacters[Int(b)]
        }
        let scalars = value.unicodeScalars
        return PyStr.character(scalars[scalars.index(scalars.startIndex, offsetBy: i)])
    }

    /// The substring of code points `start..<end` (clamped by the caller).
    func substring(_ start: Int, _ end: Int) -> PyStr {
        if end <= start { return PyStr.empty }
        if isASCII {
            let utf8 = value.utf8
            if let s = utf8.withContiguousStorageIfAvailable({ buf in
                String(decoding: UnsafeBufferPointer(rebasing: buf[start..<end]), as: UTF8.self)
            }) {
                return PyStr(s, count: end - start)
            }
        }
        let scalars = value.unicodeScalars
        let a = scalars.index(scalars.startIndex, offsetBy: start)
        let b = scalars.index(a, offsetBy: end - start)
        return PyStr(String(scalars[a..<b]), count: end - start)
    }

    /// An extended slice (any step), given normalised indices.
    func slice(start: Int, step: Int, count n: Int) -> PyStr {
        if step == 1 { return substring(start, start + n) }
        var out = String.UnicodeScalarView()
        if isASCII {
            value.utf8.withContiguousStorageIfAvailable { buf in
                var i = start
                for _ in 0..<n { out.append(Unicode.Scalar(buf[i])); i += step }
            }
            if out.count == n { return PyStr(String(out), count: n) }
            out = String.UnicodeScalarView()
        }
        let scalars = self.scalars
        var i = start
        for _ in 0..<n { out.append(scalars[i]); i += step }
        return PyStr(String(out), count: n)
    }
}
