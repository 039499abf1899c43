/// printf-style formatting: `"%-5s|%05.1f" % (a, b)`.
///
/// Mirrors CPython's `PyUnicode_Format`: one argument or a tuple of them,
/// `%(name)s` keys looked up in a mapping, `*` width/precision taken from
/// the arguments, and the same TypeError/ValueError messages.
///
/// The format is read as UTF-8 bytes and the result written into one byte
/// buffer: literal text is copied run by run, and each conversion appends
/// its bytes (see `PercentFormat+Render.swift`).
struct PercentFormat {
    let thread: ThreadState
    private let format: UnsafeBufferPointer<UInt8>
    private var position = 0
    private let arguments: ContiguousArray<Value>
    private var nextArgument = 0
    private let mapping: Value?
    var out: [UInt8] = []

    static func format(_ thread: ThreadState, _ format: String, _ args: Value) throws -> String {
        var text = format
        return try text.withUTF8 { bytes in
            var formatter = PercentFormat(thread: thread, format: bytes, args: args)
            return try formatter.run()
        }
    }

    private init(thread: ThreadState, format: UnsafeBufferPointer<UInt8>, args: Value) {
        self.thread = thread
        self.format = format
        if case .object(let o) = args, o.objectKind == .tuple {
            arguments = unsafeDowncast(o, to: PyTuple.self).array
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

    private static let percent = UInt8(ascii: "%")

    private mutating func run() throws -> String {
        out.reserveCapacity(format.count + 16 * arguments.count)
        while position < format.count {
            var end = position
            while end < format.count && format[end] != PercentFormat.percent { end += 1 }
            if end > position {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: format[position..<end]))
            }
            position = end + 1
            if end < format.count { try conversion() }
        }
        if nextArgument < arguments.count && mapping == nil {
            throw PyError(.typeError, "not all arguments converted during string formatting")
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func peek() throws -> UInt8 {
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
    private mutating func conversion() throws {
        // Only `%%` is a literal percent: after flags, a width or a key, `%`
        // is an (unsupported) conversion that still takes an argument.
        if try peek() == PercentFormat.percent {
            position += 1
            out.append(PercentFormat.percent)
            return
        }
        var key: Value?
        if try peek() == UInt8(ascii: "(") {
            key = try mappingKey()
        }
        var spec = FormatFlags()
        flagLoop: while true {
            switch try peek() {
            case UInt8(ascii: "-"): spec.leftAlign = true
            case UInt8(ascii: "+"): spec.sign = "+"
            case UInt8(ascii: " "): if spec.sign == nil { spec.sign = " " }
            case UInt8(ascii: "#"): spec.alternate = true
            case UInt8(ascii: "0"): spec.zeroPad = true
            default: break flagLoop
            }
            position += 1
        }
        spec.width = try number()
        if spec.width < 0 { spec.leftAlign = true; spec.width = -spec.width }
        if try peek() == UInt8(ascii: ".") {
            position += 1
            spec.precision = try number()
        }
        while position < format.count, [UInt8(ascii: "h"), UInt8(ascii: "l"), UInt8(ascii: "L")].contains(format[position]) {
            position += 1
        }
        let type = try peek()
        let typeIndex = position
        position += 1
        let value: Value
        if let key {
            guard let mapping else { throw PyError(.typeError, "format requires a mapping") }
            value = try thread.getItem(mapping, key)
        } else {
            value = try takeArgument()
        }
        guard let conversion = Unicode.Scalar(UInt32(type)), type < 128 else {
            throw unsupported(at: typeIndex)
        }
        guard try render(value, conversion, spec) else { throw unsupported(at: typeIndex) }
    }

    private mutating func mappingKey() throws -> Value {
        position += 1
        var depth = 1
        let start = position
        while true {
            guard position < format.count else { throw PyError(.valueError, "incomplete format key") }
            let c = format[position]
            position += 1
            if c == UInt8(ascii: "(") { depth += 1 } else if c == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { break }
            }
        }
        if mapping == nil { throw PyError(.typeError, "format requires a mapping") }
        return .str(String(decoding: UnsafeBufferPointer(rebasing: format[start..<(position - 1)]), as: UTF8.self))
    }

    /// A width or precision: digits, or `*` taking the next argument.
    private mutating func number() throws -> Int {
        if try peek() == UInt8(ascii: "*") {
            position += 1
            let v = try takeArgument()
            guard let n = v.smallInteger else { throw PyError(.typeError, "* wants int") }
            return n
        }
        var n = 0
        while position < format.count, format[position] >= 48 && format[position] <= 57 {
            n = n &* 10 &+ Int(format[position] - 48)
            position += 1
        }
        return n
    }

    /// CPython's error for a conversion character it does not know; the
    /// index counts code points.
    private func unsupported(at byteIndex: Int) -> PyError {
        let index = PyStr.scalarCount(UnsafeBufferPointer(rebasing: format[..<byteIndex]))
        let rest = String(decoding: UnsafeBufferPointer(rebasing: format[byteIndex...]), as: UTF8.self)
        let scalar = rest.unicodeScalars.first ?? "?"
        let hex = String(scalar.value, radix: 16)
        let shown = (31...126).contains(scalar.value) ? Character(scalar) : "?"
        return PyError(.valueError, "unsupported format character '\(shown)' (0x\(hex)) at index \(index)")
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
            let signEnd = FormatFlags.numericPrefixLength(scalars.lazy.map { $0.value })
            scalars.insert(contentsOf: Array(repeating: "0", count: fill), at: signEnd)
            var out = String.UnicodeScalarView()
            out.append(contentsOf: scalars)
            return String(out)
        }
        return String(repeating: " ", count: fill) + text
    }

    /// The length of the sign and `0x`/`0X`/`0o` prefix that zero padding goes after.
    static func numericPrefixLength<C: Collection>(_ text: C) -> Int where C.Element: BinaryInteger {
        var signEnd = 0
        var i = text.startIndex
        if i != text.endIndex, [45, 43, 32].contains(Int(text[i])) {
            signEnd = 1
            i = text.index(after: i)
        }
        if i != text.endIndex, text[i] == 48 {
            let next = text.index(after: i)
            if next != text.endIndex, [120, 88, 111].contains(Int(text[next])) { signEnd += 2 }
        }
        return signEnd
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
