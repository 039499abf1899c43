import SpindleSyntax

/// An instance of a tuple-like record class: `collections.namedtuple`
/// classes, `time.struct_time`, `sys.version_info`. Its values are fixed
/// at construction; each field is also readable as an attribute.
final class PyRecord: PyInstance {
    private(set) var values: [Value] = []

    /// Called once, from `__init__`, before the record is shared.
    func fill(_ values: [Value], fields: [String]) {
        self.values = values
        for (name, value) in zip(fields, values) { setAttribute(name, value) }
    }
}

/// Builds record classes: a `PyType` whose instances are `PyRecord`s and
/// which behaves like a tuple (indexing, `len`, iteration, unpacking,
/// equality with tuples, hashing) with a `Name(field=value, …)` repr.
enum RecordType {
    /// `reprName` is what the repr shows before the parenthesis
    /// (`time.struct_time` for struct_time, `Point` for a namedtuple).
    /// `defaults` fill the last fields when fewer values are given.
    static func make(name: String, moduleName: String, fields: [String], reprName: String? = nil,
                     defaults: [Value] = [], base: PyType = .object,
                     constructorName: String = "__new__") throws -> PyType {
        let type = try PyType(name: name, moduleName: moduleName, bases: [base]) { PyRecord(cls: $0) }
        type.setAttribute("_fields", .tuple(fields.map { .str($0) }))
        type.setAttribute("__module__", .str(moduleName))
        let shown = reprName ?? name
        let required = fields.count - defaults.count
        type.defineMethod("__init__") { thread, args in
            guard let record = args.positional.first?.asObject as? PyRecord else {
                throw PyError(.typeError, "descriptor '__init__' requires a '\(name)' object")
            }
            // Bound as `(_cls, field, ...)` so argument-count errors read as CPython's.
            var bound = args
            bound.positional[0] = .object(record.cls)
            let slots = try bound.bind(constructorName, ["_cls"] + fields, required: required + 1)
            let values = slots.dropFirst().enumerated().map { i, v in v ?? defaults[i - required] }
            record.fill(Array(values), fields: fields)
            return .None
        }
        defineSequenceMethods(type)
        type.defineMethod("__repr__") { thread, args in
            let record = try receiver(args, name)
            let parts = try zip(fields, record.values).map { "\($0)=\(try thread.repr($1))" }
            return .str("\(shown)(\(parts.joined(separator: ", ")))")
        }
        type.defineMethod("_asdict") { thread, args in
            let record = try receiver(args, name)
            let dict = PyDict()
            for (field, value) in zip(fields, record.values) { dict.set(field, value) }
            return .object(dict)
        }
        type.defineMethod("_replace") { thread, args in
            let record = try receiver(args, name)
            var values = record.values
            for (key, value) in args.keywords {
                guard let i = fields.firstIndex(of: key) else {
                    throw PyError(.valueError, "Got unexpected field names: ['\(key)']")
                }
                values[i] = value
            }
            return try thread.call(.object(record.cls), Arguments(values))
        }
        return type
    }

    static func receiver(_ args: Arguments, _ name: String) throws -> PyRecord {
        guard let record = args.positional.first?.asObject as? PyRecord else {
            throw PyError(.typeError, "descriptor requires a '\(name)' object")
        }
        return record
    }

    /// The tuple protocol, delegated to a tuple of the values.
    private static func defineSequenceMethods(_ type: PyType) {
        let name = type.name
        func asTuple(_ args: Arguments) throws -> Value { .tuple(try receiver(args, name).values) }
        type.defineMethod("__len__") { _, args in .int(try receiver(args, name).values.count) }
        type.defineMethod("__getitem__") { thread, args in
            guard args.positional.count == 2 else { throw PyError(.typeError, "__getitem__ expected 1 argument") }
            return try thread.getItem(try asTuple(args), args.positional[1])
        }
        type.defineMethod("__iter__") { thread, args in .object(try thread.iterate(try asTuple(args))) }
        type.defineMethod("__contains__") { thread, args in
            .bool(try thread.contains(try asTuple(args), args.positional[1]))
        }
        type.defineMethod("__hash__") { thread, args in .int(try thread.hash(try asTuple(args))) }
        let comparisons: [(String, CompareOperator)] = [("__eq__", .equal), ("__ne__", .notEqual),
                                                         ("__lt__", .less), ("__le__", .lessEqual),
                                                         ("__gt__", .greater), ("__ge__", .greaterEqual)]
        for (dunder, op) in comparisons {
            type.defineMethod(dunder) { thread, args in
                guard args.positional.count == 2 else { throw PyError(.typeError, "\(dunder) expected 1 argument") }
                var other = args.positional[1]
                if let record = other.asObject as? PyRecord { other = .tuple(record.values) }
                guard other.asObject is PyTuple else { return .notImplemented }
                return try thread.compare(op, try asTuple(args), other)
            }
        }
    }
}
