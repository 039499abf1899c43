/// Swift literals for Python values, so embedders and tests can write
/// `thread.binary(.add, 1, 2.5)` or pass `"text"` where a `Value` is expected.
extension Value: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
                 ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(stringLiteral value: String) { self = .str(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
