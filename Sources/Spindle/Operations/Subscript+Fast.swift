import Synchronization

/// The subscript fast paths the evaluator takes before the general
/// `getItem`/`setItem`: an exact `list` or `tuple` indexed by an int, an
/// exact `dict` keyed by a value whose hash and equality need no Python
/// code. Each is decided from the object's `objectKind` (one load and
/// compare); the container is read or written in one critical section.
/// Anything else — subclasses, slices, keys with a Python `__eq__` that
/// collide — returns nil and goes the general way. No thread state is
/// needed (and none is retained): these paths never call Python code.
enum FastSubscript {
    /// `container[key]`, or nil when the general path must decide.
    @inline(__always)
    static func get(_ container: PyObject, _ key: Value) throws -> Value? {
        switch container.objectKind {
        case .list:
            guard case .int(let i) = key else { return nil }
            return try unsafeDowncast(container, to: PyList.self).item(i)
        case .tuple:
            guard case .int(let i) = key else { return nil }
            return try unsafeDowncast(container, to: PyTuple.self).item(i)
        case .dict:
            guard let hash = NativeKey.hash(key) else { return nil }
            switch unsafeDowncast(container, to: PyDict.self).nativeLookup(key, hash: hash) {
            case .found(let v): return v
            case .missing: throw PyError(.keyError, args: [key])
            case .undecided: return nil
            }
        default:
            return nil
        }
    }

    /// `container[key] = value`; false when the general path must decide.
    @inline(__always)
    static func set(_ container: PyObject, _ key: Value, _ value: Value) throws -> Bool {
        switch container.objectKind {
        case .list:
            guard case .int(let i) = key else { return false }
            try unsafeDowncast(container, to: PyList.self).setItem(i, value)
            return true
        case .dict:
            guard let hash = NativeKey.hash(key) else { return false }
            return unsafeDowncast(container, to: PyDict.self).nativeStore(key, value, hash: hash)
        default:
            return false
        }
    }
}

/// Keys whose hash is computed without running Python code: numbers,
/// `None` and strings (whose hash is cached in the object).
enum NativeKey {
    @inline(__always)
    static func hash(_ key: Value) -> Int? {
        switch key {
        case .int(let i): return NumericHash.of(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return NumericHash.of(d)
        case .None: return ThreadState.noneHash
        case .object(let o):
            guard o.objectKind == .str else { return nil }
            return unsafeDowncast(o, to: PyStr.self).hashValue
        }
    }
}

/// What a lock-held lookup decided.
enum NativeLookup {
    case found(Value)
    case missing
    /// A same-hash key needs a Python `__eq__`: use the general path.
    case undecided
}

extension PyDict {
    /// Looks `key` up under one lock acquisition, without calling Python.
    @inline(__always)
    func nativeLookup(_ key: Value, hash: Int) -> NativeLookup {
        table.withLock { t -> NativeLookup in
            switch t.probe(key, hash: hash) {
            case .found(let i): return t.value(at: i).map { .found($0) } ?? .missing
            case .missing: return .missing
            case .undecided: return .undecided
            }
        }
    }

    /// `d[key] = value` under one lock acquisition; false when a same-hash
    /// key needs a Python `__eq__`. The replaced value is released after
    /// the lock is dropped.
    @inline(__always)
    func nativeStore(_ key: Value, _ value: Value, hash: Int) -> Bool {
        let (stored, old) = table.withLock { t -> (Bool, Value?) in
            switch t.probe(key, hash: hash) {
            case .found(let i): return (true, t.setValue(value, at: i))
            case .missing:
                t.insertNew(key, value, hash: hash)
                return (true, nil)
            case .undecided: return (false, nil)
            }
        }
        _ = old
        return stored
    }
}

extension PyTuple {
    /// `t[i]` with Python's negative-index rule.
    @inline(__always)
    func item(_ index: Int) throws -> Value {
        let i = index < 0 ? index + count : index
        guard i >= 0 && i < count else { throw PyError(.indexError, "tuple index out of range") }
        return item(at: i)
    }
}
