/// `str` methods that search: find/rfind/index/rindex, count,
/// startswith/endswith, replace, split/rsplit, join, partition/rpartition.
///
/// They work on code-point arrays (`[UInt32]`), so indices are Python's;
/// ASCII strings could use bytes, but one representation keeps them simple.
enum StrSearchMethods {
    static func install() {
        let t = PyType.str
        for (name, fromRight, raising) in [("find", false, false), ("rfind", true, false),
                                           ("index", false, true), ("rindex", true, true)] {
            t.method(name, PyStr.self) { th, s, a in
                let args = try a.methodArguments(name, min: 1, max: 3)
                let sub = try argumentString(args[0])
                let units = s.codePoints
                let (start, end) = try ListMethods.bounds(th, args.dropFirst(), count: units.count)
                let found = units.withUnsafeBufferPointer { hay in
                    Array(sub.unicodeScalars.map(\.value)).withUnsafeBufferPointer { needle in
                        start > end ? nil
                            : fromRight ? CodePointSearch.rfind(hay, needle, from: start, to: end)
                            : CodePointSearch.find(hay, needle, from: start, to: end)
                    }
                }
                if let found { return .int(found) }
                if raising { throw PyError(.valueError, "substring not found") }
                return .int(-1)
            }
        }
        t.method("count", PyStr.self) { th, s, a in
            let args = try a.methodArguments("count", min: 1, max: 3)
            let sub = Array(try argumentString(args[0]).unicodeScalars.map(\.value))
            let units = s.codePoints
            let (start, end) = try ListMethods.bounds(th, args.dropFirst(), count: units.count)
            if start > end { return .int(0) }
            if sub.isEmpty { return .int(end - start + 1) }
            return .int(units.withUnsafeBufferPointer { hay in
                sub.withUnsafeBufferPointer { CodePointSearch.count(hay, $0, from: start, to: end) }
            })
        }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            t.method(name, PyStr.self) { th, s, a in
                let args = try a.methodArguments(name, min: 1, max: 3)
                let units = s.codePoints
                let (start, end) = try ListMethods.bounds(th, args.dropFirst(), count: units.count)
                let candidates: [Value]
                if let tuple = args[0].asObject as? PyTuple { candidates = Array(tuple.elements) }
                else if args[0].asObject is PyStr { candidates = [args[0]] }
                else {
                    throw PyError(.typeError, "\(name) first arg must be str or a tuple of str, not \(args[0].pyType.name)")
                }
                for c in candidates {
                    guard let p = c.asString else {
                        throw PyError(.typeError, "tuple for \(name) must only contain str, not \(c.pyType.name)")
                    }
                    let affix = p.unicodeScalars.map(\.value)
                    if start > units.count || end - start < affix.count { continue }
                    let slice = atEnd ? units[(end - affix.count)..<end] : units[start..<(start + affix.count)]
                    if slice.elementsEqual(affix) { return .bool(true) }
                }
                return .bool(false)
            }
        }
        t.method("replace", PyStr.self) { th, s, a in
            let args = try a.methodArguments("replace", min: 2, max: 3)
            let old = try argumentString(args[0], "replace() argument 1 "), new = try argumentString(args[1], "replace() argument 2 ")
            let limit = try args.count > 2 ? th.indexValue(args[2]) : -1
            return .str(replace(s.value, old, new, limit: limit))
        }
        t.method("join", PyStr.self) { th, s, a in
            try StrFastMethods.join(th, s, try a.methodArguments("join", min: 1, max: 1)[0])
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            t.method(name, PyStr.self) { _, s, a in
                let sep = try argumentString(try a.methodArguments(name, min: 1, max: 1)[0])
                if sep.isEmpty { throw PyError(.valueError, "empty separator") }
                let units = s.codePoints, needle = sep.unicodeScalars.map(\.value)
                let found = units.withUnsafeBufferPointer { hay in
                    needle.withUnsafeBufferPointer { n in
                        fromRight ? CodePointSearch.rfind(hay, n, from: 0, to: hay.count)
                                  : CodePointSearch.find(hay, n, from: 0, to: hay.count)
                    }
                }
                guard let at = found else {
                    return fromRight ? .tuple([.str(""), .str(""), .object(s)]) : .tuple([.object(s), .str(""), .str("")])
                }
                return .tuple([.str(text(units[..<at])), .str(sep), .str(text(units[(at + needle.count)...]))])
            }
        }
        for (name, fromRight) in [("removeprefix", false), ("removesuffix", true)] {
            t.method(name, PyStr.self) { _, s, a in
                let affix = try argumentString(try a.methodArguments(name, min: 1, max: 1)[0], "\(name)() argument ")
                let units = s.codePoints, cut = affix.unicodeScalars.map(\.value)
                guard !cut.isEmpty, cut.count <= units.count else { return .object(s) }
                if fromRight, units.suffix(cut.count).elementsEqual(cut) { return .str(text(units.dropLast(cut.count))) }
                if !fromRight, units.prefix(cut.count).elementsEqual(cut) { return .str(text(units.dropFirst(cut.count))) }
                return .object(s)
            }
        }
        t.method("split", PyStr.self) { th, s, a in try split(th, s, a, name: "split", fromRight: false) }
        t.method("rsplit", PyStr.self) { th, s, a in try split(th, s, a, name: "rsplit", fromRight: true) }
    }

    /// The str argument `v`; `prefix` starts the TypeError's message when
    /// CPython names the argument there (`replace() argument 1 `).
    static func argumentString(_ v: Value, _ prefix: String = "") throws -> String {
        guard let s = v.asString else {
            throw PyError(.typeError, "\(prefix)must be str, not \(v.pyType.name)")
        }
        return s
    }

    /// Text from a slice of code points.
    static func text<C: Collection>(_ units: C) -> String where C.Element == UInt32 {
        var out = String.UnicodeScalarView()
        for u in units { if let c = Unicode.Scalar(u) { out.append(c) } }
        return String(out)
    }

    static func replace(_ s: String, _ old: String, _ new: String, limit: Int) -> String {
        var remaining = limit < 0 ? Int.max : limit
        if remaining == 0 { return s }
        if !old.isEmpty { return ByteText.replace(s, old, new, limit: remaining) }
        let units = s.unicodeScalars.map(\.value), needle = old.unicodeScalars.map(\.value)
        var out = String.UnicodeScalarView()
        let newScalars = new.unicodeScalars
        if needle.isEmpty {
            for (i, u) in units.enumerated() {
                if remaining > 0 { out.append(contentsOf: newScalars); remaining -= 1 }
                if let c = Unicode.Scalar(u) { out.append(c) }
                _ = i
            }
            if remaining > 0 { out.append(contentsOf: newScalars) }
            return String(out)
        }
        var i = 0
        units.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                while remaining > 0, let at = CodePointSearch.find(hay, n, from: i, to: hay.count) {
                    for u in hay[i..<at] { if let c = Unicode.Scalar(u) { out.append(c) } }
                    out.append(contentsOf: newScalars)
                    i = at + n.count
                    remaining -= 1
                }
            }
        }
        for u in units[i...] { if let c = Unicode.Scalar(u) { out.append(c) } }
        return String(out)
    }

    private static func split(_ th: ThreadState, _ s: PyStr, _ a: Arguments, name: String, fromRight: Bool) throws -> Value {
        let args = try a.bind(name, ["sep", "maxsplit"], required: 0)
        let limit = try args[1].map { try th.indexValue($0) } ?? -1
        let maxSplits = limit < 0 ? Int.max : limit
        var pieces: [Value] = []
        if let sepValue = args[0], !sepValue.isNone {
            guard let sep = sepValue.asString else {
                throw PyError(.typeError, "must be str or None, not \(sepValue.pyType.name)")
            }
            if sep.isEmpty { throw PyError(.valueError, "empty separator") }
            return .list(ByteText.split(s.value, sep, maxSplits, fromRight: fromRight))
        } else if s.isASCII {
            return .list(ByteText.splitWhitespace(s.value, maxSplits, fromRight: fromRight))
        } else {
            pieces = splitWhitespace(s.codePoints, maxSplits, fromRight: fromRight).map { .str(text($0)) }
        }
        return .list(pieces)
    }

    private static func splitWhitespace(_ units: [UInt32], _ maxSplits: Int, fromRight: Bool) -> [ArraySlice<UInt32>] {
        func isSpace(_ u: UInt32) -> Bool { Unicode.Scalar(u)?.isPythonWhitespace ?? false }
        var pieces: [ArraySlice<UInt32>] = []
        if fromRight {
            var end = units.count
            while true {
                while end > 0 && isSpace(units[end - 1]) { end -= 1 }
                if end == 0 { break }
                if pieces.count == maxSplits {
                    pieces.append(units[0..<end])
                    break
                }
                var start = end
                while start > 0 && !isSpace(units[start - 1]) { start -= 1 }
                pieces.append(units[start..<end])
                end = start
            }
            return pieces.reversed()
        }
        var i = 0
        while true {
            while i < units.count && isSpace(units[i]) { i += 1 }
            if i == units.count { break }
            if pieces.count == maxSplits {
                pieces.append(units[i...])
                break
            }
            var j = i
            while j < units.count && !isSpace(units[j]) { j += 1 }
            pieces.append(units[i..<j])
            i = j
        }
        return pieces
    }
}

