import BigInt

/// `int.to_bytes` and `int.from_bytes`: conversions between ints and their
/// fixed-width two's-complement (or unsigned) byte encodings.
enum IntBytesMethods {
    static func install() {
        let t = PyType.int
        t.valueMethod("to_bytes") { th, v, a in
            let args = try a.bind("to_bytes", ["length", "byteorder", "signed"], required: 2)
            let length = try th.indexValue(args[0] ?? .None)
            let littleEndian = try isLittleEndian(args[1] ?? .None, "to_bytes")
            let signed = try args[2].map { try th.truthy($0) } ?? false
            guard let n = v.bigInteger else { throw PyError(.typeError, "an integer is required") }
            return .bytes(try encode(n, length: length, signed: signed, littleEndian: littleEndian))
        }
        let fromBytes = PyNativeFunction("from_bytes", owner: t) { th, a in
            var positional = a.positional
            if let first = positional.first, first.asObject is PyType { positional.removeFirst() }
            let args = try Arguments(positional, keywords: a.keywords)
                .bind("from_bytes", ["bytes", "byteorder", "signed"], required: 2)
            let littleEndian = try isLittleEndian(args[1] ?? .None, "from_bytes")
            let signed = try args[2].map { try th.truthy($0) } ?? false
            let bytes = try byteValues(th, args[0] ?? .None)
            return .integer(decode(littleEndian ? bytes.reversed() : bytes, signed: signed))
        }
        t.setAttribute("from_bytes", .object(PyStaticNative(fromBytes)))
    }

    private static func isLittleEndian(_ order: Value, _ function: String) throws -> Bool {
        guard let text = order.asString else {
            throw PyError(.typeError, "\(function)() argument 'byteorder' must be str, not \(order.pyType.name)")
        }
        switch text {
        case "little": return true
        case "big": return false
        default: throw PyError(.valueError, "byteorder must be either 'little' or 'big'")
        }
    }

    private static func encode(_ n: BigInt, length: Int, signed: Bool, littleEndian: Bool) throws -> [UInt8] {
        if length < 0 { throw PyError(.valueError, "length argument must be non-negative") }
        if !signed && n.sign == .minus && !n.isZero {
            throw PyError(.overflowError, "can't convert negative int to unsigned")
        }
        let bits = length * 8
        let fits: Bool
        if signed {
            let limit = bits == 0 ? BigInt(0) : BigInt(1) << (bits - 1)
            fits = bits == 0 ? n.isZero : (n >= -limit && n < limit)
        } else {
            fits = n < BigInt(1) << bits
        }
        guard fits else { throw PyError(.overflowError, "int too big to convert") }
        var rest = n.sign == .minus ? (BigInt(1) << bits) + n : n
        var out = [UInt8]()
        out.reserveCapacity(length)
        for _ in 0..<length {
            out.append(UInt8(truncatingIfNeeded: Int(rest & 0xFF)))
            rest >>= 8
        }
        return littleEndian ? out : out.reversed()
    }

    /// Big-endian bytes to an int.
    private static func decode(_ bytes: [UInt8], signed: Bool) -> BigInt {
        var n = BigInt(0)
        for b in bytes { n = (n << 8) | BigInt(b) }
        if signed, let first = bytes.first, first & 0x80 != 0 { n -= BigInt(1) << (bytes.count * 8) }
        return n
    }

    private static func byteValues(_ th: ThreadState, _ source: Value) throws -> [UInt8] {
        if let b = source.asObject as? PyBytes { return b.bytes }
        if source.asString != nil { throw PyError(.typeError, "cannot convert 'str' object to bytes") }
        return try th.collect(source).map { item in
            let n = try th.indexValue(item)
            guard (0...255).contains(n) else { throw PyError(.valueError, "bytes must be in range(0, 256)") }
            return UInt8(n)
        }
    }
}
