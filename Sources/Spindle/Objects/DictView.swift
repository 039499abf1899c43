/// `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dict.
/// Keys and items views also behave as sets (`&`, `|`, `-`, `^`, `==`).
final class DictView: PyObject {
    let dict: PyDict
    let kind: DictIterationKind

    init(_ dict: PyDict, _ kind: DictIterationKind) {
        self.dict = dict
        self.kind = kind
    }

    override var pyType: PyType {
        switch kind {
        case .keys: return DictView.keysType
        case .values: return DictView.valuesType
        case .items: return DictView.itemsType
        }
    }

    static let keysType = PyType(builtin: "dict_keys", base: .object)
    static let valuesType = PyType(builtin: "dict_values", base: .object)
    static let itemsType = PyType(builtin: "dict_items", base: .object)

    /// The view's current elements (keys, values, or `(key, value)` tuples).
    var elements: [Value] {
        switch kind {
        case .keys: return dict.keys
        case .values: return dict.values
        case .items: return dict.items.map { .object(PyTuple($0.key, $0.value)) }
        }
    }

    /// A set snapshot of a keys or items view.
    func asSet(_ thread: ThreadState) throws -> PySet {
        let set = PySet()
        for e in elements { try set.add(thread, e) }
        return set
    }

    /// `x in view`.
    func contains(_ thread: ThreadState, _ x: Value) throws -> Bool {
        switch kind {
        case .keys: return try dict.contains(thread, x)
        case .values:
            for v in dict.values where try thread.elementsEqual(v, x) { return true }
            return false
        case .items:
            guard let pair = x.asObject as? PyTuple, pair.count == 2 else { return false }
            guard let v = try dict.get(thread, pair.elements[0]) else { return false }
            return try thread.elementsEqual(v, pair.elements[1])
        }
    }

    var typeName: String {
        switch kind {
        case .keys: return "dict_keys"
        case .values: return "dict_values"
        case .items: return "dict_items"
        }
    }
}
