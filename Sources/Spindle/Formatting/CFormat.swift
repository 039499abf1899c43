#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Floating-point formatting through the C library's `snprintf`, which
/// implements the `%f`/`%e`/`%g` conversions Python's formatting mirrors.
enum CFormat {
    /// Formats `value` with a conversion like `"%.6f"` or `"%#.3g"`.
    static func format(_ spec: String, _ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let needed = withVaList([value]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, 64, spec, args) }
        }
        if needed >= 64 {
            buffer = [CChar](repeating: 0, count: Int(needed) + 1)
            _ = withVaList([value]) { args in
                buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, Int(needed) + 1, spec, args) }
            }
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `value` in fixed (`f`), exponent (`e`) or general (`g`) notation with
    /// `precision` digits; `alternate` is the `#` flag.
    static func float(_ value: Double, _ type: Character, precision: Int, alternate: Bool = false) -> String {
        if value.isNaN { return type.isUppercase ? "NAN" : "nan" }
        if value.isInfinite { return (value < 0 ? "-" : "") + (type.isUppercase ? "INF" : "inf") }
        return format("%" + (alternate ? "#" : "") + ".\(min(precision, 500))" + String(type), value)
    }
}
