import Synchronization

/// The methods of `list`. Each mutation is one critical section; methods
/// that compare elements (`remove`, `index`, `count`, `sort`) compare on a
/// snapshot with the lock released.
enum ListMethods {
    static func install() {
        let t = PyType.list
        t.method("append", PyList.self) { _, l, a in
            l.append(try a.methodArguments("append", min: 1, max: 1)[0])
            return .None
        }
        t.method("extend", PyList.self) { th, l, a in
            l.append(contentsOf: try th.collect(try a.methodArguments("extend", min: 1, max: 1)[0]))
            return .None
        }
        t.method("insert", PyList.self) { th, l, a in
            let args = try a.methodArguments("insert", min: 2, max: 2)
            l.insert(args[1], at: try th.indexValue(args[0]))
            return .None
        }
        t.method("pop", PyList.self) { th, l, a in
            let args = try a.methodArguments("pop", min: 0, max: 1)
            return try l.pop(try args.first.map { try th.indexValue($0) } ?? -1)
        }
        t.method("remove", PyList.self) { th, l, a in
            let x = try a.methodArguments("remove", min: 1, max: 1)[0]
            while true {
                guard let (i, found) = try firstMatch(th, l.elements, x, from: 0, to: Int.max) else {
                    throw PyError(.valueError, "list.remove(x): x not in list")
                }
                let removed = l.storage.withLock { items -> Value? in
                    guard i < items.count, items[i].isIdentical(to: found) else { return nil }
                    return items.remove(at: i)
                }
                if removed != nil { return .None }
            }
        }
        t.method("index", PyList.self) { th, l, a in
            let args = try a.methodArguments("index", min: 1, max: 3)
            let items = l.elements
            let (start, end) = try bounds(th, args.dropFirst(), count: items.count)
            guard let (i, _) = try firstMatch(th, items, args[0], from: start, to: end) else {
                throw PyError(.valueError, "\(try th.repr(args[0])) is not in list")
            }
            return .int(i)
        }
        t.method("count", PyList.self) { th, l, a in
            let x = try a.methodArguments("count", min: 1, max: 1)[0]
            var n = 0
            for v in l.elements where try th.elementsEqual(v, x) { n += 1 }
            return .int(n)
        }
        t.method("sort", PyList.self) { th, l, a in
            if !a.positional.isEmpty { throw PyError(.typeError, "sort() takes no positional arguments") }
            let options = try a.bind("sort", ["key", "reverse", "cmp"], required: 0)
            let reverse = try options[1].map { try th.truthy($0) } ?? false
            l.replaceAll(try th.sorted(l.elements, key: options[0], reverse: reverse, cmp: options[2]))
            return .None
        }
        t.method("reverse", PyList.self) { _, l, a in
            _ = try a.methodArguments("reverse", min: 0, max: 0)
            l.storage.withLock { $0.reverse() }
            return .None
        }
        t.method("copy", PyList.self) { _, l, _ in .object(PyList(l.elements)) }
        t.method("clear", PyList.self) { _, l, _ in l.replaceAll([]); return .None }
        installInPlaceCalls(t)
    }

    /// `l.pop()`, `l.pop(i)` and `l.insert(i, x)` with int indices take
    /// fixed-arity entry points (arguments read in place); other shapes
    /// take the general bodies.
    private static func installInPlaceCalls(_ t: PyType) {
        FastMethods.fast(t, "pop", one: { _, l in
            try receiver(l)?.pop(-1)
        }, two: { _, l, index in
            guard case .int(let i) = index else { return nil }
            return try receiver(l)?.pop(i)
        })
        FastMethods.fast(t, "insert", three: { _, l, index, x in
            guard case .int(let i) = index, let list = receiver(l) else { return nil }
            list.insert(x, at: i)
            return .None
        })
    }

    /// The receiver as a list (exact or subclass), one compare each.
    @inline(__always)
    private static func receiver(_ v: Value) -> PyList? {
        guard case .object(let o) = v, o.objectKind == .list || o.objectKind == .listSubclass else { return nil }
        return unsafeDowncast(o, to: PyList.self)
    }

    /// The first index in `from..<to` whose element equals `x`.
    static func firstMatch(_ th: ThreadState, _ items: ContiguousArray<Value>, _ x: Value,
                           from: Int, to: Int) throws -> (Int, Value)? {
        var i = from
        while i < Swift.min(to, items.count) {
            if try th.elementsEqual(items[i], x) { return (i, items[i]) }
            i += 1
        }
        return nil
    }

    /// Optional `start`/`end` arguments adjusted like CPython's `ADJUST_INDICES`
    /// (end clamped to the length; a start beyond it is left for the caller).
    static func bounds(_ th: ThreadState, _ args: ArraySlice<Value>, count: Int) throws -> (Int, Int) {
        func clamp(_ v: Value?, _ fallback: Int) throws -> Int {
            guard let v, !v.isNone else { return fallback }
            var i = try th.sliceIndex(v)
            if i < 0 { i = Swift.max(0, i + count) }
            return i
        }
        let values = Array(args)
        return (try clamp(values.first, 0), Swift.min(try clamp(values.count > 1 ? values[1] : nil, count), count))
    }
}
