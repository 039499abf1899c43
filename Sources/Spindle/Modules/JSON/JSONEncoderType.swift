/// `json.JSONEncoder`: the class form of `dumps`' options, so scripts can
/// subclass it and override `default` (and pass it as `dumps(cls=...)`).
/// The options are plain instance attributes; `encode` runs the native
/// encoder with the instance's `default` method as the fallback.
enum JSONEncoderType {
    static let optionNames = ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys",
                              "indent", "separators", "default"]

    static let type: PyType = {
        let type = PyType(builtin: "JSONEncoder", moduleName: "json.encoder", base: .object) { PyInstance(cls: $0) }
        type.defineMethod("__init__") { thread, args in
            guard let me = args.positional.first?.asObject as? PyInstance else { return .None }
            let slots = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("JSONEncoder", optionNames, required: 0)
            let defaults: [Value] = [.bool(false), .bool(true), .bool(true), .bool(true), .bool(false),
                                     .None, .None, .None]
            for (i, name) in optionNames.enumerated() where name != "default" {
                me.setAttribute(name, slots[i] ?? defaults[i])
            }
            if let fallback = slots[7], !fallback.isNone { me.setAttribute("default", fallback) }
            return .None
        }
        type.defineMethod("default") { _, args in
            let value = args.positional.count > 1 ? args.positional[1] : .None
            throw PyError(.typeError, "Object of type \(value.pyType.name) is not JSON serializable")
        }
        type.defineMethod("encode") { thread, args in
            guard args.positional.count == 2 else { throw PyError(.typeError, "encode() takes exactly one argument") }
            var encoder = try encoder(thread, for: args.positional[0])
            return .str(try encoder.encode(args.positional[1]))
        }
        return type
    }()

    /// A native encoder configured from an encoder instance's attributes.
    static func encoder(_ thread: ThreadState, for instance: Value) throws -> JSONEncoder {
        func option(_ name: String) throws -> Value { try thread.getAttribute(instance, name) }
        func flag(_ name: String) throws -> Bool { try thread.truthy(try option(name)) }
        var encoder = JSONEncoder(thread: thread)
        encoder.skipKeys = try flag("skipkeys")
        encoder.ensureASCII = try flag("ensure_ascii")
        encoder.allowNaN = try flag("allow_nan")
        encoder.sortKeys = try flag("sort_keys")
        try JSONModule.applyLayout(thread, &encoder, indent: try option("indent"), separators: try option("separators"))
        encoder.fallback = try option("default")
        return encoder
    }
}
