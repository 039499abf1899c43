/// The `itertools` module: lazy iterator building blocks. Each class is a
/// native iterator (`LockedIterator`) safe to share between threads.
enum ItertoolsModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "itertools")
        let classes: [PyType] = infiniteClasses() + slicingClasses() + groupingClasses() + combinatoricClasses()
        for type in classes { module.namespace[type.name] = .object(type) }
        module.defineFunction("tee") { thread, args in
            let slots = try args.bind("tee", ["iterable", "n"], required: 1)
            let n = try slots[1].map(thread.indexArgument) ?? 2
            guard n >= 0 else { throw PyError(.valueError, "n must be >= 0") }
            return .tuple(try TeeBuffer.split(thread, slots[0]!, n))
        }
        return module
    }

    // MARK: count, cycle, repeat

    private static func infiniteClasses() -> [PyType] {
        let count = IteratorClass.make("count") { thread, cls, args in
            let slots = try args.bind("count", ["start", "step"], required: 0)
            let start = slots[0] ?? .int(0), step = slots[1] ?? .int(1)
            let it = LockedIterator(cls, start) { thread, it in
                // Plain ints advance atomically under the lock; other numbers
                // are added outside it.
                if case .int(let s) = step, let next: Value = it.with({ current in
                    guard case .int(let c) = current else { return nil }
                    let (sum, overflow) = c.addingReportingOverflow(s)
                    if overflow { return nil }
                    current = .int(sum)
                    return .int(c)
                }) { return next }
                let current = it.with { $0 }
                let advanced = try thread.add(current, step)
                it.with { $0 = advanced }
                return current
            }
            it.reprText = { thread in
                let current = try thread.repr(it.with { $0 })
                if case .int(1) = step { return "count(\(current))" }
                return "count(\(current), \(try thread.repr(step)))"
            }
            return .object(it)
        }
        let cycle = IteratorClass.make("cycle") { thread, cls, args in
            let a = try args.exactly("cycle", min: 1, max: 1)
            let source = try thread.iterate(a[0])
            struct Cycle { var saved: [Value] = []; var replaying = false; var index = 0 }
            return .object(LockedIterator(cls, Cycle()) { thread, it in
                if !it.with({ $0.replaying }), let v = try source.next(thread) {
                    it.with { $0.saved.append(v) }
                    return v
                }
                return it.with { c -> Value? in
                    c.replaying = true
                    guard !c.saved.isEmpty else { return nil }
                    let v = c.saved[c.index % c.saved.count]
                    c.index = (c.index + 1) % c.saved.count
                    return v
                }
            })
        }
        let repeatClass = IteratorClass.make("repeat") { thread, cls, args in
            guard let object = args.positional.first ?? args.keywords.first(where: { $0.name == "object" })?.value else {
                throw PyError(.typeError, "repeat() missing required argument 'object' (pos 1)")
            }
            var rest = args
            if !rest.positional.isEmpty { rest.positional.removeFirst() }
            rest.keywords.removeAll { $0.name == "object" }
            let slots = try rest.bind("repeat", ["times"], required: 0)
            let times = try slots[0].map(thread.indexArgument)
            let it = LockedIterator(cls, times.map { max($0, 0) }) { _, it in
                it.with { remaining -> Value? in
                    guard let left = remaining else { return object }
                    guard left > 0 else { return nil }
                    remaining = left - 1
                    return object
                }
            }
            it.reprText = { thread in
                let shown = try thread.repr(object)
                guard let left = it.with({ $0 }) else { return "repeat(\(shown))" }
                return "repeat(\(shown), \(left))"
            }
            return .object(it)
        }
        IteratorClass.defineRepr(count)
        IteratorClass.defineRepr(repeatClass)
        return [count, cycle, repeatClass]
    }
}
