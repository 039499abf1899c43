import BigInt

/// Rendering one `%` conversion into the output bytes. Machine integers
/// are printed directly (`BigInt` only for big ones), str arguments are
/// copied as bytes with their cached code-point count.
extension PercentFormat {
    /// Appends `value` converted by `type`; false when `type` is not a conversion.
    mutating func render(_ value: Value, _ type: Unicode.Scalar, _ flags: FormatFlags) throws -> Bool {
        switch type {
        case "s", "r", "a":
            if type == "s", let s = value.asPyStr {
                appendText(s.value, count: s.count, flags)
                return true
            }
            var text = type == "s" ? try thread.str(value) : try thread.repr(value)
            if type == "a" { text = asciiEscaped(text) }
            appendText(text, count: nil, flags)
        case "d", "i", "u":
            let n = try integerArgument(value, type, allowFloat: true)
            if case .small(let i) = n, flags.precision < 0 {
                appendDecimal(i, flags)
            } else {
                appendPadded(integerBody(n, radix: 10, upper: false, flags), numeric: true, flags)
            }
        case "x", "X", "o":
            let n = try integerArgument(value, type, allowFloat: false)
            appendPadded(integerBody(n, radix: type == "o" ? 8 : 16, upper: type == "X", flags), numeric: true, flags)
        case "e", "E", "f", "F", "g", "G":
            guard let d = try floatArgument(value) else {
                throw PyError(.typeError, "must be real number, not \(value.pyType.name)")
            }
            let precision = flags.precision >= 0 ? flags.precision : 6
            var body = CFormat.float(abs(d), Character(type), precision: precision, alternate: flags.alternate)
            if type == "F" { body = body.uppercased() }
            let negative = d < 0 || (d == 0 && d.sign == .minus)
            let sign = negative ? "-" : (flags.sign.map(String.init) ?? "")
            appendPadded(sign + body, numeric: true, flags)
        case "c":
            var f = flags
            f.zeroPad = false
            appendPadded(try character(value), numeric: false, f)
        default:
            return false
        }
        return true
    }

    /// A `%s`-style text: cut to the precision (in code points), padded with spaces.
    private mutating func appendText(_ text: String, count: Int?, _ flags: FormatFlags) {
        var text = text
        text.withUTF8 { bytes in
            var bytes = bytes
            var length = count
            if flags.precision >= 0 && (count ?? Int.max) > flags.precision {
                let end = PercentFormat.byteOffset(ofScalar: flags.precision, in: bytes)
                bytes = UnsafeBufferPointer(rebasing: bytes[..<end])
                length = nil
            }
            var f = flags
            f.zeroPad = false
            appendPadded(bytes, length: length ?? PyStr.scalarCount(bytes), numeric: false, f)
        }
    }

    /// `%d` of a machine int without a precision: sign and digits written
    /// straight into a small buffer, then padded.
    private mutating func appendDecimal(_ i: Int, _ flags: FormatFlags) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            var start = buffer.count
            var magnitude = i.magnitude
            repeat {
                start -= 1
                buffer[start] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 48
                magnitude /= 10
            } while magnitude > 0
            if i < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            } else if let sign = flags.sign {
                start -= 1
                buffer[start] = UInt8(truncatingIfNeeded: sign.value)
            }
            let bytes = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buffer)[start...])
            appendPadded(bytes, length: bytes.count, numeric: true, flags)
        }
    }

    private mutating func appendPadded(_ body: String, numeric: Bool, _ flags: FormatFlags) {
        var body = body
        body.withUTF8 { appendPadded($0, length: PyStr.scalarCount($0), numeric: numeric, flags) }
    }

    /// Appends `bytes` padded to the width: spaces on the left or right, or
    /// zeros after a number's sign and base prefix.
    private mutating func appendPadded(_ bytes: UnsafeBufferPointer<UInt8>, length: Int, numeric: Bool,
                                       _ flags: FormatFlags) {
        let fill = flags.width - length
        guard fill > 0 else { out.append(contentsOf: bytes); return }
        if flags.leftAlign {
            out.append(contentsOf: bytes)
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: fill))
        } else if flags.zeroPad && numeric {
            let signEnd = FormatFlags.numericPrefixLength(bytes)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<signEnd]))
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: fill))
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[signEnd...]))
        } else {
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: fill))
            out.append(contentsOf: bytes)
        }
    }

    /// The byte offset where code point number `n` starts (or the end).
    static func byteOffset(ofScalar n: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var seen = 0
        for i in 0..<bytes.count where bytes[i] & 0xC0 != 0x80 {
            if seen == n { return i }
            seen += 1
        }
        return bytes.count
    }

    /// An integer argument: a machine int when it fits, else a `BigInt`.
    enum Integer {
        case small(Int)
        case big(BigInt)
    }

    private func integerArgument(_ v: Value, _ type: Unicode.Scalar, allowFloat: Bool) throws -> Integer {
        if let i = v.smallInteger { return .small(i) }
        if let big = (v.asObject as? PyBigInt)?.value { return .big(big) }
        if allowFloat, case .float(let d) = v {
            guard d.isFinite else {
                throw PyError(d.isNaN ? .valueError : .overflowError,
                              d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
            }
            if let i = Int(exactly: d.rounded(.towardZero)) { return .small(i) }
            return .big(BigInt(d))
        }
        if v.isCustomObject {
            if let r = try thread.callSpecial(v, "__index__"), let i = r.bigInteger { return .big(i) }
            if allowFloat, let r = try thread.callSpecial(v, "__int__"), let i = r.bigInteger { return .big(i) }
        }
        let what = allowFloat ? "a number is required" : "an integer is required"
        throw PyError(.typeError, "%\(type) format: \(what), not \(v.pyType.name)")
    }

    private func floatArgument(_ v: Value) throws -> Double? {
        if let d = try v.floatIfNumeric() { return d }
        if v.isCustomObject, let r = try thread.callSpecial(v, "__float__") { return try r.floatIfNumeric() }
        return nil
    }

    /// Sign, base prefix (`#` flag) and digits, zero-extended to the precision.
    private func integerBody(_ n: Integer, radix: Int, upper: Bool, _ f: FormatFlags) -> String {
        var digits: String
        let negative: Bool
        switch n {
        case .small(let i):
            digits = String(i.magnitude, radix: radix, uppercase: upper)
            negative = i < 0
        case .big(let b):
            digits = String(b.magnitude, radix: radix, uppercase: upper)
            negative = b.sign == .minus && !b.isZero
        }
        if f.precision > digits.utf8.count {
            digits = String(repeating: "0", count: f.precision - digits.utf8.count) + digits
        }
        var prefix = ""
        if f.alternate && radix == 16 { prefix = upper ? "0X" : "0x" }
        if f.alternate && radix == 8 { prefix = "0o" }
        let sign = negative ? "-" : (f.sign.map(String.init) ?? "")
        return sign + prefix + digits
    }

    private func character(_ v: Value) throws -> String {
        if let s = v.asObject as? PyStr {
            guard s.count == 1 else { throw PyError(.typeError, "%c requires int or char") }
            return s.value
        }
        guard let i = v.smallInteger, !v.isCustomObject else {
            throw PyError(.typeError, "%c requires int or char")
        }
        guard i >= 0 && i <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(i)) else {
            throw PyError(.overflowError, "%c arg not in range(0x110000)")
        }
        return String(Character(scalar))
    }
}
