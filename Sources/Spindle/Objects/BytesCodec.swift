/// Text ↔ bytes for `str.encode`, `bytes.decode`, `bytes(s, enc)`:
/// UTF-8, ASCII and Latin-1, with the `strict`, `ignore` and `replace`
/// error handlers.
enum BytesCodec {
    private static func normalized(_ encoding: String) -> String {
        encoding.lowercased().replacingOccurrences(of: "_", with: "-")
    }

    static func encode(_ s: String, encoding: String, errors: String) throws -> [UInt8] {
        switch normalized(encoding) {
        case "utf-8", "utf8", "u8": return Array(s.utf8)
        case "ascii", "us-ascii": return try narrow(s, limit: 0x80, codec: "ascii", errors: errors)
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
            return try narrow(s, limit: 0x100, codec: "latin-1", errors: errors)
        default: throw PyError(.lookupError, "unknown encoding: \(encoding)")
        }
    }

    private static func narrow(_ s: String, limit: UInt32, codec: String, errors: String) throws -> [UInt8] {
        var out: [UInt8] = []
        for (i, c) in s.unicodeScalars.enumerated() {
            if c.value < limit { out.append(UInt8(c.value)); continue }
            switch errors {
            case "ignore": continue
            case "replace": out.append(UInt8(ascii: "?"))
            default:
                throw PyError(.unicodeEncodeError,
                              "'\(codec)' codec can't encode character '\(asciiEscaped(String(Character(c))))' in position \(i): ordinal not in range(\(limit))")
            }
        }
        return out
    }

    static func decode(_ bytes: [UInt8], encoding: String, errors: String) throws -> Value {
        switch normalized(encoding) {
        case "utf-8", "utf8", "u8":
            if let s = String(validating: bytes, as: UTF8.self) { return .str(s) }
            switch errors {
            case "replace": return .str(String(decoding: bytes, as: UTF8.self))
            case "ignore":
                return .str(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: ""))
            default:
                let position = firstInvalidUTF8(bytes)
                throw PyError(.unicodeDecodeError,
                              "'utf-8' codec can't decode byte 0x\(hexByte(bytes[position])) in position \(position): invalid start byte")
            }
        case "ascii", "us-ascii":
            var out = String.UnicodeScalarView()
            for (i, b) in bytes.enumerated() {
                if b < 0x80 { out.append(Unicode.Scalar(b)); continue }
                switch errors {
                case "ignore": continue
                case "replace": out.append("\u{FFFD}")
                default:
                    throw PyError(.unicodeDecodeError,
                                  "'ascii' codec can't decode byte 0x\(hexByte(b)) in position \(i): ordinal not in range(128)")
                }
            }
            return .str(String(out))
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
            var out = String.UnicodeScalarView()
            for b in bytes { out.append(Unicode.Scalar(b)) }
            return .str(String(out))
        default: throw PyError(.lookupError, "unknown encoding: \(encoding)")
        }
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
            if length == 0 || i + length > bytes.count
                || String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil {
                return i
            }
            i += length
        }
        return max(0, bytes.count - 1)
    }

}

extension String {
    /// Replaces every occurrence of `target` (no Foundation needed).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

extension Substring {
    /// The first range of `target` (code-unit match).
    func range(of target: String) -> Range<Substring.Index>? {
        guard !target.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) { return i..<index(i, offsetBy: target.count) }
            i = index(after: i)
        }
        return nil
    }
}