extension PyStr {
    /// The code points as integers (for searching with Python indices).
    var codePoints: [UInt32] {
        if isASCII { return value.utf8.map { UInt32($0) } }
        return value.unicodeScalars.map(\.value)
    }
}

/// Substring search over code points.
enum CodePointSearch {
    static func find(_ hay: UnsafeBufferPointer<UInt32>, _ needle: UnsafeBufferPointer<UInt32>, from: Int, to: Int) -> Int? {
        let end = min(to, hay.count), n = needle.count
        var i = max(from, 0)
        if n == 0 { return i <= end ? i : nil }
        while i + n <= end {
            if hay[i] == needle[0] {
                var j = 1
                while j < n && hay[i + j] == needle[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }

    static func rfind(_ hay: UnsafeBufferPointer<UInt32>, _ needle: UnsafeBufferPointer<UInt32>, from: Int, to: Int) -> Int? {
        let end = min(to, hay.count), n = needle.count, start = max(from, 0)
        if n == 0 { return start <= end ? end : nil }
        var i = end - n
        while i >= start {
            var j = 0
            while j < n && hay[i + j] == needle[j] { j += 1 }
            if j == n { return i }
            i -= 1
        }
        return nil
    }

    static func count(_ hay: UnsafeBufferPointer<UInt32>, _ needle: UnsafeBufferPointer<UInt32>, from: Int, to: Int) -> Int {
        var n = 0, i = from
        while let at = find(hay, needle, from: i, to: to) {
            n += 1
            i = at + needle.count
        }
        return n
    }
}
