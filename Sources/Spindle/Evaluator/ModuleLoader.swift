import Glibc
import SpindleSyntax
import Synchronization

/// Makes module loading happen once per module even when several threads
/// import it at the same time: the first importer loads it; others wait
/// until it is done. A thread that re-enters its own import (a circular
/// import) gets the partly initialised module, as in Python.
final class ImportLocks {
    private final class Loading {
        let owner: ObjectIdentifier
        let done = HandOff()
        var finished = false
        init(owner: ObjectIdentifier) { self.owner = owner }
    }

    private let table = GuardedState<[String: Loading]>([:])

    /// Runs `load` unless another thread is loading `name`, in which case
    /// waits for it. Returns false when the caller should use `sys.modules`.
    func loadOnce(_ name: String, _ thread: ThreadState, _ load: () throws -> Void) throws {
        let me = ObjectIdentifier(thread)
        let (record, mine) = table.withLock { t -> (Loading, Bool) in
            if let existing = t[name] { return (existing, false) }
            let record = Loading(owner: me)
            t[name] = record
            return (record, true)
        }
        if !mine {
            if record.owner == me { return }
            record.done.lock()
            while !record.finished { record.done.wait() }
            record.done.unlock()
            return
        }
        defer {
            table.withLock { _ = $0.removeValue(forKey: name) }
            record.done.lock()
            record.finished = true
            record.done.signal()
            record.done.unlock()
        }
        try load()
    }
}

extension Interpreter {
    /// Where `import` looks for `.py` files: the main script's directory,
    /// then `InterpreterOptions.searchPath`, then `SPINDLEPATH`.
    public var defaultModuleSearchPath: [String] {
        var path: [String] = []
        if let dir = evaluator.scriptDirectory { path.append(dir) }
        path += options.searchPath
        if let extra = getenv("SPINDLEPATH") {
            path += String(cString: extra).split(separator: ":").map(String.init)
        }
        return path
    }
}

extension ThreadState {
    /// Imports a dotted module name (each package on the way first) and
    /// returns the innermost module.
    func importModule(_ dottedName: String) throws -> PyModule {
        if let cached = interpreter.module(named: dottedName) { return cached }
        let parts = dottedName.split(separator: ".").map(String.init)
        var parent: PyModule?
        var name = ""
        for part in parts {
            name = name.isEmpty ? part : name + "." + part
            let module = try importOne(name, parent: parent)
            if let parent { parent.namespace[part] = .object(module) }
            parent = module
        }
        guard let result = parent else { throw PyError(.valueError, "Empty module name") }
        return result
    }

    private func importOne(_ name: String, parent: PyModule?) throws -> PyModule {
        if let cached = interpreter.module(named: name) { return cached }
        try interpreter.evaluator.imports.loadOnce(name, self) {
            if interpreter.module(named: name) != nil { return }
            try load(name, parent: parent)
        }
        if let loaded = interpreter.module(named: name) { return loaded }
        throw PyError(.moduleNotFoundError, "No module named '\(name)'")
    }

    private func load(_ name: String, parent: PyModule?) throws {
        if let factory = ModuleRegistry.factories[name] {
            interpreter.registerModule(factory(interpreter))
            return
        }
        let directories: [String]
        if let parent {
            guard let path = parent.namespace["__path__"] else {
                throw PyError(.moduleNotFoundError, "No module named '\(name)'; '\(parent.name)' is not a package")
            }
            directories = try stringItems(path)
        } else {
            directories = try moduleSearchPath()
        }
        let leaf = String(name.split(separator: ".").last ?? "")
        for directory in directories {
            let base = directory.isEmpty ? leaf : directory + "/" + leaf
            let packageInit = base + "/__init__.py"
            if SourceFiles.isFile(packageInit) {
                try execute(file: packageInit, as: name, packageDirectory: base)
                return
            }
            if SourceFiles.isFile(base + ".py") {
                try execute(file: base + ".py", as: name, packageDirectory: nil)
                return
            }
        }
        throw PyError(.moduleNotFoundError, "No module named '\(name)'")
    }

    /// `sys.path` when the sys module defines it, else the default path.
    private func moduleSearchPath() throws -> [String] {
        if let path = interpreter.module(named: "sys")?.namespace["path"] { return try stringItems(path) }
        return interpreter.defaultModuleSearchPath
    }

    private func stringItems(_ value: Value) throws -> [String] {
        var out: [String] = []
        let iterator = try iterate(value)
        while let item = try iterator.next(self) { if let s = item.asString { out.append(s) } }
        return out
    }

    /// Runs a module file as module `name`, registering it first so
    /// circular imports see it; a failing module is unregistered.
    private func execute(file path: String, as name: String, packageDirectory: String?) throws {
        guard let text = SourceFiles.text(atPath: path) else {
            throw PyError(.importError, "cannot read module file '\(path)'")
        }
        let module = PyModule(name: name)
        module.namespace["__file__"] = .str(path)
        if let packageDirectory {
            module.namespace["__path__"] = makeList([.str(packageDirectory)])
            module.namespace["__package__"] = .str(name)
        } else {
            let package = name.split(separator: ".").dropLast().joined(separator: ".")
            module.namespace["__package__"] = .str(package)
        }
        interpreter.registerModule(module)
        do {
            try interpreter.runModule(source: SourceFile(name: path, text: text), module: module, thread: self)
        } catch {
            interpreter.unregisterModule(name)
            throw error
        }
    }
}
