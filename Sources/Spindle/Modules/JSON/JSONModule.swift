/// The `json` module: `dumps`/`dump` through `JSONEncoder`, `loads`/`load`
/// through `JSONScanner`, and `JSONDecodeError`.
enum JSONModule {
    static let decodeError: PyType = (try? PyType(name: "JSONDecodeError", moduleName: "json.decoder",
                                                  bases: [.valueError])) ?? .valueError

    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "json")
        module.namespace["JSONDecodeError"] = .object(decodeError)
        module.namespace["JSONEncoder"] = .object(JSONEncoderType.type)
        let encoderOptions = ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent",
                              "separators", "default", "sort_keys"]
        module.defineFunction("dumps") { thread, args in
            let slots = try args.bind("dumps", ["obj"] + encoderOptions, required: 1)
            var encoder = try configure(thread, Array(slots.dropFirst()))
            return .str(try encoder.encode(slots[0]!))
        }
        module.defineFunction("dump") { thread, args in
            let slots = try args.bind("dump", ["obj", "fp"] + encoderOptions, required: 2)
            var encoder = try configure(thread, Array(slots.dropFirst(2)))
            let text = try encoder.encode(slots[0]!)
            _ = try thread.call(try thread.getAttribute(slots[1]!, "write"), .str(text))
            return .None
        }
        let decoderOptions = ["cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"]
        module.defineFunction("loads") { thread, args in
            let slots = try args.bind("loads", ["s"] + decoderOptions, required: 1)
            return try decode(thread, slots[0]!, hook: slots[2])
        }
        module.defineFunction("load") { thread, args in
            let slots = try args.bind("load", ["fp"] + decoderOptions, required: 1)
            let text = try thread.call(try thread.getAttribute(slots[0]!, "read"))
            return try decode(thread, text, hook: slots[2])
        }
        return module
    }

    /// Reads the keyword options of `dumps`/`dump` (in `encoderOptions`
    /// order); with `cls`, the encoder instance `cls(**options)` decides.
    private static func configure(_ thread: ThreadState, _ o: [Value?]) throws -> JSONEncoder {
        if let cls = o[4], !cls.isNone {
            let names = ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "", "indent",
                         "separators", "default", "sort_keys"]
            let keywords = zip(names, o).compactMap { name, value in value.map { (name: name, value: $0) } }
                .filter { !$0.name.isEmpty }
            let instance = try thread.call(cls, Arguments([], keywords: keywords))
            return try JSONEncoderType.encoder(thread, for: instance)
        }
        func flag(_ v: Value?, _ fallback: Bool) throws -> Bool { try v.map(thread.truthy) ?? fallback }
        var encoder = JSONEncoder(thread: thread)
        encoder.skipKeys = try flag(o[0], false)
        encoder.ensureASCII = try flag(o[1], true)
        encoder.allowNaN = try flag(o[3], true)
        try applyLayout(thread, &encoder, indent: o[5] ?? .None, separators: o[6] ?? .None)
        encoder.fallback = o[7].flatMap { $0.isNone ? nil : $0 }
        encoder.sortKeys = try flag(o[8], false)
        return encoder
    }

    /// `indent` (spaces or a string) and `separators`, with CPython's
    /// default item separator of `,` once an indent is given.
    static func applyLayout(_ thread: ThreadState, _ encoder: inout JSONEncoder, indent: Value, separators: Value) throws {
        if !indent.isNone {
            encoder.indent = try indent.asString ?? String(repeating: " ", count: max(0, thread.indexArgument(indent)))
            encoder.itemSeparator = ","
        }
        if !separators.isNone {
            let pair = try thread.collect(separators)
            guard pair.count == 2, let item = pair[0].asString, let key = pair[1].asString else {
                throw PyError(.typeError, "separators must be a (item_separator, key_separator) pair of strings")
            }
            (encoder.itemSeparator, encoder.keySeparator) = (item, key)
        }
    }

    private static func decode(_ thread: ThreadState, _ source: Value, hook: Value?) throws -> Value {
        let text: String
        if let s = source.asString { text = s }
        else if let b = source.asObject as? PyBytes { text = String(decoding: b.bytes, as: UTF8.self) }
        else {
            throw PyError(.typeError, "the JSON object must be str, bytes or bytearray, not \(source.pyType.name)")
        }
        do {
            return try value(thread, try JSONScanner.parse(text), hook: hook.flatMap { $0.isNone ? nil : $0 })
        } catch let failure as JSONScanner.Failure {
            let error = PyError(decodeError, failure.text)
            let exception = error.exception
            exception.setAttribute("msg", .str(failure.message))
            exception.setAttribute("doc", .str(text))
            exception.setAttribute("pos", .int(failure.position))
            exception.setAttribute("lineno", .int(failure.line))
            exception.setAttribute("colno", .int(failure.column))
            throw error
        }
    }

    /// Converts a parsed document into Python values (objects become dicts,
    /// passed through `object_hook` when given).
    private static func value(_ thread: ThreadState, _ node: JSONNode, hook: Value?) throws -> Value {
        switch node {
        case .null: return .None
        case .bool(let b): return .bool(b)
        case .integer(let digits):
            if let small = Int(digits) { return .int(small) }
            return try thread.call(.object(PyType.int), .str(digits))
        case .float(let d): return .float(d)
        case .string(let s): return .str(s)
        case .array(let items): return .list(try items.map { try value(thread, $0, hook: hook) })
        case .object(let members):
            let dict = PyDict()
            for (key, member) in members { dict.set(key, try value(thread, member, hook: hook)) }
            guard let hook else { return .object(dict) }
            return try thread.call(hook, .object(dict))
        }
    }
}
