import BigInt
import SpindleSyntax

/// The evaluator's shorthands for making and taking apart built-in values.

@inline(__always) func makeTuple(_ items: [Value]) -> Value { .tuple(items) }
@inline(__always) func makeList(_ items: [Value]) -> Value { .list(items) }

/// A dict with string keys (keyword arguments); other keys are never passed.
func makeDict(_ pairs: [(Value, Value)]) -> Value {
    let dict = PyDict()
    for (k, v) in pairs { dict.set(k.asString ?? "", v) }
    return .object(dict)
}

func makeBigInt(_ digits: String) -> Value { .integer(BigInt(digits) ?? 0) }
func makeBytes(_ bytes: [UInt8]) -> Value { .bytes(bytes) }

/// The elements of a tuple, or nil for anything else.
func tupleItems(_ v: Value) -> [Value]? {
    guard let t = v.asObject as? PyTuple else { return nil }
    return Array(t.elements)
}

extension ThreadState {
    /// `a op= b`: the in-place special method when the type has one, else `a op b`.
    func inplaceOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if case .object(let o) = a, !(o is PyStr), !(o is PyTuple) {
            if let method = a.pyType.lookup(op.specialNames.inplace) {
                let result = try call(method, Arguments([a, b]))
                if !result.isNotImplemented { return result }
            } else if let list = o as? PyList, op == .add {
                list.append(contentsOf: try collect(b))
                return a
            }
        }
        return try binary(op, a, b)
    }

    func makeSlice(_ lower: Value, _ upper: Value, _ step: Value) -> Value {
        .object(PySlice(start: lower, stop: upper, step: step))
    }

    func makeSet(_ items: [Value]) throws -> Value {
        let set = PySet()
        for item in items { _ = try set.add(self, item) }
        return .object(set)
    }

    func addToSet(_ set: Value, _ item: Value) throws {
        _ = try (set.asObject as? PySet)?.add(self, item)
    }

    func appendToList(_ list: Value, _ item: Value) {
        (list.asObject as? PyList)?.append(item)
    }

    func setDictItem(_ dict: Value, _ key: Value, _ value: Value) throws {
        try (dict.asObject as? PyDict)?.set(self, key, value)
    }

    /// Key/value pairs of a mapping, for `**mapping` in calls and dict displays.
    func mappingItems(_ v: Value) throws -> [(Value, Value)] {
        if let dict = v.asObject as? PyDict { return dict.items.map { ($0.key, $0.value) } }
        guard let keys = v.pyType.lookup("keys") else {
            throw PyError(.typeError, "'\(v.pyType.name)' object is not a mapping")
        }
        var pairs: [(Value, Value)] = []
        for key in try collect(try call(keys, Arguments([v]))) {
            pairs.append((key, try getItem(v, key)))
        }
        return pairs
    }
}
