/// `hash(v)` for every value: numeric hashes agree across int/float/bool,
/// containers that can change are unhashable, instances use `__hash__`
/// or identity.
extension ThreadState {
    @inline(__always)
    public func hash(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return NumericHash.of(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return NumericHash.of(d)
        case .None: return ThreadState.noneHash
        case .object(let o):
            if let s = o as? PyStr { return s.hashValue }
            return try hash(object: o)
        }
    }

    /// `hash(None)`: a fixed value.
    static let noneHash = 0x5f3_759d

    private func hash(object o: PyObject) throws -> Int {
        switch o {
        case let big as PyBigInt: return NumericHash.of(big.value)
        case let t as PyTuple: return try tupleHash(t)
        case let b as PyBytes: return b.hashValue
        case let s as PySet:
            guard s.isFrozen else { throw unhashable(o) }
            return try frozensetHash(s)
        case is PyList, is PyDict, is DictView, is PySlice: throw unhashable(o)
        case let r as PyRange:
            return try tupleHash(PyTuple([.int(r.count), .int(r.count > 0 ? r.start : 0), .int(r.count > 1 ? r.step : 0)]))
        default: return try instanceHash(o)
        }
    }

    private func unhashable(_ o: PyObject) -> PyError {
        PyError(.typeError, "unhashable type: '\(o.pyType.name)'")
    }

    /// CPython's tuple hash (xxHash-style combination of element hashes).
    private func tupleHash(_ t: PyTuple) throws -> Int {
        let prime1: UInt64 = 11_400_714_785_074_694_791
        let prime2: UInt64 = 14_029_467_366_897_019_727
        let prime5: UInt64 = 2_870_177_450_012_600_261
        var acc = prime5
        for e in t.elements {
            let lane = UInt64(bitPattern: Int64(try hash(e)))
            acc = acc &+ lane &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(t.count) ^ (prime5 ^ 3_527_539))
        if acc == UInt64.max { return 1_546_275_796 }
        return Int(Int64(bitPattern: acc))
    }

    /// An order-independent combination of element hashes.
    private func frozensetHash(_ s: PySet) throws -> Int {
        var acc: UInt64 = 0
        for e in s.elements {
            let h = UInt64(bitPattern: Int64(try hash(e)))
            acc ^= ((h ^ (h << 16)) ^ 89_869_747) &* 3_644_798_167
        }
        acc ^= (UInt64(s.count) &+ 1) &* 1_927_868_237
        acc = acc &* 69_069 &+ 907_133_923
        let h = Int(Int64(bitPattern: acc))
        return h == -1 ? 590_923_713 : h
    }

    /// `__hash__` of an instance; `None` or an `__eq__` defined without a
    /// `__hash__` makes it unhashable, as in Python 3.
    private func instanceHash(_ o: PyObject) throws -> Int {
        let type = o.pyType
        let hashOwner = type.lookupWithOwner("__hash__")
        if let (_, found) = hashOwner, found.isNone { throw unhashable(o) }
        if let (owner, found) = hashOwner, !SpecialMethods.isObjectDefault(found, "__hash__") {
            if let (eqOwner, eq) = type.lookupWithOwner("__eq__"), !SpecialMethods.isObjectDefault(eq, "__eq__"),
               depth(of: eqOwner, in: type) < depth(of: owner, in: type) {
                throw unhashable(o)
            }
            let r = try call(found, .object(o))
            if let i = r.smallInteger { return i == -1 ? -2 : i }
            if let big = r.asObject as? PyBigInt { return NumericHash.of(big.value) }
            throw PyError(.typeError, "__hash__ method should return an integer")
        }
        if let (_, eq) = type.lookupWithOwner("__eq__"), !SpecialMethods.isObjectDefault(eq, "__eq__") {
            throw unhashable(o)
        }
        return ThreadState.identityHash(o)
    }

    private func depth(of owner: PyType, in type: PyType) -> Int {
        type.mro.firstIndex { $0 === owner } ?? Int.max
    }

    /// The default hash: derived from the object's address, like CPython's.
    static func identityHash(_ o: PyObject) -> Int {
        let address = UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque())
        let h = Int(bitPattern: (address >> 4) | (address << (UInt.bitWidth - 4)))
        return h == -1 ? -2 : h
    }
}
