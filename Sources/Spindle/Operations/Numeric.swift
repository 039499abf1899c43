import BigInt

/// Two numeric operands brought to a common representation, the way
/// Python's arithmetic coerces `bool` → `int` → `float`.
enum NumericPair {
    case ints(Int, Int)
    case bigs(BigInt, BigInt)
    case floats(Double, Double)

    /// Nil when either operand is not a number.
    static func of(_ a: Value, _ b: Value) throws -> NumericPair? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return .ints(x, y)
        case (.float(let x), .float(let y)): return .floats(x, y)
        case (.int(let x), .float(let y)): return .floats(Double(x), y)
        case (.float(let x), .int(let y)): return .floats(x, Double(y))
        default: break
        }
        if case .float(let x) = a, let y = try b.floatIfNumeric() { return .floats(x, y) }
        if case .float(let y) = b, let x = try a.floatIfNumeric() { return .floats(x, y) }
        if let x = a.smallInteger, let y = b.smallInteger { return .ints(x, y) }
        if let x = a.bigInteger, let y = b.bigInteger { return .bigs(x, y) }
        return nil
    }
}

extension Value {
    /// The value as a Double when it is an int, bool or float; throws
    /// OverflowError for an int too large; nil for other types.
    func floatIfNumeric() throws -> Double? {
        switch self {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            guard let big = o as? PyBigInt else { return nil }
            guard let d = big.value.doubleValue else {
                throw PyError(.overflowError, "int too large to convert to float")
            }
            return d
        case .None: return nil
        }
    }
}

/// Comparisons between numbers of any built-in numeric type, exact even
/// between huge ints and floats.
enum NumericCompare {
    /// -1, 0, 1; nil when either is not a number or a NaN is involved.
    static func order(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.float(let x), .float(let y)): return order(x, y)
        default: break
        }
        if let x = a.smallInteger, let y = b.smallInteger { return x < y ? -1 : (x == y ? 0 : 1) }
        if let x = a.bigInteger, let y = b.bigInteger { return x < y ? -1 : (x == y ? 0 : 1) }
        if case .float(let x) = a, let y = b.bigInteger { return order(x, y) }
        if case .float(let y) = b, let x = a.bigInteger { return order(y, x).map { -$0 } }
        return nil
    }

    /// Equality when both are numbers (NaN never equal); nil otherwise.
    static func equalIfNumeric(_ a: Value, _ b: Value) -> Bool? {
        guard a.isNumeric && b.isNumeric else { return nil }
        return order(a, b) == 0
    }

    static func order(_ x: Double, _ y: Double) -> Int? {
        if x < y { return -1 }
        if x > y { return 1 }
        if x == y { return 0 }
        return nil
    }

    /// Exact float-vs-int ordering.
    static func order(_ x: Double, _ y: BigInt) -> Int? {
        if x.isNaN { return nil }
        if x.isInfinite { return x > 0 ? 1 : -1 }
        let floor = x.rounded(.down)
        guard let whole = BigInt(exactly: floor) else { return nil }
        if whole < y { return -1 }
        if whole > y { return 1 }
        return x > floor ? 1 : 0
    }
}

extension Value {
    /// True for int, bool, float and big ints.
    var isNumeric: Bool {
        switch self {
        case .int, .bool, .float: return true
        case .object(let o): return o is PyBigInt
        case .None: return false
        }
    }
}
