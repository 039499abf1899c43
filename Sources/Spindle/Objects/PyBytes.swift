/// A Python `bytes`: an immutable byte string (literals, `str.encode`,
/// data read from binary files).
public final class PyBytes: PyObject {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public override var pyType: PyType { PyType.bytes }

    /// `repr(b)`: `b'...'` with CPython's quote choice and escapes.
    var repr: String {
        let useDouble = bytes.contains(UInt8(ascii: "'")) && !bytes.contains(UInt8(ascii: "\""))
        let quote: UInt8 = useDouble ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        var out = "b" + String(UnicodeScalar(quote))
        for b in bytes {
            switch b {
            case quote, UInt8(ascii: "\\"): out += "\\" + String(UnicodeScalar(b))
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(b))
            default: out += "\\x" + hexByte(b)
            }
        }
        out.unicodeScalars.append(UnicodeScalar(quote))
        return out
    }

    /// Python's hash of bytes; equal to nothing else.
    var hashValue: Int {
        var hasher = Hasher()
        hasher.combine(0x4259_5445 as UInt32)
        hasher.combine(bytes)
        let h = hasher.finalize()
        return h == -1 ? -2 : h
    }
}

/// Two lowercase hex digits.
func hexByte(_ b: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String(digits[Int(b >> 4)]) + String(digits[Int(b & 15)])
}

extension Value {
    public static func bytes(_ b: [UInt8]) -> Value { .object(PyBytes(b)) }
}
