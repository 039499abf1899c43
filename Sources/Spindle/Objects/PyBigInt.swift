import BigInt

/// A Python `int` too large for a machine word.
///
/// Integers that fit in `Int` always travel as `Value.int`; arithmetic
/// promotes to `PyBigInt` only on overflow and normalises back with
/// `Value.integer(_:)`, so the fast path never allocates.
public final class PyBigInt: PyObject {
    public let value: BigInt

    public init(_ value: BigInt) {
        self.value = value
    }

    public override var pyType: PyType { PyType.int }
}

extension Value {
    /// An `int` value, normalised: `.int` when it fits, `PyBigInt` otherwise.
    @inline(__always)
    static func integer(_ big: BigInt) -> Value {
        if let small = Int(exactly: big) { return .int(small) }
        return .object(PyBigInt(big))
    }

    /// The arbitrary-precision value of an `int` or `bool`; nil for other types.
    var bigInteger: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o): return (o as? PyBigInt)?.value
        default: return nil
        }
    }

    /// True for `int` (small or big) and `bool`.
    var isInteger: Bool {
        switch self {
        case .int, .bool: return true
        case .object(let o): return o is PyBigInt
        default: return false
        }
    }

    /// The machine integer of an `int`/`bool` that fits in `Int`.
    @inline(__always)
    var smallInteger: Int? {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }
}

extension BigInt {
    /// Python floor division (rounds toward negative infinity). `divisor` must be non-zero.
    func floorDivided(by divisor: BigInt) -> BigInt {
        let (q, r) = quotientAndRemainder(dividingBy: divisor)
        if !r.isZero && (r.sign == .minus) != (divisor.sign == .minus) { return q - 1 }
        return q
    }

    /// Python modulo (result takes the divisor's sign). `divisor` must be non-zero.
    func pythonModulo(_ divisor: BigInt) -> BigInt {
        let r = self % divisor
        if !r.isZero && (r.sign == .minus) != (divisor.sign == .minus) { return r + divisor }
        return r
    }

    /// Arithmetic right shift that floors like Python's `>>`.
    func floorShiftedRight(_ n: Int) -> BigInt {
        if sign == .minus {
            return -(((-self) - 1) >> n) - 1
        }
        return self >> n
    }

    /// Converts to the nearest Double, or nil when out of range.
    var doubleValue: Double? {
        let d = Double(self)
        return d.isFinite ? d : nil
    }
}
