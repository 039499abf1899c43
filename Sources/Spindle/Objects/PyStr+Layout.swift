/// `str` methods that reshape text: strip family, padding (ljust, rjust,
/// center, zfill), splitlines, expandtabs, encode, translate/maketrans,
/// format/format_map.
enum StrLayoutMethods {
    static func install() {
        let t = PyType.str
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            t.method(name, PyStr.self) { _, s, a in
                let args = try a.methodArguments(name, min: 0, max: 1)
                var strip: (Unicode.Scalar) -> Bool = { $0.isPythonWhitespace }
                if let chars = args.first, !chars.isNone {
                    guard let set = chars.asString else {
                        throw PyError(.typeError, "\(name) arg must be None or str")
                    }
                    let members = Set(set.unicodeScalars)
                    strip = { members.contains($0) }
                }
                let scalars = Array(s.value.unicodeScalars)
                var start = 0, end = scalars.count
                if left { while start < end && strip(scalars[start]) { start += 1 } }
                if right { while end > start && strip(scalars[end - 1]) { end -= 1 } }
                if start == 0 && end == scalars.count { return .object(s) }
                return .object(s.substring(start, end))
            }
        }
        for name in ["ljust", "rjust", "center"] {
            t.method(name, PyStr.self) { th, s, a in
                let args = try a.methodArguments(name, min: 1, max: 2)
                let width = try th.indexValue(args[0])
                var fill: Unicode.Scalar = " "
                if args.count > 1 {
                    guard let f = args[1].asObject as? PyStr, f.count == 1, let c = f.value.unicodeScalars.first else {
                        throw PyError(.typeError, "The fill character must be exactly one character long")
                    }
                    fill = c
                }
                let n = s.count
                guard width > n else { return .object(s) }
                let pad = width - n
                let filler = { (k: Int) in String(repeating: String(Character(fill)), count: k) }
                switch name {
                case "ljust": return .str(s.value + filler(pad))
                case "rjust": return .str(filler(pad) + s.value)
                default:
                    let left = pad / 2 + (pad & width & 1)
                    return .str(filler(left) + s.value + filler(pad - left))
                }
            }
        }
        t.method("zfill", PyStr.self) { th, s, a in
            let width = try th.indexValue(try a.methodArguments("zfill", min: 1, max: 1)[0])
            let n = s.count
            guard width > n else { return .object(s) }
            var scalars = Array(s.value.unicodeScalars)
            let signed = scalars.first == "+" || scalars.first == "-"
            scalars.insert(contentsOf: Array(repeating: "0", count: width - n), at: signed ? 1 : 0)
            return .str(String(String.UnicodeScalarView(scalars)))
        }
        t.method("splitlines", PyStr.self) { th, s, a in
            let args = try a.bind("splitlines", ["keepends"], required: 0)
            let keep = try args[0].map { try th.truthy($0) } ?? false
            return .list(splitLines(s.value, keepEnds: keep).map { .str($0) })
        }
        t.method("expandtabs", PyStr.self) { th, s, a in
            let args = try a.bind("expandtabs", ["tabsize"], required: 0)
            let size = try args[0].map { try th.indexValue($0) } ?? 8
            var out = "", column = 0
            for c in s.value.unicodeScalars {
                switch c {
                case "\t":
                    if size > 0 {
                        let n = size - column % size
                        out += String(repeating: " ", count: n)
                        column += n
                    }
                case "\n", "\r":
                    out.unicodeScalars.append(c)
                    column = 0
                default:
                    out.unicodeScalars.append(c)
                    column += 1
                }
            }
            return .str(out)
        }
        t.method("encode", PyStr.self) { _, s, a in
            let args = try a.bind("encode", ["encoding", "errors"], required: 0)
            return .bytes(try BytesCodec.encode(s.value, encoding: args[0]?.asString ?? "utf-8",
                                                errors: args[1]?.asString ?? "strict"))
        }
        t.method("translate", PyStr.self) { th, s, a in
            let table = try a.methodArguments("translate", min: 1, max: 1)[0]
            var out = ""
            for c in s.value.unicodeScalars {
                let mapped: Value
                do {
                    mapped = try th.getItem(table, .int(Int(c.value)))
                } catch let e as PyError where e.matches(.lookupError) {
                    out.unicodeScalars.append(c)
                    continue
                }
                if mapped.isNone { continue }
                if let text = mapped.asString { out += text; continue }
                if let i = mapped.smallInteger, i >= 0, let scalar = Unicode.Scalar(UInt32(i)) {
                    out.unicodeScalars.append(scalar)
                    continue
                }
                throw PyError(.typeError, "character mapping must return integer, None or str")
            }
            return .str(out)
        }
        let maketrans = PyNativeFunction("maketrans", owner: t) { th, a in
            var args = a.positional
            if let first = args.first, first.asObject is PyType { args.removeFirst() }
            return try makeTranslation(th, args)
        }
        t.setAttribute("maketrans", .object(PyStaticNative(maketrans)))
        t.method("format", PyStr.self) { th, s, a in
            .str(try StrFormat.format(th, s.value, positional: a.positional, keywords: a.keywords, mapping: nil))
        }
        t.method("format_map", PyStr.self) { th, s, a in
            let mapping = try a.methodArguments("format_map", min: 1, max: 1)[0]
            return .str(try StrFormat.format(th, s.value, positional: [], keywords: [], mapping: mapping))
        }
    }

    /// Line boundaries as Python's `splitlines` recognises them.
    static func splitLines(_ s: String, keepEnds: Bool) -> [String] {
        let scalars = Array(s.unicodeScalars)
        var lines: [String] = []
        var start = 0, i = 0
        func isBreak(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
            default: return false
            }
        }
        while i < scalars.count {
            if isBreak(scalars[i]) {
                var end = i + 1
                if scalars[i] == "\r" && end < scalars.count && scalars[end] == "\n" { end += 1 }
                lines.append(String(String.UnicodeScalarView(scalars[start..<(keepEnds ? end : i)])))
                start = end
                i = end
            } else {
                i += 1
            }
        }
        if start < scalars.count { lines.append(String(String.UnicodeScalarView(scalars[start...]))) }
        return lines
    }

    /// `str.maketrans(dict)` or `str.maketrans(from, to[, delete])`.
    private static func makeTranslation(_ th: ThreadState, _ args: [Value]) throws -> Value {
        let table = PyDict()
        switch args.count {
        case 1:
            guard let d = args[0].asObject as? PyDict else {
                throw PyError(.typeError, "if you give only one argument to maketrans it must be a dict")
            }
            for (k, v) in d.items {
                if let s = k.asObject as? PyStr {
                    guard s.count == 1, let c = s.value.unicodeScalars.first else {
                        throw PyError(.valueError, "string keys in translate table must be of length 1")
                    }
                    try table.set(th, .int(Int(c.value)), v)
                } else {
                    try table.set(th, k, v)
                }
            }
        case 2, 3:
            guard let from = args[0].asString, let to = args[1].asString else {
                throw PyError(.typeError, "maketrans() arguments must be strings")
            }
            let f = Array(from.unicodeScalars), g = Array(to.unicodeScalars)
            guard f.count == g.count else {
                throw PyError(.valueError, "the first two maketrans arguments must have equal length")
            }
            for (x, y) in zip(f, g) { try table.set(th, .int(Int(x.value)), .int(Int(y.value))) }
            if args.count == 3, let delete = args[2].asString {
                for c in delete.unicodeScalars { try table.set(th, .int(Int(c.value)), .None) }
            }
        default:
            throw PyError(.typeError, "maketrans() takes from 1 to 3 arguments (\(args.count) given)")
        }
        return .object(table)
    }
}
