import BigInt

/// printf-style formatting: `"%-5s|%05.1f" % (a, b)`.
///
/// Mirrors CPython's `PyUnicode_Format`: one argument or a tuple of them,
/// `%(name)s` keys looked up in a mapping, `*` width/precision taken from
/// the arguments, and the same TypeError/ValueError messages.
struct PercentFormat {
    private let thread: ThreadState
    private let format: [Unicode.Scalar]
    private var position = 0
    private var arguments: [Value]
    private var nextArgument = 0
    private let mapping: Value?
    private var usedMapping = false

    static func format(_ thread: ThreadState, _ format: String, _ args: Value) throws -> String {
        var formatter = PercentFormat(thread: thread, format: format, args: args)
        return try formatter.run()
    }

    private init(thread: ThreadState, format: String, args: Value) {
        self.thread = thread
        self.format = Array(format.unicodeScalars)
        if let t = args.asObject as? PyTuple {
            arguments = Array(t.elements)
            mapping = nil
        } else {
            arguments = [args]
            let isMapping = args.asObject.map { o in
                !(o is PyStr) && !(o is PyTuple) && !(o is PyBytes)
                    && (o is PyDict || o is PyList || args.pyType.lookup("__getitem__") != nil)
            } ?? false
            mapping = isMapping ? args : nil
        }
    }

    private mutating func run() throws -> String {
        var out = String.UnicodeScalarView()
        while position < format.count {
            let c = format[position]
            position += 1
            if c != "%" { out.append(c); continue }
            out.append(contentsOf: try conversion().unicodeScalars)
        }
        if nextArgument < arguments.count && mapping == nil {
            throw PyError(.typeError, "not all arguments converted during string formatting")
        }
        return String(out)
    }

    private mutating func peek() throws -> Unicode.Scalar {
        guard position < format.count else { throw PyError(.valueError, "incomplete format") }
        return format[position]
    }

    private mutating func takeArgument() throws -> Value {
        guard nextArgument < arguments.count else {
            throw PyError(.typeError, "not enough arguments for format string")
        }
        defer { nextArgument += 1 }
        return arguments[nextArgument]
    }

    /// One `%…` directive, after the `%`.
    private mutating func conversion() throws -> String {
        var key: Value?
        if try peek() == "(" {
            key = try mappingKey()
        }
        var spec = FormatFlags()
        flagLoop: while true {
            switch try peek() {
            case "-": spec.leftAlign = true
            case "+": spec.sign = "+"
            case " ": if spec.sign == nil { spec.sign = " " }
            case "#": spec.alternate = true
            case "0": spec.zeroPad = true
            default: break flagLoop
            }
            position += 1
        }
        spec.width = try number(allowStar: true)
        if spec.width < 0 { spec.leftAlign = true; spec.width = -spec.width }
        if try peek() == "." {
            position += 1
            spec.precision = try number(allowStar: true)
        }
        while let c = try? peek(), c == "h" || c == "l" || c == "L" { position += 1 }
        let type = try peek()
        let typeIndex = position
        position += 1
        if type == "%" { return "%" }
        let value: Value
        if let key {
            guard let mapping else { throw PyError(.typeError, "format requires a mapping") }
            value = try thread.getItem(mapping, key)
            usedMapping = true
        } else {
            value = try takeArgument()
        }
        return try render(value, type, spec, index: typeIndex)
    }

    private mutating func mappingKey() throws -> Value {
        position += 1
        var depth = 1
        var name = String.UnicodeScalarView()
        while true {
            guard position < format.count else { throw PyError(.valueError, "incomplete format key") }
            let c = format[position]
            position += 1
            if c == "(" { depth += 1 } else if c == ")" {
                depth -= 1
                if depth == 0 { break }
            }
            name.append(c)
        }
        if mapping == nil { throw PyError(.typeError, "format requires a mapping") }
        return .str(String(name))
    }

    private mutating func number(allowStar: Bool) throws -> Int {
        if allowStar, try peek() == "*" {
            position += 1
            let v = try takeArgument()
            guard let n = v.smallInteger else { throw PyError(.typeError, "* wants int") }
            return n
        }
        var n = 0
        while position < format.count, let d = format[position].asciiDigit {
            n = n * 10 + d
            position += 1
        }
        return n
    }

