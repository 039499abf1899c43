/// `math`'s functions over iterables: `fsum`, `prod`, `dist`.
extension MathModule {
    static func defineAggregates(_ m: PyModule) {
        m.defineUnary("fsum") { thread, iterable in
            .float(try exactSum(try thread.collect(iterable).map(thread.realArgument)))
        }
        m.defineFunction("prod") { thread, args in
            let slots = try args.bind("prod", ["iterable", "start"], required: 1)
            var result = slots[1] ?? .int(1)
            for item in try thread.collect(slots[0]!) {
                result = try thread.multiply(result, item)
            }
            return result
        }
        m.defineFunction("dist") { thread, args in
            let a = try args.positional("dist", 2)
            let p = try thread.collect(a[0]).map(thread.realArgument)
            let q = try thread.collect(a[1]).map(thread.realArgument)
            guard p.count == q.count else {
                throw PyError(.valueError, "both points must have the same number of dimensions")
            }
            let diffs = zip(p, q).map { abs($0 - $1) }
            let scale = diffs.max() ?? 0
            guard scale > 0, scale.isFinite else { return .float(scale) }
            return .float(scale * diffs.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }.squareRoot())
        }
    }

    /// Shewchuk's exact summation: keeps non-overlapping partial sums so the
    /// result is the correctly rounded sum of all inputs.
    static func exactSum(_ values: [Double]) throws -> Double {
        var partials: [Double] = []
        var specialSum = 0.0, infinitySum = 0.0
        for var x in values {
            if !x.isFinite {
                specialSum += x
                if x.isInfinite { infinitySum += x }
                continue
            }
            var kept = 0
            for var y in partials {
                if abs(x) < abs(y) { swap(&x, &y) }
                let high = x + y
                let low = y - (high - x)
                if low != 0 { partials[kept] = low; kept += 1 }
                x = high
            }
            partials.removeSubrange(kept...)
            partials.append(x)
            if !x.isFinite { throw PyError(.overflowError, "intermediate overflow in fsum") }
        }
        if specialSum != 0 || specialSum.isNaN {
            if infinitySum.isNaN { throw PyError(.valueError, "-inf + inf in fsum") }
            return specialSum
        }
        guard var high = partials.popLast() else { return 0 }
        var low = 0.0
        while let y = partials.popLast() {
            let x = high
            high = x + y
            low = y - (high - x)
            if low != 0 { break }
        }
        // Round-half-even correction when the remaining partials push past a tie.
        if let next = partials.last, (low < 0 && next < 0) || (low > 0 && next > 0) {
            let y = low * 2
            let x = high + y
            if y == x - high { high = x }
        }
        return high
    }
}
