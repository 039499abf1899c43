/// Number literals: decimal, hex, octal (`0o17` and Python 2 `017`), binary,
/// floats with exponents, underscores between digits and the Python 2 `L` suffix.
extension Lexer {
    mutating func scanNumber() throws {
        let start = here
        let value: Constant
        if peek() == "0", let marker = peek(1), let radix = Lexer.radixMarkers[marker] {
            pos += 2
            value = try scanRadixInteger(radix: radix)
        } else {
            value = try scanDecimal()
        }
        if let suffix = peek(), suffix == "j" || suffix == "J" {
            throw error("imaginary literals are not supported", at: here)
        }
        tokens.append(Token(.number, at: start, literal: value))
    }

    static let radixMarkers: [Unicode.Scalar: Int] = ["x": 16, "X": 16, "o": 8, "O": 8, "b": 2, "B": 2]

    static func radixName(_ radix: Int) -> String {
        switch radix {
        case 16: return "hexadecimal"
        case 8: return "octal"
        default: return "binary"
        }
    }

    /// Digits after `0x`/`0o`/`0b`; `_` may precede any digit.
    mutating func scanRadixInteger(radix: Int) throws -> Constant {
        var digits: [Int] = []
        while true {
            let underscore = peek() == "_"
            if underscore { pos += 1 }
            guard let scalar = peek(), let digit = Lexer.hexValue(scalar), scalar != "_" else {
                if underscore || digits.isEmpty {
                    throw error("invalid \(Lexer.radixName(radix)) literal", at: location(of: pos - 1))
                }
                break
            }
            guard digit < radix else {
                if digit < 10 {
                    // CPython points at the digit itself once a valid digit precedes it.
                    let column = underscore || digits.isEmpty ? pos - 1 : pos
                    throw error("invalid digit '\(scalar)' in \(Lexer.radixName(radix)) literal",
                                at: location(of: column))
                }
                if underscore || digits.isEmpty {
                    throw error("invalid \(Lexer.radixName(radix)) literal", at: location(of: pos - 1))
                }
                break
            }
            digits.append(digit)
            pos += 1
        }
        skipLongSuffix()
        return Lexer.integerConstant(digits: digits, radix: radix)
    }

    /// Decimal digits with single underscores between them.
    mutating func scanDigitRun() throws -> [Int] {
        var digits: [Int] = []
        while let scalar = peek(), isDigit(scalar) {
            digits.append(Int(scalar.value - 48))
            pos += 1
            if peek() == "_" {
                pos += 1
                guard let next = peek(), isDigit(next) else {
                    throw error("invalid decimal literal", at: location(of: pos - 1))
                }
            }
        }
        return digits
    }

    /// An integer or float that does not start with a radix prefix.
    mutating func scanDecimal() throws -> Constant {
        let start = pos
        let integerDigits = try scanDigitRun()
        var isFloat = false
        if peek() == "." {
            isFloat = true
            pos += 1
            _ = try scanDigitRun()
        }
        if let e = peek(), e == "e" || e == "E" {
            let beforeExponent = pos
            pos += 1
            var hasSign = false
            if let sign = peek(), sign == "+" || sign == "-" { pos += 1; hasSign = true }
            if let digit = peek(), isDigit(digit) {
                isFloat = true
                _ = try scanDigitRun()
            } else if hasSign {
                throw error("invalid decimal literal", at: location(of: pos - 1))
            } else {
                pos = beforeExponent
            }
        }
        if isFloat {
            let text = String(String.UnicodeScalarView(scalars[start..<pos].filter { $0 != "_" }))
            return .float(Double(text) ?? .infinity)
        }
        let value = try decimalIntegerValue(integerDigits)
        skipLongSuffix()
        return value
    }

    /// Applies the leading-zero rules: `0`, `000` and Python 2 octal `0777` are accepted.
    mutating func decimalIntegerValue(_ digits: [Int]) throws -> Constant {
        guard digits.count > 1, digits[0] == 0, digits.contains(where: { $0 != 0 }) else {
            return Lexer.integerConstant(digits: digits, radix: 10)
        }
        guard digits.allSatisfy({ $0 < 8 }) else {
            throw error("leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", at: location(of: pos - 1))
        }
        return Lexer.integerConstant(digits: digits, radix: 8)
    }

    /// Python 2's long-integer suffix, which changes nothing in Spindle.
    mutating func skipLongSuffix() {
        if let suffix = peek(), suffix == "l" || suffix == "L" { pos += 1 }
    }

    /// The constant for a digit sequence: `.int` when it fits, else `.bigInt` decimal text.
    static func integerConstant(digits: [Int], radix: Int) -> Constant {
        var value = 0
        var overflow = false
        for digit in digits {
            let (product, o1) = value.multipliedReportingOverflow(by: radix)
            let (sum, o2) = product.addingReportingOverflow(digit)
            if o1 || o2 { overflow = true; break }
            value = sum
        }
        if !overflow { return .int(value) }
        return .bigInt(DecimalDigits.convert(digits, radix: radix))
    }
}
