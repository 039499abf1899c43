/// The `copy` module: shallow and deep copies. Built-in containers are
/// copied natively; instances honour `__copy__`/`__deepcopy__`, and
/// otherwise get a new instance of the same class with their attributes
/// copied (without running `__init__`, as CPython does).
enum CopyModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "copy")
        module.namespace["Error"] = .object(PyType.exception)
        module.defineUnary("copy") { thread, value in try shallow(thread, value) }
        module.defineFunction("deepcopy") { thread, args in
            let slots = try args.bind("deepcopy", ["x", "memo"], required: 1)
            let memo = (slots[1]?.asObject as? PyDict) ?? PyDict()
            return try deep(thread, slots[0]!, memo)
        }
        return module
    }

    static func shallow(_ thread: ThreadState, _ value: Value) throws -> Value {
        guard case .object(let o) = value else { return value }
        switch o {
        case let l as PyList: return .list(Array(l.elements))
        case let d as PyDict: return .object(d.copy())
        case let s as PySet: return s.pyType === PyType.frozenset ? value : .object(s.copy(frozen: false))
        case let d as PyDeque: return try thread.call(try thread.getAttribute(.object(d), "copy"))
        case let m as PyMapping where m.cls.lookup("__copy__") == nil:
            return try thread.call(try thread.getAttribute(.object(m), "copy"))
        default: break
        }
        if let method = o.pyType.lookup("__copy__") { return try thread.call(method, value) }
        guard let instance = o as? PyInstance, !(o is PyRecord) else { return value }
        return .object(try clone(instance) { $0 })
    }

    /// A new object of `instance`'s class with its attributes mapped through `transform`.
    private static func clone(_ instance: PyInstance, _ transform: (Value) throws -> Value) throws -> PyInstance {
        guard let allocate = instance.cls.effectiveAllocator, let made = allocate(instance.cls) as? PyInstance else {
            throw PyError(.typeError, "cannot copy '\(instance.cls.name)' object")
        }
        if let exception = instance as? PyExceptionObject, let copy = made as? PyExceptionObject {
            copy.args = try exception.args.map(transform)
        }
        for (name, value) in instance.attributeSnapshot() { made.setAttribute(name, try transform(value)) }
        return made
    }

    static func deep(_ thread: ThreadState, _ value: Value, _ memo: PyDict) throws -> Value {
        guard case .object(let o) = value else { return value }
        if o is PyStr || o is PyBigInt || o is PyBytes || o is PyType || o is PyNativeFunction
            || o.pyType === PyType.function || o is PyModule || o is PyRange { return value }
        let id = Value.int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue)))
        if let done = try memo.get(thread, id) { return done }
        func remember(_ copy: Value) throws -> Value {
            try memo.set(thread, id, copy)
            return copy
        }
        switch o {
        case let t as PyTuple:
            let items = try t.elements.map { try deep(thread, $0, memo) }
            if zip(items, t.elements).allSatisfy({ $0.isIdentical(to: $1) }) { return value }
            return try remember(.tuple(items))
        case let l as PyList:
            let copy = PyList()
            _ = try remember(.object(copy))
            for item in l.elements { copy.append(try deep(thread, item, memo)) }
            return .object(copy)
        case let d as PyDict:
            let copy = PyDict()
            _ = try remember(.object(copy))
            for (k, v) in d.items { try copy.set(thread, try deep(thread, k, memo), try deep(thread, v, memo)) }
            return .object(copy)
        case let s as PySet:
            let copy = PySet(frozen: s.pyType === PyType.frozenset)
            for item in s.elements { _ = try copy.add(thread, try deep(thread, item, memo)) }
            return try remember(.object(copy))
        default: break
        }
        if let method = o.pyType.lookup("__deepcopy__") {
            return try remember(try thread.call(method, value, .object(memo)))
        }
        guard let instance = o as? PyInstance else { return value }
        if let d = instance as? PyDeque {
            let items = try d.snapshot().map { try deep(thread, $0, memo) }
            let copy = PyDeque(cls: d.cls)
            copy.setLimit(d.maxLength)
            copy.setAttribute("maxlen", d.maxLength.map { .int($0) } ?? .None)
            copy.replaceAll(items)
            return try remember(.object(copy))
        }
        if let mapping = instance as? PyMapping {
            let copy = PyMapping(cls: mapping.cls)
            _ = try remember(.object(copy))
            for (name, attribute) in mapping.attributeSnapshot() {
                copy.setAttribute(name, try deep(thread, attribute, memo))
            }
            for (k, v) in mapping.storage.items {
                try copy.storage.set(thread, try deep(thread, k, memo), try deep(thread, v, memo))
            }
            return .object(copy)
        }
        if let record = instance as? PyRecord {
            let values = try record.values.map { try deep(thread, $0, memo) }
            let fields = try thread.collect(record.cls.lookup("_fields") ?? .tuple([])).compactMap { $0.asString }
            let copy = PyRecord(cls: record.cls)
            copy.fill(values, fields: fields)
            return try remember(.object(copy))
        }
        guard let allocate = instance.cls.effectiveAllocator, let made = allocate(instance.cls) as? PyInstance else {
            throw PyError(.typeError, "cannot copy '\(instance.cls.name)' object")
        }
        _ = try remember(.object(made))
        if let exception = instance as? PyExceptionObject, let copy = made as? PyExceptionObject {
            copy.args = try exception.args.map { try deep(thread, $0, memo) }
        }
        for (name, attribute) in instance.attributeSnapshot() {
            made.setAttribute(name, try deep(thread, attribute, memo))
        }
        return .object(made)
    }
}
