/// `msg % args` for the messages logging calls typically pass
/// (`'worker %d value %s'`, `'sleeping %0.2f'`…), done in one pass over the
/// UTF-8 bytes without building intermediate arrays. Conversions other
/// than `s`, `r`, `d`, `i` and `%`, mapping keys, `*` widths, and every
/// error case are handed to the object layer's `%` operator, which gives
/// the complete behaviour and CPython's error messages.
enum LogMessageFormat {
    static func format(_ thread: ThreadState, _ format: String, _ args: Value) throws -> String {
        let items: ContiguousArray<Value>
        if let tuple = args.asObject as? PyTuple { items = tuple.array } else { items = [args] }
        if let quick = try quickFormat(thread, format, items) { return quick }
        return try PercentFormat.format(thread, format, args)
    }

    /// The formatted text, or nil when the format needs the full operator.
    private static func quickFormat(_ thread: ThreadState, _ format: String,
                                    _ items: ContiguousArray<Value>) throws -> String? {
        var out = ""
        var next = 0
        let bytes = format.utf8
        var index = bytes.startIndex
        var literalStart = index
        while index != bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "%") else {
                index = bytes.index(after: index)
                continue
            }
            out += format[literalStart..<index]
            index = bytes.index(after: index)
            guard let (spec, end) = scanSpec(bytes, index) else { return nil }
            index = end
            literalStart = index
            if spec.type == "%" {
                out += "%"
                continue
            }
            guard next < items.count, let text = try convert(thread, spec, items[next]) else { return nil }
            next += 1
            out += text
        }
        guard next == items.count else { return nil }
        out += format[literalStart..<index]
        return out
    }

    /// Flags, width and precision (digits only) and a conversion character.
    private static func scanSpec(_ bytes: String.UTF8View, _ start: String.Index) -> (PercentSpec, String.Index)? {
        var spec = PercentSpec()
        var index = start
        func current() -> UInt8? { index == bytes.endIndex ? nil : bytes[index] }
        while let c = current(), c == UInt8(ascii: "-") || c == UInt8(ascii: "0") {
            spec.flags.append(Character(Unicode.Scalar(c)))
            index = bytes.index(after: index)
        }
        func number() -> Int? {
            var value: Int?
            while let c = current(), c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9"), (value ?? 0) < 1_000_000 {
                value = (value ?? 0) * 10 + Int(c - UInt8(ascii: "0"))
                index = bytes.index(after: index)
            }
            return value
        }
        spec.width = number()
        if current() == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            spec.precision = number() ?? 0
        }
        guard let c = current(), [UInt8(ascii: "s"), UInt8(ascii: "r"), UInt8(ascii: "d"),
                                  UInt8(ascii: "i"), UInt8(ascii: "%")].contains(c) else { return nil }
        spec.type = Character(Unicode.Scalar(c))
        if spec.type == "%" && (spec.width != nil || spec.precision != nil || !spec.flags.isEmpty) { return nil }
        return (spec, bytes.index(after: index))
    }

    /// One conversion, or nil when it needs the full operator.
    private static func convert(_ thread: ThreadState, _ spec: PercentSpec, _ value: Value) throws -> String? {
        switch spec.type {
        case "s":
            return spec.padString(try thread.str(value))
        case "r":
            return spec.padString(try thread.repr(value))
        default:
            guard case .int(let n) = value, spec.precision == nil else { return nil }
            return spec.pad(String(n))
        }
    }
}
