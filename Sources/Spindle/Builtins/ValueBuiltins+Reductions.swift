import SpindleSyntax

/// `min`, `max`, `sum`, `any`, `all`.
extension ValueBuiltins {
    static func installReductions(_ m: PyModule) {
        m.defineFunction("min") { t, a in try extreme(t, a, name: "min", wantLess: true) }
        m.defineFunction("max") { t, a in try extreme(t, a, name: "max", wantLess: false) }
        m.defineFunction("sum") { t, a in
            let args = try a.bind("sum", ["iterable", "start"], required: 1)
            var total = args[1] ?? .int(0)
            if total.asObject is PyStr {
                throw PyError(.typeError, "sum() can't sum strings [use ''.join(seq) instead]")
            }
            let it = try t.iterate(args[0] ?? .None)
            while let x = try it.next(t) { total = try t.add(total, x) }
            return total
        }
        m.defineFunction("any") { t, a in
            let it = try t.iterate(try a.exactly("any", min: 1, max: 1)[0])
            while let x = try it.next(t) { if try t.truthy(x) { return .bool(true) } }
            return .bool(false)
        }
        m.defineFunction("all") { t, a in
            let it = try t.iterate(try a.exactly("all", min: 1, max: 1)[0])
            while let x = try it.next(t) { if !(try t.truthy(x)) { return .bool(false) } }
            return .bool(true)
        }
    }

    /// `min`/`max` over one iterable or several arguments, with `key=` and `default=`.
    private static func extreme(_ t: ThreadState, _ a: Arguments, name: String, wantLess: Bool) throws -> Value {
        var key: Value?
        var fallback: Value?
        for (k, v) in a.keywords {
            switch k {
            case "key": key = v.isNone ? nil : v
            case "default": fallback = v
            default: throw PyError(.typeError, "'\(k)' is an invalid keyword argument for \(name)()")
            }
        }
        let candidates: ContiguousArray<Value>
        switch a.positional.count {
        case 0: throw PyError(.typeError, "\(name) expected at least 1 argument, got 0")
        case 1: candidates = try t.collect(a.positional[0])
        default:
            if fallback != nil {
                throw PyError(.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
            }
            candidates = ContiguousArray(a.positional)
        }
        guard var best = candidates.first else {
            if let fallback { return fallback }
            throw PyError(.valueError, "\(name)() arg is an empty sequence")
        }
        var bestKey = try key.map { try t.call($0, best) } ?? best
        for x in candidates.dropFirst() {
            let k = try key.map { try t.call($0, x) } ?? x
            let better = wantLess ? try t.lessThan(k, bestKey) : try t.compareIsTrue(.greater, k, bestKey)
            if better {
                best = x
                bestKey = k
            }
        }
        return best
    }
}
