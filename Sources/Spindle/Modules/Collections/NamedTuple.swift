/// `collections.namedtuple`: validates the type and field names the way
/// CPython does, then builds a record class (see `RecordType`).
enum NamedTuple {
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return s.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }

    static func make(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        let slots = try args.bind("namedtuple", ["typename", "field_names", "rename", "defaults", "module"], required: 2)
        let typeName = try thread.stringArgument(slots[0]!, "namedtuple")
        var fields: [String]
        if let text = slots[1]!.asString {
            fields = text.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        } else {
            fields = try thread.collect(slots[1]!).map { try thread.str($0) }
        }
        let rename = try slots[2].map(thread.truthy) ?? false
        if rename {
            var seen = Set<String>()
            for (i, name) in fields.enumerated() {
                if !isIdentifier(name) || keywords.contains(name) || name.hasPrefix("_") || seen.contains(name) {
                    fields[i] = "_\(i)"
                }
                seen.insert(fields[i])
            }
        }
        for name in [typeName] + fields {
            guard isIdentifier(name) else {
                throw PyError(.valueError, "Type names and field names must be valid identifiers: \(try thread.repr(.str(name)))")
            }
            guard !keywords.contains(name) else {
                throw PyError(.valueError, "Type names and field names cannot be a keyword: \(try thread.repr(.str(name)))")
            }
        }
        var seen = Set<String>()
        for name in fields {
            if name.hasPrefix("_") && !rename {
                throw PyError(.valueError, "Field names cannot start with an underscore: \(try thread.repr(.str(name)))")
            }
            if seen.contains(name) {
                throw PyError(.valueError, "Encountered duplicate field name: \(try thread.repr(.str(name)))")
            }
            seen.insert(name)
        }
        let defaults = try slots[3].flatMap { $0.isNone ? nil : $0 }.map { Array(try thread.collect($0)) } ?? []
        guard defaults.count <= fields.count else { throw PyError(.typeError, "Got more default values than field names") }
        let moduleName = slots[4].flatMap { $0.asString } ?? "__main__"
        let type = try RecordType.make(name: typeName, moduleName: moduleName, fields: fields,
                                       defaults: defaults, constructorName: "<lambda>")
        let defaultsDict = PyDict()
        for (field, value) in zip(fields.suffix(defaults.count), defaults) { defaultsDict.set(field, value) }
        type.setAttribute("_field_defaults", .object(defaultsDict))
        type.setAttribute("_make", .object(PyNativeFunction("_make") { thread, inner in
            let a = try inner.exactly("_make", min: 1, max: 1)
            return try thread.call(.object(type), Arguments(Array(try thread.collect(a[0]))))
        }))
        return .object(type)
    }

}