    private func render(_ value: Value, _ type: Unicode.Scalar, _ flags: FormatFlags, index: Int) throws -> String {
        var f = flags
        switch type {
        case "s", "r", "a":
            var text = type == "s" ? try thread.str(value) : try thread.repr(value)
            if type == "a" { text = asciiEscaped(text) }
            if f.precision >= 0 { text = String(text.unicodeScalars.prefix(f.precision)) }
            f.zeroPad = false
            return f.pad(text, numeric: false)
        case "d", "i", "u":
            let n = try integerArgument(value, type, allowFloat: true)
            return f.pad(integerBody(n, radix: 10, upper: false, f), numeric: true)
        case "x", "X", "o":
            let n = try integerArgument(value, type, allowFloat: false)
            let radix = type == "o" ? 8 : 16
            return f.pad(integerBody(n, radix: radix, upper: type == "X", f), numeric: true)
        case "e", "E", "f", "F", "g", "G":
            guard let d = try floatArgument(value) else {
                throw PyError(.typeError, "must be real number, not \(value.pyType.name)")
            }
            let precision = f.precision >= 0 ? f.precision : 6
            var body = CFormat.float(abs(d), Character(type), precision: precision, alternate: f.alternate)
            if type == "F" { body = body.uppercased() }
            let negative = d < 0 || (d == 0 && d.sign == .minus)
            return f.pad((negative ? "-" : (f.sign.map(String.init) ?? "")) + body, numeric: d.isFinite)
        case "c":
            f.zeroPad = false
            return f.pad(try character(value), numeric: false)
        default:
            let hex = String(type.value, radix: 16)
            throw PyError(.valueError, "unsupported format character '\(type)' (0x\(hex)) at index \(index)")
        }
    }

    private func integerArgument(_ v: Value, _ type: Unicode.Scalar, allowFloat: Bool) throws -> BigInt {
        if let i = v.bigInteger { return i }
        if allowFloat, case .float(let d) = v {
            guard d.isFinite else {
                throw PyError(d.isNaN ? .valueError : .overflowError,
                              d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
            }
            return BigInt(d)
        }
        if v.isCustomObject {
            if let r = try thread.callSpecial(v, "__index__"), let i = r.bigInteger { return i }
            if allowFloat, let r = try thread.callSpecial(v, "__int__"), let i = r.bigInteger { return i }
        }
        let what = allowFloat ? "a number is required" : "an integer is required"
        throw PyError(.typeError, "%\(type) format: \(what), not \(v.pyType.name)")
    }

    private func floatArgument(_ v: Value) throws -> Double? {
        if let d = try v.floatIfNumeric() { return d }
        if v.isCustomObject, let r = try thread.callSpecial(v, "__float__") { return try r.floatIfNumeric() }
        return nil
    }

    private func integerBody(_ n: BigInt, radix: Int, upper: Bool, _ f: FormatFlags) -> String {
        var digits = String(n.magnitude, radix: radix, uppercase: upper)
        if f.precision > digits.count { digits = String(repeating: "0", count: f.precision - digits.count) + digits }
        var prefix = ""
        if f.alternate && radix == 16 { prefix = upper ? "0X" : "0x" }
        if f.alternate && radix == 8 { prefix = "0o" }
        let sign = n.sign == .minus && !n.isZero ? "-" : (f.sign.map(String.init) ?? "")
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

/// The flags, width and precision of one conversion.
struct FormatFlags {
    var leftAlign = false
    var sign: Unicode.Scalar?
    var alternate = false
    var zeroPad = false
    var width = 0
    var precision = -1

    /// Pads to `width`: left/right with spaces, or zeros after the sign
    /// and `0x` prefix for numbers.
    func pad(_ text: String, numeric: Bool) -> String {
        let length = text.unicodeScalars.count
        guard width > length else { return text }
        let fill = width - length
        if leftAlign { return text + String(repeating: " ", count: fill) }
        if zeroPad && numeric {
            var scalars = Array(text.unicodeScalars)
            var signEnd = 0
            if let first = scalars.first, first == "-" || first == "+" || first == " " { signEnd = 1 }
            if scalars.count >= signEnd + 2, scalars[signEnd] == "0",
               ["x", "X", "o"].contains(scalars[signEnd + 1]) {
                signEnd += 2
            }
            scalars.insert(contentsOf: Array(repeating: "0", count: fill), at: signEnd)
            var out = String.UnicodeScalarView()
            out.append(contentsOf: scalars)
            return String(out)
        }
        return String(repeating: " ", count: fill) + text
    }
}

/// `ascii()`: the repr with every non-ASCII code point escaped.
func asciiEscaped(_ text: String) -> String {
    var out = ""
    for c in text.unicodeScalars {
        if c.isASCII { out.unicodeScalars.append(c); continue }
        let hex = String(c.value, radix: 16)
        if c.value < 0x100 { out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
        else if c.value < 0x10000 { out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
        else { out += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex }
    }
    return out
}

extension Unicode.Scalar {
    /// 0–9 for an ASCII digit, else nil.
    var asciiDigit: Int? { value >= 48 && value <= 57 ? Int(value - 48) : nil }
}
