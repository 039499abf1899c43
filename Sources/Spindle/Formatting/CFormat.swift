#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Floating-point formatting through the C library's `snprintf`, which
/// implements the `%f`/`%e`/`%g` conversions Python's formatting mirrors;
/// fixed notation with a moderate precision is computed exactly in Swift
/// (`FixedPoint`), which gives the same digits without the C call.
enum CFormat {
    /// Formats `value` with a conversion like `"%.6f"` or `"%#.3g"`.
    static func format(_ spec: String, _ value: Double) -> String {
        let text = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> String? in
            let needed = withVaList([value]) { vsnprintf(buffer.baseAddress, 64, spec, $0) }
            guard needed >= 0 && needed < 64, let start = buffer.baseAddress else { return nil }
            return String(cString: start)
        }
        if let text { return text }
        let needed = withVaList([value]) { vsnprintf(nil, 0, spec, $0) }
        var buffer = [CChar](repeating: 0, count: Int(max(needed, 0)) + 1)
        _ = withVaList([value]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, spec, args) }
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `value` in fixed (`f`), exponent (`e`) or general (`g`) notation with
    /// `precision` digits; `alternate` is the `#` flag.
    static func float(_ value: Double, _ type: Character, precision: Int, alternate: Bool = false) -> String {
        if value.isNaN { return type.isUppercase ? "NAN" : "nan" }
        if value.isInfinite { return (value < 0 ? "-" : "") + (type.isUppercase ? "INF" : "inf") }
        if (type == "f" || type == "F") && !(alternate && precision == 0),
           let fixed = FixedPoint.digits(value, precision: precision) {
            return fixed
        }
        return format("%" + (alternate ? "#" : "") + ".\(min(precision, 500))" + String(type), value)
    }
}

/// `%.<precision>f` of a non-negative double, computed exactly: the value
/// is `m × 2^e`, so `value × 10^precision` is an exact 128-bit fraction,
/// rounded half to even as the C library does.
enum FixedPoint {
    private static let powersOfTen: [UInt128] = (0...17).map { n in
        (0..<n).reduce(UInt128(1)) { product, _ in product * 10 }
    }

    /// The digits, or nil when the value or precision is outside the exact
    /// 128-bit range (precision above 17, or a value of 2^63 or more).
    static func digits(_ value: Double, precision: Int) -> String? {
        guard value.isFinite, value >= 0, value < 9.2e18, precision >= 0, precision <= 17 else { return nil }
        var scaled = units(value, precision: precision)
        // Decimal digits, written from the right; at least `precision + 1`
        // so there is a digit before the point.
        var digits: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &digits) { raw -> String in
            let buffer = raw.bindMemory(to: UInt8.self)
            var start = buffer.count
            if var small = UInt64(exactly: scaled) {
                repeat {
                    start -= 1
                    buffer[start] = UInt8(truncatingIfNeeded: small % 10) &+ 48
                    small /= 10
                } while small > 0
            } else {
                repeat {
                    start -= 1
                    buffer[start] = UInt8(truncatingIfNeeded: scaled % 10) &+ 48
                    scaled /= 10
                } while scaled > 0
            }
            while buffer.count - start <= precision {
                start -= 1
                buffer[start] = 48
            }
            let count = buffer.count - start
            let point = count - precision
            let total = precision > 0 ? count + 1 : count
            return String(unsafeUninitializedCapacity: total) { out in
                for i in 0..<point { out[i] = buffer[start + i] }
                guard precision > 0 else { return total }
                out[point] = UInt8(ascii: ".")
                for i in point..<count { out[i + 1] = buffer[start + i] }
                return total
            }
        }
    }

    /// `value × 10^precision` rounded half to even.
    private static func units(_ value: Double, precision: Int) -> UInt128 {
        if value == 0 { return 0 }
        let mantissa = UInt128(value.significandBitPattern | (value.isNormal ? 1 << 52 : 0))
        let exponent = value.isNormal ? Int(value.exponent) - 52 : -1074
        let scaled = mantissa * powersOfTen[precision]
        if exponent >= 0 { return scaled << exponent }
        let shift = -exponent
        // The exact quotient is below one half: it rounds to zero.
        if shift >= 127 { return 0 }
        let quotient = scaled >> shift
        let remainder = scaled & ((UInt128(1) << shift) - 1)
        let half = UInt128(1) << (shift - 1)
        if remainder > half || (remainder == half && quotient & 1 == 1) { return quotient + 1 }
        return quotient
    }
}
