/// Fixed-arity entry points for the common `str` methods (see
/// `FastMethods`): they work on the UTF-8 bytes and never build
/// code-point arrays.
enum StrFastMethods {
    static func install() {
        FastMethods.fast(.str, "join", two: { t, sep, items in
            guard let sep = sep.asPyStr else { return nil }
            return try join(t, sep, items)
        })
        FastMethods.fast(.str, "split", one: { _, s in
            guard let s = s.asPyStr, s.isASCII else { return nil }
            return .list(ByteText.splitWhitespace(s.value, Int.max, fromRight: false))
        }, two: { _, s, sep in
            guard let s = s.asPyStr, let sep = sep.asPyStr, !sep.value.isEmpty else { return nil }
            return .list(ByteText.split(s.value, sep.value, Int.max, fromRight: false, ascii: s.isASCII))
        })
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            FastMethods.fast(.str, name, two: { _, s, affix in
                guard let s = s.asPyStr, let affix = affix.asPyStr else { return nil }
                return .bool(atEnd ? s.value.utf8.elementsEqualSuffix(affix.value.utf8)
                                   : s.value.utf8.starts(with: affix.value.utf8))
            })
        }
        FastMethods.fast(.str, "find", two: { _, s, sub in
            guard let s = s.asPyStr, let sub = sub.asPyStr else { return nil }
            return .int(s.find(sub) ?? -1)
        })
        FastMethods.fast(.str, "replace", three: { _, s, old, new in
            guard let s = s.asPyStr, let old = old.asPyStr,
                  let new = new.asPyStr, !old.value.isEmpty else { return nil }
            return .object(s.replacing(old, with: new))
        })
        FastMethods.fast(.str, "upper", one: { _, s in
            guard let s = s.asPyStr, s.isASCII else { return nil }
            return .object(s.asciiCaseMapped(upper: true))
        })
        FastMethods.fast(.str, "lower", one: { _, s in
            guard let s = s.asPyStr, s.isASCII else { return nil }
            return .object(s.asciiCaseMapped(upper: false))
        })
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            FastMethods.fast(.str, name, one: { _, s in
                guard let s = s.asPyStr, s.isASCII else { return nil }
                return .object(s.asciiStripped(left: left, right: right))
            })
        }
    }

    /// The items to join; a TypeError from making the iterator becomes
    /// CPython's "can only join an iterable".
    private static func collectForJoin(_ t: ThreadState, _ iterable: Value) throws -> ContiguousArray<Value> {
        if case .object(let o) = iterable {
            if o.objectKind == .list { return unsafeDowncast(o, to: PyList.self).elements }
            if o.objectKind == .tuple { return unsafeDowncast(o, to: PyTuple.self).array }
        }
        let iterator: PyIteratorObject
        do {
            iterator = try t.iterate(iterable)
        } catch let error as PyError where error.matches(.typeError) {
            throw PyError(.typeError, "can only join an iterable")
        }
        var items = ContiguousArray<Value>()
        while let x = try iterator.next(t) { items.append(x) }
        return items
    }

    /// `sep.join(items)` building the result in one buffer.
    static func join(_ t: ThreadState, _ sep: PyStr, _ iterable: Value) throws -> Value {
        let items = try collectForJoin(t, iterable)
        var bytes = sep.value.utf8.count * max(0, items.count - 1)
        var ascii = sep.isASCII
        for (i, item) in items.enumerated() {
            guard let piece = item.asPyStr else {
                throw PyError(.typeError, "sequence item \(i): expected str instance, \(item.pyType.name) found")
            }
            bytes += piece.value.utf8.count
            ascii = ascii && piece.isASCII
        }
        if items.count == 1, let only = items[0].asPyStr { return .object(only) }
        let text = ByteText.build(capacity: bytes) { out in
            var sepText = sep.value
            sepText.withUTF8 { sepBytes in
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(sepBytes) }
                    // Checked above: every item is a str.
                    if let piece = item.asPyStr {
                        var pieceText = piece.value
                        pieceText.withUTF8 { out.append($0) }
                    }
                }
            }
        }
        return .object(ascii ? PyStr(text, count: bytes) : PyStr(text))
    }
}

extension String.UTF8View {
    /// True when the view ends with `suffix`'s bytes.
    func elementsEqualSuffix(_ suffix: String.UTF8View) -> Bool {
        guard suffix.count <= count else { return false }
        return self[index(endIndex, offsetBy: -suffix.count)...].elementsEqual(suffix)
    }
}
