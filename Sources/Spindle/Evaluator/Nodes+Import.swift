/// `import`, `from … import …` and `from … import *`.

final class ImportStatement: StmtNode {
    /// Dotted module name, whether `as` was given, and the target it binds.
    let names: [(module: String, hasAlias: Bool, target: TargetNode)]

    init(_ names: [(String, Bool, TargetNode)], line: Int) {
        self.names = names.map { (module: $0.0, hasAlias: $0.1, target: $0.2) }
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        for (module, hasAlias, target) in names {
            let imported = try f.thread.importModule(module)
            if hasAlias {
                try target.assign(.object(imported), f)
            } else {
                let top = String(module.split(separator: ".").first ?? "")
                guard let topModule = f.thread.interpreter.module(named: top) else {
                    throw PyError(.moduleNotFoundError, "No module named '\(top)'")
                }
                try target.assign(.object(topModule), f)
            }
        }
        return .normal
    }
}

final class ImportFromStatement: StmtNode {
    let module: String
    let level: Int
    let names: [(name: String, target: TargetNode)]

    init(module: String, level: Int, names: [(String, TargetNode)], line: Int) {
        self.module = module
        self.level = level
        self.names = names.map { (name: $0.0, target: $0.1) }
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        if module == "__future__" && level == 0 { return .normal }
        let thread = f.thread
        let fullName = try thread.absoluteModuleName(module, level: level, f)
        let imported = try thread.importModule(fullName)
        for (name, target) in names {
            try target.assign(try thread.importedName(name, from: imported), f)
        }
        return .normal
    }
}

final class ImportStarStatement: StmtNode {
    let module: String
    let level: Int
    let globals: Namespace

    init(module: String, level: Int, globals: Namespace, line: Int) {
        self.module = module
        self.level = level
        self.globals = globals
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Completion {
        let thread = f.thread
        let imported = try thread.importModule(try thread.absoluteModuleName(module, level: level, f))
        if let all = imported.namespace["__all__"] {
            let iterator = try thread.iterate(all)
            while let item = try iterator.next(thread) {
                guard let name = item.asString else {
                    throw PyError(.typeError, "Item in \(imported.name).__all__ must be str, not \(item.pyType.name)")
                }
                globals[name] = try thread.importedName(name, from: imported)
            }
        } else {
            for (name, value) in imported.namespace.items() where !name.hasPrefix("_") {
                globals[name] = value
            }
        }
        return .normal
    }
}

extension ThreadState {
    /// `from module import name`: an attribute of the module, or its submodule.
    func importedName(_ name: String, from module: PyModule) throws -> Value {
        if let v = module.namespace[name] { return v }
        if module.namespace["__path__"] != nil, let sub = try? importModule(module.name + "." + name) {
            return .object(sub)
        }
        let location = module.namespace["__file__"]?.asString ?? "unknown location"
        throw PyError(.importError, "cannot import name '\(name)' from '\(module.name)' (\(location))")
    }

    /// Resolves a relative module name against the importing module's package.
    func absoluteModuleName(_ name: String, level: Int, _ f: Frame) throws -> String {
        guard level > 0 else { return name }
        let package = interpreter.module(named: f.code.moduleName)?.namespace["__package__"]?.asString ?? ""
        guard !package.isEmpty else {
            throw PyError(.importError, "attempted relative import with no known parent package")
        }
        var parts = package.split(separator: ".").map(String.init)
        if level - 1 > parts.count - 1 && level > 1 {
            throw PyError(.importError, "attempted relative import beyond top-level package")
        }
        parts.removeLast(level - 1)
        let base = parts.joined(separator: ".")
        return name.isEmpty ? base : base + "." + name
    }
}
