import Synchronization

/// The methods of `dict` (Python 3 names plus the Python 2 spellings
/// `has_key`, `iteritems`, `iterkeys`, `itervalues`).
enum DictMethods {
    static func install() {
        let t = PyType.dict
        t.method("get", PyDict.self) { th, d, a in
            let args = try a.methodArguments("get", min: 1, max: 2)
            return try d.get(th, args[0]) ?? (args.count > 1 ? args[1] : .None)
        }
        t.method("setdefault", PyDict.self) { th, d, a in
            let args = try a.methodArguments("setdefault", min: 1, max: 2)
            return try d.setDefault(th, args[0], args.count > 1 ? args[1] : .None)
        }
        t.method("pop", PyDict.self) { th, d, a in
            let args = try a.methodArguments("pop", min: 1, max: 2)
            if let v = try d.remove(th, args[0]) { return v }
            if args.count > 1 { return args[1] }
            throw PyError(.keyError, args: [args[0]])
        }
        t.method("popitem", PyDict.self) { _, d, a in
            _ = try a.methodArguments("popitem", min: 0, max: 0)
            guard let e = d.table.withLock({ $0.removeLast() }) else {
                throw PyError(.keyError, "popitem(): dictionary is empty")
            }
            return .tuple([e.key, e.value])
        }
        t.method("keys", PyDict.self) { _, d, a in
            _ = try a.methodArguments("keys", min: 0, max: 0)
            return .object(DictView(d, .keys))
        }
        t.method("values", PyDict.self) { _, d, a in
            _ = try a.methodArguments("values", min: 0, max: 0)
            return .object(DictView(d, .values))
        }
        t.method("items", PyDict.self) { _, d, a in
            _ = try a.methodArguments("items", min: 0, max: 0)
            return .object(DictView(d, .items))
        }
        t.method("iterkeys", PyDict.self) { _, d, _ in .object(PyHashIterator(dict: d, kind: .keys)) }
        t.method("itervalues", PyDict.self) { _, d, _ in .object(PyHashIterator(dict: d, kind: .values)) }
        t.method("iteritems", PyDict.self) { _, d, _ in .object(PyHashIterator(dict: d, kind: .items)) }
        t.method("has_key", PyDict.self) { th, d, a in
            .bool(try d.contains(th, try a.methodArguments("has_key", min: 1, max: 1)[0]))
        }
        t.method("update", PyDict.self) { th, d, a in
            try update(th, d, a, name: "update")
            return .None
        }
        t.method("copy", PyDict.self) { _, d, _ in .object(d.copy()) }
        t.method("clear", PyDict.self) { _, d, _ in d.removeAll(); return .None }
        t.method("__contains__", PyDict.self) { th, d, a in
            .bool(try d.contains(th, try a.methodArguments("__contains__", min: 1, max: 1)[0]))
        }
        t.method("__getitem__", PyDict.self) { th, d, a in
            try th.getItem(.object(d), try a.methodArguments("__getitem__", min: 1, max: 1)[0], overrides: false)
        }
        t.method("__setitem__", PyDict.self) { th, d, a in
            let args = try a.methodArguments("__setitem__", min: 2, max: 2)
            try d.set(th, args[0], args[1])
            return .None
        }
        t.method("__delitem__", PyDict.self) { th, d, a in
            try th.delItem(.object(d), try a.methodArguments("__delitem__", min: 1, max: 1)[0], overrides: false)
            return .None
        }
        let fromkeys = PyNativeFunction("fromkeys", owner: t) { th, a in
            var args = a.positional
            if let first = args.first, first.asObject is PyType { args.removeFirst() }
            let values = try Arguments(args).methodArguments("fromkeys", min: 1, max: 2)
            let d = PyDict()
            let it = try th.iterate(values[0])
            while let k = try it.next(th) { try d.set(th, k, values.count > 1 ? values[1] : .None) }
            return .object(d)
        }
        t.setAttribute("fromkeys", .object(PyStaticNative(fromkeys)))
    }

    /// `d.update(other, **kw)` / `dict(other, **kw)`: a mapping (anything
    /// with `keys()`), or an iterable of pairs, then keyword arguments.
    static func update(_ th: ThreadState, _ d: PyDict, _ a: Arguments, name: String) throws {
        if a.positional.count > 1 {
            throw PyError(.typeError, "\(name) expected at most 1 argument, got \(a.positional.count)")
        }
        if let source = a.positional.first {
            if let other = source.asObject as? PyDict {
                for (k, v) in other.items { try d.set(th, k, v) }
            } else if source.isCustomObject, th.hasSpecial(source, "keys") {
                let keys = try th.collect(try th.callSpecial(source, "keys") ?? .None)
                for k in keys { try d.set(th, k, try th.getItem(source, k)) }
            } else {
                let it = try th.iterate(source)
                var index = 0
                while let item = try it.next(th) {
                    let pair = try th.collect(item)
                    guard pair.count == 2 else {
                        throw PyError(.valueError, "dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
                    }
                    try d.set(th, pair[0], pair[1])
                    index += 1
                }
            }
        }
        for (k, v) in a.keywords { try d.set(th, .str(k), v) }
    }
}

/// A native function stored on a type that is called without binding
/// (used for `dict.fromkeys`, `str.maketrans`): attribute lookup through
/// an instance or the type returns the function unbound.
final class PyStaticNative: PyObject {
    let function: PyNativeFunction

    init(_ function: PyNativeFunction) { self.function = function }

    override var pyType: PyType { PyType.builtinFunction }

    override func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        try function.call(thread, arguments)
    }
}
