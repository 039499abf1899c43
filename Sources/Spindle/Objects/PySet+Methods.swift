import Synchronization

/// The methods of `set` and `frozenset`. Methods taking "other" accept
/// any iterable (the operators require sets, as in Python).
enum SetMethods {
    static func install() {
        for type in [PyType.set, .frozenset] {
            installShared(type)
        }
        installMutating(.set)
    }

    /// A set snapshot of any iterable argument.
    private static func operand(_ th: ThreadState, _ v: Value) throws -> PySet {
        if let s = v.asObject as? PySet { return s }
        return try TypeConstructors.makeSet(th, v, frozen: false)
    }

    /// `s.intersection(other)`: a set operand walks the smaller side; any
    /// other iterable is walked in its own order.
    private static func intersection(_ th: ThreadState, _ s: PySet, _ other: Value) throws -> PySet {
        if let set = other.asObject as? PySet { return try SetAlgebra.intersection(th, s, set, frozen: s.isFrozen) }
        let result = PySet(frozen: s.isFrozen)
        let it = try th.iterate(other)
        while let x = try it.next(th) {
            if try s.contains(th, x) { try result.add(th, x) }
        }
        return result
    }

    private static func installShared(_ t: PyType) {
        t.method("union", PySet.self) { th, s, a in
            let result = s.copy(frozen: s.isFrozen)
            for other in a.positional { try result.update(th, from: other) }
            return .object(result)
        }
        t.method("intersection", PySet.self) { th, s, a in
            var result = s.copy(frozen: s.isFrozen)
            for other in a.positional {
                result = try intersection(th, result, other)
            }
            return .object(result)
        }
        t.method("difference", PySet.self) { th, s, a in
            var result = s.copy(frozen: s.isFrozen)
            for other in a.positional {
                result = try SetAlgebra.difference(th, result, try operand(th, other), frozen: s.isFrozen)
            }
            return .object(result)
        }
        t.method("symmetric_difference", PySet.self) { th, s, a in
            let other = try operand(th, try a.methodArguments("symmetric_difference", min: 1, max: 1)[0])
            return .object(try SetAlgebra.symmetricDifference(th, s, other, frozen: s.isFrozen))
        }
        t.method("issubset", PySet.self) { th, s, a in
            let other = try operand(th, try a.methodArguments("issubset", min: 1, max: 1)[0])
            return .bool(try SetAlgebra.isSubset(th, s, other))
        }
        t.method("issuperset", PySet.self) { th, s, a in
            let other = try operand(th, try a.methodArguments("issuperset", min: 1, max: 1)[0])
            return .bool(try SetAlgebra.isSubset(th, other, s))
        }
        t.method("isdisjoint", PySet.self) { th, s, a in
            let other = try a.methodArguments("isdisjoint", min: 1, max: 1)[0]
            let it = try th.iterate(other)
            while let x = try it.next(th) { if try s.contains(th, x) { return .bool(false) } }
            return .bool(true)
        }
        t.method("copy", PySet.self) { _, s, _ in s.isFrozen ? .object(s) : .object(s.copy(frozen: false)) }
    }

    private static func installMutating(_ t: PyType) {
        t.method("add", PySet.self) { th, s, a in
            try s.add(th, try a.methodArguments("add", min: 1, max: 1)[0])
            return .None
        }
        t.method("discard", PySet.self) { th, s, a in
            try s.discard(th, try a.methodArguments("discard", min: 1, max: 1)[0])
            return .None
        }
        t.method("remove", PySet.self) { th, s, a in
            let x = try a.methodArguments("remove", min: 1, max: 1)[0]
            if !(try s.discard(th, x)) { throw PyError(.keyError, args: [x]) }
            return .None
        }
        t.method("pop", PySet.self) { _, s, a in
            _ = try a.methodArguments("pop", min: 0, max: 0)
            guard let key = s.table.withLock({ $0.popNext() }) else {
                throw PyError(.keyError, "pop from an empty set")
            }
            return key
        }
        t.method("clear", PySet.self) { _, s, _ in s.removeAll(); return .None }
        t.method("update", PySet.self) { th, s, a in
            for other in a.positional { try s.update(th, from: other) }
            return .None
        }
        t.method("intersection_update", PySet.self) { th, s, a in
            var result = s
            for other in a.positional { result = try intersection(th, result, other) }
            if result !== s { s.replaceContents(with: result) }
            return .None
        }
        t.method("difference_update", PySet.self) { th, s, a in
            for other in a.positional { try s.subtract(th, other) }
            return .None
        }
        t.method("symmetric_difference_update", PySet.self) { th, s, a in
            let other = try operand(th, try a.methodArguments("symmetric_difference_update", min: 1, max: 1)[0])
            for e in other.elements {
                if !(try s.discard(th, e)) { try s.add(th, e) }
            }
            return .None
        }
    }
}
