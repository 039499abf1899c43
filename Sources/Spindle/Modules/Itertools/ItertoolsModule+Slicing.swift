/// `itertools`' iterators that consume other iterables in order: chain,
/// islice, takewhile, dropwhile, filterfalse, compress, starmap,
/// accumulate, zip_longest.
extension ItertoolsModule {
    /// Chains a lazily produced sequence of iterables.
    private static func chain(_ cls: PyType, _ sources: PyIteratorObject) -> Value {
        .object(LockedIterator<PyIteratorObject?>(cls, nil) { thread, it in
            while true {
                if let current = it.with({ $0 }), let v = try current.next(thread) { return v }
                guard let nextIterable = try sources.next(thread) else { return nil }
                let nextIterator = try thread.iterate(nextIterable)
                it.with { $0 = nextIterator }
            }
        })
    }

    static func slicingClasses() -> [PyType] {
        let chainClass = IteratorClass.make("chain") { thread, cls, args in
            let iterables = try args.exactly("chain", min: 0, max: Int.max)
            return chain(cls, PyArrayIterator(ContiguousArray(iterables), type: .iterator))
        }
        chainClass.setAttribute("from_iterable", .object(PyNativeFunction("from_iterable") { thread, args in
            let a = try args.exactly("from_iterable", min: 1, max: 1)
            return chain(chainClass, try thread.iterate(a[0]))
        }))
        return [chainClass, islice(), predicateClass("takewhile"), predicateClass("dropwhile"),
                predicateClass("filterfalse"), compress(), starmap(), accumulate(), zipLongest()]
    }

    private static func islice() -> PyType {
        IteratorClass.make("islice") { thread, cls, args in
            let a = try args.exactly("islice", min: 2, max: 4)
            func bound(_ v: Value, _ what: String) throws -> Int? {
                if v.isNone { return nil }
                guard let n = try? thread.indexArgument(v), n >= 0 else {
                    throw PyError(.valueError, "\(what) for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                }
                return n
            }
            let source = try thread.iterate(a[0])
            var start = 0, stop: Int?, step = 1
            if a.count == 2 {
                stop = try bound(a[1], "Stop argument")
            } else {
                start = try bound(a[1], "Indices") ?? 0
                stop = try bound(a[2], "Stop argument")
                if a.count == 4, !a[3].isNone {
                    guard let s = try? thread.indexArgument(a[3]), s > 0 else {
                        throw PyError(.valueError, "Step for islice() must be a positive integer or None.")
                    }
                    step = s
                }
            }
            // State: the index of the next element to yield.
            return .object(LockedIterator(cls, (next: start, consumed: 0)) { thread, it in
                let (target, consumed) = it.with { ($0.next, $0.consumed) }
                if let stop, target >= stop { return nil }
                var position = consumed
                while position < target {
                    guard try source.next(thread) != nil else { return nil }
                    position += 1
                }
                guard let v = try source.next(thread) else { return nil }
                it.with { $0 = (next: target + step, consumed: position + 1) }
                return v
            })
        }
    }

    private static func predicateClass(_ name: String) -> PyType {
        IteratorClass.make(name) { thread, cls, args in
            let a = try args.exactly(name, min: 2, max: 2)
            let predicate = a[0]
            let source = try thread.iterate(a[1])
            func test(_ v: Value) throws -> Bool {
                if name == "filterfalse" && predicate.isNone { return try thread.truthy(v) }
                return try thread.truthy(try thread.call(predicate, v))
            }
            return .object(LockedIterator(cls, false) { thread, it in
                switch name {
                case "takewhile":
                    if it.with({ $0 }) { return nil }
                    guard let v = try source.next(thread) else { return nil }
                    if try test(v) { return v }
                    it.with { $0 = true }
                    return nil
                case "dropwhile":
                    while let v = try source.next(thread) {
                        if it.with({ $0 }) { return v }
                        if try !test(v) { it.with { $0 = true }; return v }
                    }
                    return nil
                default:
                    while let v = try source.next(thread) {
                        if try !test(v) { return v }
                    }
                    return nil
                }
            })
        }
    }

    private static func compress() -> PyType {
        IteratorClass.make("compress") { thread, cls, args in
            let slots = try args.bind("compress", ["data", "selectors"], required: 2)
            let data = try thread.iterate(slots[0]!), selectors = try thread.iterate(slots[1]!)
            return .object(LockedIterator(cls, ()) { thread, _ in
                while let v = try data.next(thread), let s = try selectors.next(thread) {
                    if try thread.truthy(s) { return v }
                }
                return nil
            })
        }
    }

    private static func starmap() -> PyType {
        IteratorClass.make("starmap") { thread, cls, args in
            let a = try args.exactly("starmap", min: 2, max: 2)
            let function = a[0], source = try thread.iterate(a[1])
            return .object(LockedIterator(cls, ()) { thread, _ in
                guard let item = try source.next(thread) else { return nil }
                return try thread.call(function, Arguments(Array(try thread.collect(item))))
            })
        }
    }

    private static func accumulate() -> PyType {
        IteratorClass.make("accumulate") { thread, cls, args in
            let slots = try args.bind("accumulate", ["iterable", "func", "initial"], required: 1)
            let source = try thread.iterate(slots[0]!)
            let function = slots[1].flatMap { $0.isNone ? nil : $0 }
            let initial = slots[2].flatMap { $0.isNone ? nil : $0 }
            return .object(LockedIterator<(total: Value?, started: Bool)>(cls, (nil, false)) { thread, it in
                let (total, started) = it.with { $0 }
                if !started, let initial {
                    it.with { $0 = (initial, true) }
                    return initial
                }
                guard let v = try source.next(thread) else { return nil }
                let combined: Value
                if let total {
                    combined = try function.map { try thread.call($0, total, v) } ?? thread.add(total, v)
                } else {
                    combined = v
                }
                it.with { $0 = (combined, true) }
                return combined
            })
        }
    }

    private static func zipLongest() -> PyType {
        IteratorClass.make("zip_longest") { thread, cls, args in
            var rest = args
            let fill = rest.keywords.first(where: { $0.name == "fillvalue" })?.value ?? .None
            rest.keywords.removeAll { $0.name == "fillvalue" }
            if let bad = rest.keywords.first {
                throw PyError(.typeError, "zip_longest() got an unexpected keyword argument '\(bad.name)'")
            }
            let sources = try rest.positional.map(thread.iterate)
            return .object(LockedIterator(cls, [Bool](repeating: true, count: sources.count)) { thread, it in
                let active = it.with { $0 }
                guard active.contains(true) else { return nil }
                var row: [Value] = []
                var stillActive = active
                for (i, source) in sources.enumerated() {
                    if active[i], let v = try source.next(thread) { row.append(v) }
                    else { stillActive[i] = false; row.append(fill) }
                }
                it.with { $0 = stillActive }
                return stillActive.contains(true) ? .tuple(row) : nil
            })
        }
    }
}
