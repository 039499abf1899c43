/// Allocation-free entry points for the hottest built-in methods
/// (`list.append`, `dict.get`, `str.join`, …). A native method normally
/// receives `[receiver] + arguments` and copies the tail for its body;
/// these read the arguments in place and fall back to the general body
/// for unusual calls (keywords, wrong counts, wrong receiver types).
enum FastMethods {
    typealias Fast = (ThreadState, [Value]) throws -> Value?

    static func install() {
        fast(.list, "append") { _, a in
            guard a.count == 2, let l = a[0].asObject as? PyList else { return nil }
            l.append(a[1])
            return .None
        }
        fast(.dict, "get") { t, a in
            guard a.count == 2 || a.count == 3, let d = a[0].asObject as? PyDict else { return nil }
            return try d.get(t, a[1]) ?? (a.count == 3 ? a[2] : .None)
        }
        fast(.str, "join") { t, a in
            guard a.count == 2, let sep = a[0].asObject as? PyStr else { return nil }
            return try join(t, sep.value, a[1])
        }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            fast(.str, name) { _, a in
                guard a.count == 2, let s = a[0].asObject as? PyStr, let p = a[1].asObject as? PyStr else { return nil }
                return .bool(atEnd ? s.value.utf8.elementsEqualSuffix(p.value.utf8)
                                   : s.value.utf8.starts(with: p.value.utf8))
            }
        }
        fast(.str, "find") { _, a in
            guard a.count == 2, let s = a[0].asObject as? PyStr, s.isASCII,
                  let p = a[1].asObject as? PyStr else { return nil }
            return .int(StrSearch.find(s.value, p.value) ?? -1)
        }
    }

    /// `sep.join(items)` building the result in one buffer.
    static func join(_ t: ThreadState, _ sep: String, _ iterable: Value) throws -> Value {
        let items = try t.collect(iterable)
        var bytes = sep.utf8.count * max(0, items.count - 1)
        for item in items { bytes += (item.asObject as? PyStr)?.value.utf8.count ?? 0 }
        var out = ""
        out.reserveCapacity(bytes)
        for (i, item) in items.enumerated() {
            guard let piece = item.asObject as? PyStr else {
                throw PyError(.typeError, "sequence item \(i): expected str instance, \(item.pyType.name) found")
            }
            if i > 0 { out += sep }
            out += piece.value
        }
        return .str(out)
    }

    /// Wraps the method `name` already installed on `type` with a fast path.
    private static func fast(_ type: PyType, _ name: String, _ body: @escaping Fast) {
        guard let general = type.ownAttribute(name)?.asObject as? PyNativeFunction else { return }
        type.defineMethod(name) { t, a in
            if a.keywords.isEmpty, let r = try body(t, a.positional) { return r }
            return try general.call(t, a)
        }
    }
}

extension String.UTF8View {
    /// True when the view ends with `suffix`'s bytes.
    func elementsEqualSuffix(_ suffix: String.UTF8View) -> Bool {
        guard suffix.count <= count else { return false }
        return self[index(endIndex, offsetBy: -suffix.count)...].elementsEqual(suffix)
    }
}
