import BigInt

/// Python's numeric hash: equal numbers hash equal whatever their type
/// (`hash(1) == hash(1.0) == hash(True)`), computed modulo the Mersenne
/// prime 2**61 - 1 as CPython does.
enum NumericHash {
    static let modulus: UInt64 = (1 << 61) - 1
    static let infinity = 314159

    @inline(__always)
    static func of(_ n: Int) -> Int {
        if n >= 0 && n < Int(modulus) { return n }
        let r = Int(n.magnitude % UInt(modulus))
        let h = n < 0 ? -r : r
        return h == -1 ? -2 : h
    }

    static func of(_ n: BigInt) -> Int {
        let r = Int(n.magnitude % BigUInt(modulus))
        let h = n.sign == .minus ? -r : r
        return h == -1 ? -2 : h
    }

    static func of(_ x: Double) -> Int {
        if x.isNaN { return 0 }
        if x.isInfinite { return x > 0 ? infinity : -infinity }
        if let i = Int(exactly: x) { return of(i) }
        var m = x.significand  // in [1, 2)
        var e = Int(x.exponent) + 1  // so x = m/2 * 2**e with m/2 in [0.5, 1)
        m /= 2
        let sign = x < 0 ? -1 : 1
        m = abs(m)
        var acc: UInt64 = 0
        while m != 0 {
            acc = ((acc << 28) & modulus) | acc >> (61 - 28)
            m *= 268_435_456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            acc += y
            if acc >= modulus { acc -= modulus }
        }
        let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        acc = ((acc << UInt64(shift)) & modulus) | acc >> UInt64(61 - shift)
        let h = Int(acc) * sign
        return h == -1 ? -2 : h
    }
}

/// Key equality the hash tables can decide without running Python code.
enum KeyEquality {
    /// `a == b` for dictionary keys: true/false when it can be decided
    /// natively (identity, numbers, str, bytes, tuples of those, objects
    /// compared by identity), nil when a Python `__eq__` must decide.
    static func native(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.None, .None): return true
        case (.object(let oa), .object(let ob)):
            if oa === ob { return true }
            if oa.objectKind == .str && ob.objectKind == .str {
                return unsafeDowncast(oa, to: PyStr.self).isEqual(to: unsafeDowncast(ob, to: PyStr.self))
            }
        default: break
        }
        if a.isIdentical(to: b) { return true }
        if let n = NumericCompare.equalIfNumeric(a, b) { return n }
        guard case .object(let oa) = a, case .object(let ob) = b else {
            return isPlain(a) && isPlain(b) ? false : nil
        }
        if let sa = oa as? PyStr {
            if let sb = ob as? PyStr { return sa.isEqual(to: sb) }
        } else if let ta = oa as? PyTuple {
            if let tb = ob as? PyTuple { return tuplesEqual(ta, tb) }
        } else if let ba = oa as? PyBytes {
            if let bb = ob as? PyBytes { return ba.bytes == bb.bytes }
        }
        return isPlain(a) && isPlain(b) ? false : nil
    }

    private static func tuplesEqual(_ a: PyTuple, _ b: PyTuple) -> Bool? {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a.elements, b.elements) {
            guard let same = native(x, y) else { return nil }
            if !same { return false }
        }
        return true
    }

    /// True when the value's `==` against a value of another kind is
    /// always False and decided without running code: scalars, strings,
    /// bytes, tuples of those, and objects compared by identity. Lists,
    /// dicts, sets, ranges, views and slices compare structurally, and
    /// instances with a Python `__eq__` run code, so they are not plain.
    static func isPlain(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return true }
        if o is PyStr || o is PyBigInt || o is PyBytes { return true }
        if let t = o as? PyTuple { return t.elements.allSatisfy(isPlain) }
        if o is PyList || o is PyDict || o is PySet || o is PyRange || o is DictView || o is PySlice { return false }
        return !SpecialMethods.hasPythonEquality(o)
    }
}
