import BigInt

/// Methods and attributes of `int`, `float`, `tuple`, `range`, `slice` and
/// `bytes`, and the set-like methods of dict views.
enum ScalarMethods {
    static func install() {
        installInt()
        IntBytesMethods.install()
        installFloat()
        installSequences()
        installBytes()
    }

    private static func installInt() {
        let t = PyType.int
        t.valueMethod("bit_length") { _, v, _ in
            guard let n = v.bigInteger else { return .int(0) }
            return .int(n.magnitude.bitWidth)
        }
        t.valueMethod("conjugate") { th, v, _ in try th.toInt(v) }
        t.valueMethod("__trunc__") { th, v, _ in try th.toInt(v) }
        t.valueMethod("__round__") { th, v, a in
            try ValueBuiltins.round(th, try th.toInt(v), a.positional.first)
        }
        t.valueMethod("as_integer_ratio") { th, v, _ in .tuple([try th.toInt(v), .int(1)]) }
        t.defineAttribute("real", get: { th, v in try th.toInt(v) })
        t.defineAttribute("imag", get: { _, _ in .int(0) })
        t.defineAttribute("numerator", get: { th, v in try th.toInt(v) })
        t.defineAttribute("denominator", get: { _, _ in .int(1) })
    }

    private static func installFloat() {
        let t = PyType.float
        t.valueMethod("is_integer") { th, v, _ in
            let d = try th.toFloat(v)
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        t.valueMethod("conjugate") { th, v, _ in .float(try th.toFloat(v)) }
        t.valueMethod("__trunc__") { th, v, _ in try ThreadState.truncate(try th.toFloat(v)) }
        t.valueMethod("__round__") { th, v, a in
            try ValueBuiltins.round(th, .float(try th.toFloat(v)), a.positional.first.flatMap { $0.isNone ? nil : $0 })
        }
        t.valueMethod("as_integer_ratio") { th, v, _ in
            let d = try th.toFloat(v)
            if d.isNaN { throw PyError(.valueError, "cannot convert NaN to integer ratio") }
            if d.isInfinite { throw PyError(.overflowError, "cannot convert Infinity to integer ratio") }
            var numerator = BigInt(d.significandBitPattern | (d.isNormal ? 1 << 52 : 0))
            var exponent = Int(d.exponent) - 52
            if !d.isNormal { exponent = -1074 }
            if d == 0 { return .tuple([.int(0), .int(1)]) }
            var denominator = BigInt(1)
            let zeros = numerator.trailingZeroBitCount
            numerator >>= zeros
            exponent += zeros
            if exponent > 0 { numerator <<= exponent } else { denominator <<= -exponent }
            if d < 0 { numerator = -numerator }
            return .tuple([.integer(numerator), .integer(denominator)])
        }
        t.defineAttribute("real", get: { th, v in .float(try th.toFloat(v)) })
        t.defineAttribute("imag", get: { _, _ in .float(0) })
    }

    private static func installSequences() {
        PyType.tuple.method("count", PyTuple.self) { th, t, a in
            let x = try a.methodArguments("count", min: 1, max: 1)[0]
            var n = 0
            for v in t.elements where try th.elementsEqual(v, x) { n += 1 }
            return .int(n)
        }
        PyType.tuple.method("index", PyTuple.self) { th, t, a in
            let args = try a.methodArguments("index", min: 1, max: 3)
            let (start, end) = try ListMethods.bounds(th, args.dropFirst(), count: t.count)
            guard let (i, _) = try ListMethods.firstMatch(th, t.array, args[0], from: start, to: end) else {
                throw PyError(.valueError, "tuple.index(x): x not in tuple")
            }
            return .int(i)
        }
        let r = PyType.range
        r.defineAttribute("start", get: { _, v in .int((v.asObject as? PyRange)?.start ?? 0) })
        r.defineAttribute("stop", get: { _, v in .int((v.asObject as? PyRange)?.stop ?? 0) })
        r.defineAttribute("step", get: { _, v in .int((v.asObject as? PyRange)?.step ?? 1) })
        r.method("count", PyRange.self) { th, range, a in
            let x = try a.methodArguments("count", min: 1, max: 1)[0]
            if let i = x.smallInteger, !x.isCustomObject { return .int(range.contains(i) ? 1 : 0) }
            return .int(try th.contains(.object(range), x) ? 1 : 0)
        }
        r.method("index", PyRange.self) { th, range, a in
            let x = try a.methodArguments("index", min: 1, max: 1)[0]
            if let i = x.smallInteger, range.contains(i) { return .int((i - range.start) / range.step) }
            throw PyError(.valueError, "\(try th.repr(x)) is not in range")
        }
        let s = PyType.slice
        s.defineAttribute("start", get: { _, v in (v.asObject as? PySlice)?.start ?? .None })
        s.defineAttribute("stop", get: { _, v in (v.asObject as? PySlice)?.stop ?? .None })
        s.defineAttribute("step", get: { _, v in (v.asObject as? PySlice)?.step ?? .None })
        s.method("indices", PySlice.self) { th, slice, a in
            let length = try th.indexValue(try a.methodArguments("indices", min: 1, max: 1)[0])
            if length < 0 { throw PyError(.valueError, "length should not be negative") }
            let r = try slice.indices(th, length: length)
            return .tuple([.int(r.start), .int(r.stop), .int(r.step)])
        }
        for view in [DictView.keysType, DictView.itemsType] {
            view.method("isdisjoint", DictView.self) { th, v, a in
                let it = try th.iterate(try a.methodArguments("isdisjoint", min: 1, max: 1)[0])
                while let x = try it.next(th) { if try v.contains(th, x) { return .bool(false) } }
                return .bool(true)
            }
        }
    }

    private static func installBytes() {
        let t = PyType.bytes
        t.method("decode", PyBytes.self) { _, b, a in
            let args = try a.bind("decode", ["encoding", "errors"], required: 0)
            return try BytesCodec.decode(b.bytes, encoding: args[0]?.asString ?? "utf-8",
                                         errors: args[1]?.asString ?? "strict")
        }
        t.method("hex", PyBytes.self) { _, b, _ in .str(b.bytes.map(hexByte).joined()) }
        t.method("startswith", PyBytes.self) { _, b, a in
            guard let p = try a.methodArguments("startswith", min: 1, max: 1)[0].asObject as? PyBytes else {
                throw PyError(.typeError, "startswith first arg must be bytes or a tuple of bytes")
            }
            return .bool(b.bytes.starts(with: p.bytes))
        }
        t.method("endswith", PyBytes.self) { _, b, a in
            guard let p = try a.methodArguments("endswith", min: 1, max: 1)[0].asObject as? PyBytes else {
                throw PyError(.typeError, "endswith first arg must be bytes or a tuple of bytes")
            }
            return .bool(b.bytes.reversed().starts(with: p.bytes.reversed()))
        }
        t.method("find", PyBytes.self) { _, b, a in
            guard let p = try a.methodArguments("find", min: 1, max: 1)[0].asObject as? PyBytes else {
                throw PyError(.typeError, "argument should be integer or bytes-like object")
            }
            return .int(StrSearch.find(b.bytes, p.bytes) ?? -1)
        }
        t.method("strip", PyBytes.self) { _, b, _ in
            let ws: Set<UInt8> = [9, 10, 11, 12, 13, 32]
            var bytes = ArraySlice(b.bytes)
            while let f = bytes.first, ws.contains(f) { bytes.removeFirst() }
            while let l = bytes.last, ws.contains(l) { bytes.removeLast() }
            return .bytes(Array(bytes))
        }
    }
}
