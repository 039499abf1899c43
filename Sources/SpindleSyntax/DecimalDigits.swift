/// Converts a digit sequence in any radix to decimal text without a big-integer
/// type: repeated multiply-and-add on a little-endian array of decimal digits.
enum DecimalDigits {
    static func convert(_ digits: [Int], radix: Int) -> String {
        var decimal: [Int] = [0]
        for digit in digits {
            var carry = digit
            for index in decimal.indices {
                let value = decimal[index] * radix + carry
                decimal[index] = value % 10
                carry = value / 10
            }
            while carry > 0 {
                decimal.append(carry % 10)
                carry /= 10
            }
        }
        while decimal.count > 1, decimal.last == 0 { decimal.removeLast() }
        return String(decimal.reversed().map { Character(String($0)) })
    }
}
