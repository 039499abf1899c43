import SpindleSyntax

/// The `collections` module: `deque` and `namedtuple` are native; the
/// dict subclasses (`defaultdict`, `OrderedDict`, `Counter`) are written
/// in Python (`CollectionsSource`) on top of the native dict.
enum CollectionsModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "collections")
        module.namespace["deque"] = .object(PyDeque.type)
        module.namespace["_MappingBase"] = .object(PyMapping.type)
        module.defineFunction("namedtuple") { thread, args in try NamedTuple.make(thread, args) }
        PythonSource.run(CollectionsSource.text, in: module, interpreter)
        return module
    }
}

/// Runs Python text that defines part of a built-in module. The text ships
/// with Spindle and is covered by the tests, so a failure here is a bug in
/// Spindle: it is reported on stderr and the module keeps what it has.
enum PythonSource {
    static func run(_ text: String, in module: PyModule, _ interpreter: Interpreter) {
        let thread = ThreadState(interpreter: interpreter)
        do {
            try interpreter.runModule(source: SourceFile(name: "<\(module.name)>", text: text), module: module, thread: thread)
        } catch let error as PyError {
            let message = (try? thread.str(.object(error.exception))) ?? ""
            interpreter.standardError.write("spindle: module \(module.name) failed to initialise: \(error.type.name): \(message)\n")
        } catch {
            interpreter.standardError.write("spindle: module \(module.name) failed to initialise: \(error)\n")
        }
    }
}
