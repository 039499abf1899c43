import Synchronization

/// `sorted`, `reversed`, `enumerate`, `zip`, `map`, `filter` (lazy, as in
/// Python 3) and the reductions `min`, `max`, `sum`, `any`, `all`.
extension ValueBuiltins {
    static func installIteration(_ m: PyModule) {
        m.defineFunction("sorted") { t, a in
            guard a.positional.count == 1 else {
                throw PyError(.typeError, "sorted expected 1 argument, got \(a.positional.count)")
            }
            let options = try Arguments([], keywords: a.keywords).bind("sorted", ["key", "reverse", "cmp"], required: 0)
            let items = try t.collect(a.positional[0])
            let reverse = try options[1].map { try t.truthy($0) } ?? false
            return .object(PyList(try t.sorted(items, key: options[0], reverse: reverse, cmp: options[2])))
        }
        m.defineFunction("reversed") { t, a in
            let v = try a.exactly("reversed", min: 1, max: 1)[0]
            if let l = v.asObject as? PyList { return .object(PyListReverseIterator(l)) }
            if let r = v.asObject as? PyRange, r.count == 0 {
                return .object(PyArrayIterator([], type: IteratorTypes.range))
            }
            if let r = v.asObject as? PyRange, r.step != Int.min {
                let last = r.count > 0 ? r.element(r.count - 1) : r.start
                let (stop, overflow) = r.start.subtractingReportingOverflow(r.step)
                if !overflow {
                    return .object(PyRangeIterator(try PyRange(start: last, stop: stop, step: -r.step)))
                }
            }
            if v.isCustomObject, let r = try t.callSpecial(v, "__reversed__") { return r }
            if v.asObject is PyDict {
                return .object(PyArrayIterator(ContiguousArray(try t.collect(v).reversed()), type: reversedType))
            }
            if v.asObject is PyDict || v.asObject is PySet || !(t.hasSpecial(v, "__len__") || v.asObject is PyTuple || v.asObject is PyStr || v.asObject is PyBytes) {
                throw PyError(.typeError, "'\(v.pyType.name)' object is not reversible")
            }
            let items = try t.collect(v)
            return .object(PyArrayIterator(ContiguousArray(items.reversed()), type: reversedType))
        }
        m.namespace["enumerate"] = .object(enumerateType)
        m.namespace["zip"] = .object(zipType)
        m.namespace["map"] = .object(mapType)
        m.namespace["filter"] = .object(filterType)
    }

    static let reversedType = PyType(builtin: "reversed", base: .object)

    static let enumerateType: PyType = {
        let type = PyType(builtin: "enumerate", base: .object)
        type.setAttribute("__new__", .object(PyNativeFunction("__new__", owner: type) { t, a in
            let args = try Arguments(Array(a.positional.dropFirst()), keywords: a.keywords)
                .bind("enumerate", ["iterable", "start"], required: 1)
            let start = try args[1].map { try t.indexValue($0) } ?? 0
            return .object(PyMappedIterator(type: type, sources: [try t.iterate(args[0] ?? .None)], start: start) { _, v in
                v[0]
            })
        }))
        return type
    }()

    static let zipType: PyType = {
        let type = PyType(builtin: "zip", base: .object)
        type.setAttribute("__new__", .object(PyNativeFunction("__new__", owner: type) { t, a in
            let sources = try a.positional.dropFirst().map { try t.iterate($0) }
            if sources.isEmpty { return .object(PyArrayIterator([], type: type)) }
            return .object(PyMappedIterator(type: type, sources: sources) { _, v in .tuple(v) })
        }))
        return type
    }()

    static let mapType: PyType = {
        let type = PyType(builtin: "map", base: .object)
        type.setAttribute("__new__", .object(PyNativeFunction("__new__", owner: type) { t, a in
            let args = Array(a.positional.dropFirst())
            guard args.count >= 2 else { throw PyError(.typeError, "map() must have at least two arguments.") }
            let function = args[0]
            let sources = try args.dropFirst().map { try t.iterate($0) }
            return .object(PyMappedIterator(type: type, sources: sources) { t, v in
                try t.call(function, Arguments(v))
            })
        }))
        return type
    }()

    static let filterType: PyType = {
        let type = PyType(builtin: "filter", base: .object)
        type.setAttribute("__new__", .object(PyNativeFunction("__new__", owner: type) { t, a in
            let args = try Arguments(Array(a.positional.dropFirst())).exactly("filter", min: 2, max: 2)
            return .object(PyFilterIterator(type: type, predicate: args[0], source: try t.iterate(args[1])))
        }))
        return type
    }()
}

/// `zip`, `map` and `enumerate`: pull one element from each source and
/// combine them; stops at the shortest source.
final class PyMappedIterator: PyIteratorObject {
    private let type: PyType
    private let sources: [PyIteratorObject]
    private let combine: (ThreadState, [Value]) throws -> Value
    /// For `enumerate`: the next count (results become `(n, combined)`).
    private let counter: Atomic<Int>
    private let numbered: Bool

    init(type: PyType, sources: [PyIteratorObject], start: Int? = nil,
         combine: @escaping (ThreadState, [Value]) throws -> Value) {
        self.type = type
        self.sources = sources
        self.combine = combine
        counter = Atomic(start ?? 0)
        numbered = start != nil
    }

    override var pyType: PyType { type }

    override func next(_ thread: ThreadState) throws -> Value? {
        var values: [Value] = []
        values.reserveCapacity(sources.count)
        for source in sources {
            guard let v = try source.next(thread) else { return nil }
            values.append(v)
        }
        let combined = try combine(thread, values)
        if numbered {
            return .object(PyTuple(.int(counter.wrappingAdd(1, ordering: .relaxed).oldValue), combined))
        }
        return combined
    }
}

/// `filter(predicate, iterable)`; a `None` predicate keeps truthy elements.
final class PyFilterIterator: PyIteratorObject {
    private let type: PyType
    private let predicate: Value
    private let source: PyIteratorObject

    init(type: PyType, predicate: Value, source: PyIteratorObject) {
        self.type = type
        self.predicate = predicate
        self.source = source
    }

    override var pyType: PyType { type }

    override func next(_ thread: ThreadState) throws -> Value? {
        while let v = try source.next(thread) {
            let keep = predicate.isNone ? v : try thread.call(predicate, v)
            if try thread.truthy(keep) { return v }
        }
        return nil
    }
}
