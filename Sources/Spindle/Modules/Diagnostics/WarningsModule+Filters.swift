/// Issuing warnings and editing the filter list.
extension WarningsModule {
    static func warn(_ thread: ThreadState, _ state: WarningsState, message: Value, category: Value?) throws {
        var categoryType = PyType.userWarning
        var instance: Value
        if let exception = message.asObject as? PyExceptionObject, exception.cls.isSubtype(of: .warning) {
            categoryType = exception.cls
            instance = message
        } else {
            if let category, !category.isNone {
                guard let type = category.asObject as? PyType, type.isSubtype(of: .warning) else {
                    throw PyError(.typeError, "category must be a Warning subclass, not '\(category.pyType.name)'")
                }
                categoryType = type
            }
            instance = try thread.call(.object(categoryType), message)
        }
        let text = try thread.str(instance)
        let site = thread.evaluation.callSite
        let file = site?.file ?? "sys"
        let line = site?.line ?? 1
        let action = try matchingAction(thread, state, text: text, category: categoryType,
                                        module: moduleName(thread, file), line: line)
        switch action {
        case "ignore": return
        case "error": throw PyError(instance.asObject as? PyExceptionObject ?? PyExceptionObject(cls: categoryType))
        case "always": break
        default:
            guard state.firstTime(action, text: text, category: categoryType, file: file, line: line) else { return }
        }
        let source = thread.evaluation.callSiteSourceLine(line).map { Value.str($0) } ?? .None
        let show = state.module.namespace["showwarning"] ?? state.originalShow
        _ = try thread.call(show, Arguments([instance, .object(categoryType), .str(file), .int(line)],
                                            keywords: [("line", source)]))
    }

    /// `__main__` for the script being run, else the file's base name without `.py`.
    private static func moduleName(_ thread: ThreadState, _ file: String) -> String {
        let script = thread.interpreter.options.argv.first ?? ""
        let mainFile = thread.interpreter.module(named: "__main__")?.namespace["__file__"]?.asString
        if file == script || file == PathModule.absolute(script) || file == mainFile || file.hasPrefix("<") {
            return "__main__"
        }
        let base = PathModule.split(file).tail
        return base.hasSuffix(".py") ? String(base.dropLast(3)) : base
    }

    private static func matchingAction(_ thread: ThreadState, _ state: WarningsState, text: String,
                                       category: PyType, module: String, line: Int) throws -> String {
        let entries = (state.module.namespace["filters"]?.asObject as? PyList)?.elements ?? state.filters.elements
        for entry in entries {
            guard let fields = (entry.asObject as? PyTuple)?.elements, fields.count == 5,
                  let action = fields[0].asString else { continue }
            if let pattern = fields[1].asString, !PatternMatch(pattern, ignoreCase: true).matchesPrefix(text) { continue }
            if let type = fields[2].asObject as? PyType, !category.isSubtype(of: type) { continue }
            if let pattern = fields[3].asString, !PatternMatch(pattern, ignoreCase: false).matchesPrefix(module) { continue }
            if case .int(let n) = fields[4], n != 0, n != line { continue }
            return action
        }
        return "default"
    }

    static func defineFilterFunctions(_ m: PyModule, _ state: WarningsState) {
        func add(_ thread: ThreadState, _ entry: [Value], append: Bool) throws {
            let filters = (m.namespace["filters"]?.asObject as? PyList) ?? state.filters
            var items: [Value] = []
            for existing in filters.elements where try !thread.equals(existing, .tuple(entry)) { items.append(existing) }
            if append { items.append(.tuple(entry)) } else { items.insert(.tuple(entry), at: 0) }
            filters.replaceAll(ContiguousArray(items))
            state.filtersChanged()
        }
        func checkedAction(_ thread: ThreadState, _ value: Value) throws -> String {
            let action = try thread.stringArgument(value, "filterwarnings")
            guard actions.contains(action) else { throw PyError(.assertionError, "invalid action: \(try thread.repr(value))") }
            return action
        }
        func category(_ value: Value?) throws -> Value {
            guard let value, !value.isNone else { return .object(PyType.warning) }
            guard let type = value.asObject as? PyType, type.isSubtype(of: .warning) else {
                throw PyError(.assertionError, "category must be a Warning subclass")
            }
            return value
        }
        m.defineFunction("filterwarnings") { thread, args in
            let slots = try args.bind("filterwarnings", ["action", "message", "category", "module", "lineno", "append"],
                                      required: 1)
            let action = try checkedAction(thread, slots[0]!)
            let message = try slots[1].map { try thread.stringArgument($0, "filterwarnings") } ?? ""
            let module = try slots[3].map { try thread.stringArgument($0, "filterwarnings") } ?? ""
            let entry: [Value] = [.str(action), message.isEmpty ? .None : .str(message), try category(slots[2]),
                                  module.isEmpty ? .None : .str(module + "\\Z"), .int(try slots[4].map(thread.indexArgument) ?? 0)]
            try add(thread, entry, append: try slots[5].map(thread.truthy) ?? false)
            return .None
        }
        m.defineFunction("simplefilter") { thread, args in
            let slots = try args.bind("simplefilter", ["action", "category", "lineno", "append"], required: 1)
            let action = try checkedAction(thread, slots[0]!)
            let entry: [Value] = [.str(action), .None, try category(slots[1]), .None,
                                  .int(try slots[2].map(thread.indexArgument) ?? 0)]
            try add(thread, entry, append: try slots[3].map(thread.truthy) ?? false)
            return .None
        }
        m.defineFunction("resetwarnings") { _, _ in
            ((m.namespace["filters"]?.asObject as? PyList) ?? state.filters).replaceAll([])
            state.filtersChanged()
            return .None
        }
    }
}
