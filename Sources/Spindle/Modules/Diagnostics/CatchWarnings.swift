/// `warnings.catch_warnings`: a context manager that saves the filters
/// and `showwarning` on entry and restores them on exit; with
/// `record=True` it collects `WarningMessage`s in a list instead of printing.
enum CatchWarnings {
    static let messageType: PyType = {
        let type = PyType(builtin: "WarningMessage", moduleName: "warnings", base: .object) { PyInstance(cls: $0) }
        type.defineMethod("__str__") { thread, args in
            guard let m = args.positional.first?.asObject as? PyInstance else { return .str("") }
            func field(_ name: String) throws -> String { try thread.str(m.attribute(name) ?? .None) }
            let category = (m.attribute("category")?.asObject as? PyType)?.name ?? "None"
            return .str("{message : \(try thread.repr(m.attribute("message") ?? .None)), category : '\(category)', "
                        + "filename : \(try thread.repr(m.attribute("filename") ?? .None)), lineno : \(try field("lineno")), "
                        + "line : \(try thread.repr(m.attribute("line") ?? .None))}")
        }
        return type
    }()

    static func type(_ state: WarningsState) -> PyType {
        let type = PyType(builtin: "catch_warnings", moduleName: "warnings", base: .object) { PyInstance(cls: $0) }
        type.defineMethod("__init__") { thread, args in
            guard let me = args.positional.first?.asObject as? PyInstance else { return .None }
            let slots = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("catch_warnings", ["record", "module"], required: 0)
            me.setAttribute("_record", .bool(try slots[0].map(thread.truthy) ?? false))
            return .None
        }
        type.defineMethod("__enter__") { thread, args in
            guard let me = args.positional.first?.asObject as? PyInstance else { return .None }
            let module = state.module
            let filters = (module.namespace["filters"]?.asObject as? PyList) ?? state.filters
            me.setAttribute("_saved_filters", .list(Array(filters.elements)))
            me.setAttribute("_saved_show", module.namespace["showwarning"] ?? state.originalShow)
            state.filtersChanged()
            guard case .bool(true) = me.attribute("_record") ?? .None else { return .None }
            let log = PyList()
            module.namespace["showwarning"] = .object(PyNativeFunction("showwarning") { thread, args in
                let slots = try args.bind("showwarning", ["message", "category", "filename", "lineno", "file", "line"],
                                          required: 4)
                let record = PyInstance(cls: messageType)
                let names = ["message", "category", "filename", "lineno", "file", "line"]
                for (name, value) in zip(names, slots) { record.setAttribute(name, value ?? .None) }
                log.append(.object(record))
                return .None
            })
            return .object(log)
        }
        type.defineMethod("__exit__") { _, args in
            guard let me = args.positional.first?.asObject as? PyInstance else { return .None }
            let module = state.module
            let filters = (module.namespace["filters"]?.asObject as? PyList) ?? state.filters
            if let saved = me.attribute("_saved_filters")?.asObject as? PyList { filters.replaceAll(saved.elements) }
            if let show = me.attribute("_saved_show") { module.namespace["showwarning"] = show }
            state.filtersChanged()
            return .bool(false)
        }
        return type
    }
}
