#if canImport(Glibc)
import Glibc
#endif

/// `random`'s sequence operations and continuous distributions, drawing
/// numbers in the same order as CPython 3.9 so seeded results agree.
extension RandomModule {
    static func defineSequences(_ type: PyType) {
        type.defineMethod("choice") { thread, args in
            let r = try receiver(args)
            let seq = try rest(args).exactly("choice", min: 1, max: 1)[0]
            return try thread.getItem(seq, .int(r.below(try thread.len(seq))))
        }
        type.defineMethod("shuffle") { thread, args in
            let r = try receiver(args)
            let x = try rest(args).exactly("shuffle", min: 1, max: 1)[0]
            var i = try thread.len(x) - 1
            while i >= 1 {
                let j = r.below(i + 1)
                let (a, b) = (try thread.getItem(x, .int(i)), try thread.getItem(x, .int(j)))
                try thread.setItem(x, .int(i), b)
                try thread.setItem(x, .int(j), a)
                i -= 1
            }
            return .None
        }
        type.defineMethod("sample") { thread, args in
            let r = try receiver(args)
            let slots = try rest(args).bind("sample", ["population", "k"], required: 2)
            return .list(try sample(thread, r, slots[0]!, try thread.indexArgument(slots[1]!)))
        }
        type.defineMethod("choices") { thread, args in
            let r = try receiver(args)
            let slots = try rest(args).bind("choices", ["population", "weights", "cum_weights", "k"], required: 1)
            let k = try slots[3].map(thread.indexArgument) ?? 1
            return .list(try choices(thread, r, slots[0]!, weights: slots[1], cumulative: slots[2], k: k))
        }
    }

    /// Selection without replacement: a shrinking pool for small
    /// populations, rejection of repeated indices for large ones (the
    /// same split CPython 3.9 makes, so seeded results agree).
    private static func sample(_ thread: ThreadState, _ r: PyRandom, _ population: Value, _ k: Int) throws -> [Value] {
        var source = population
        if population.asObject is PySet || population.asObject is PyDict {
            if population.asObject is PyDict {
                throw PyError(.typeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
            }
            source = .tuple(try thread.collect(population))
        }
        let n = try thread.len(source)
        guard k >= 0 && k <= n else { throw PyError(.valueError, "Sample larger than population or is negative") }
        var tableSize = 21
        if k > 5 { tableSize += Int(pow(4.0, ceil(log(Double(k * 3)) / log(4.0)))) }
        var result: [Value] = []
        if n <= tableSize {
            var pool = try thread.collect(source)
            for i in 0..<k {
                let j = r.below(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = r.below(n)
                while selected.contains(j) { j = r.below(n) }
                selected.insert(j)
                result.append(try thread.getItem(source, .int(j)))
            }
        }
        return result
    }

    private static func choices(_ thread: ThreadState, _ r: PyRandom, _ population: Value, weights: Value?,
                                cumulative: Value?, k: Int) throws -> [Value] {
        let n = try thread.len(population)
        var cumulativeWeights: [Double]
        if let cumulative, !cumulative.isNone {
            if let weights, !weights.isNone {
                throw PyError(.typeError, "Cannot specify both weights and cumulative weights")
            }
            cumulativeWeights = try thread.collect(cumulative).map(thread.realArgument)
        } else if let weights, !weights.isNone {
            var total = 0.0
            cumulativeWeights = try thread.collect(weights).map { total += try thread.realArgument($0); return total }
        } else {
            return try (0..<max(k, 0)).map { _ in
                try thread.getItem(population, .int(Int((r.random() * Double(n)).rounded(.down))))
            }
        }
        guard cumulativeWeights.count == n else {
            throw PyError(.valueError, "The number of weights does not match the population")
        }
        guard let total = cumulativeWeights.last, total > 0 else {
            throw PyError(.valueError, "Total of weights must be greater than zero")
        }
        return try (0..<max(k, 0)).map { _ in
            let target = r.random() * total
            // bisect_right over cum_weights[0..<n-1]
            var low = 0, high = n - 1
            while low < high {
                let mid = (low + high) / 2
                if target < cumulativeWeights[mid] { high = mid } else { low = mid + 1 }
            }
            return try thread.getItem(population, .int(low))
        }
    }

    static func defineDistributions(_ type: PyType) {
        func twoReals(_ name: String, _ args: Arguments, _ thread: ThreadState, _ names: [String]) throws -> (Double, Double) {
            let slots = try rest(args).bind(name, names, required: 2)
            return (try thread.realArgument(slots[0]!), try thread.realArgument(slots[1]!))
        }
        type.defineMethod("uniform") { thread, args in
            let r = try receiver(args)
            let (a, b) = try twoReals("uniform", args, thread, ["a", "b"])
            return .float(a + (b - a) * r.random())
        }
        type.defineMethod("gauss") { thread, args in
            let r = try receiver(args)
            let (mu, sigma) = try twoReals("gauss", args, thread, ["mu", "sigma"])
            return .float(mu + r.gauss() * sigma)
        }
        type.defineMethod("normalvariate") { thread, args in
            let r = try receiver(args)
            let (mu, sigma) = try twoReals("normalvariate", args, thread, ["mu", "sigma"])
            return .float(mu + r.normal() * sigma)
        }
        type.defineMethod("expovariate") { thread, args in
            let r = try receiver(args)
            let lambd = try thread.realArgument(try rest(args).exactly("expovariate", min: 1, max: 1)[0])
            guard lambd != 0 else { throw PyError(.zeroDivisionError, "float division by zero") }
            return .float(-log(1.0 - r.random()) / lambd)
        }
        type.defineMethod("triangular") { thread, args in
            let r = try receiver(args)
            let slots = try rest(args).bind("triangular", ["low", "high", "mode"], required: 0)
            var low = try slots[0].map(thread.realArgument) ?? 0
            var high = try slots[1].map(thread.realArgument) ?? 1
            var u = r.random()
            guard high != low else { return .float(low) }
            var c = try slots[2].flatMap { $0.isNone ? nil : $0 }.map { (try thread.realArgument($0) - low) / (high - low) } ?? 0.5
            if u > c {
                u = 1.0 - u
                c = 1.0 - c
                swap(&low, &high)
            }
            return .float(low + (high - low) * (u * c).squareRoot())
        }
    }
}
