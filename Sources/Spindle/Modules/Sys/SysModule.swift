#if canImport(Glibc)
import Glibc
import Synchronization
#endif

/// The `sys` module: the interpreter's view of itself (argv, path,
/// modules, version), the standard streams scripts may replace, and
/// `exit`/`exc_info`.
enum SysModule {
    static let versionText = "3.9.18 (Spindle)"

    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "sys")
        let ns = module.namespace
        ns["argv"] = .list(interpreter.options.argv.map { .str($0) })
        ns["path"] = .list(interpreter.defaultModuleSearchPath.map { .str($0) })
        ns["modules"] = .object(modulesSnapshot(interpreter, including: module))
        let out = Value.object(StandardFiles.output(interpreter))
        let err = Value.object(StandardFiles.error(interpreter))
        let input = Value.object(StandardFiles.input(interpreter))
        (ns["stdout"], ns["__stdout__"]) = (out, out)
        (ns["stderr"], ns["__stderr__"]) = (err, err)
        (ns["stdin"], ns["__stdin__"]) = (input, input)
        defineConstants(ns)
        defineFunctions(module)
        return module
    }

    /// `sys.modules`: a dict of the modules imported so far (a snapshot
    /// taken when `sys` is first imported, plus `sys` itself).
    private static func modulesSnapshot(_ interpreter: Interpreter, including sys: PyModule) -> PyDict {
        let dict = PyDict()
        let table = interpreter.modules.withLock { $0 }
        for name in table.keys.sorted() { dict.set(name, .object(table[name]!)) }
        dict.set("builtins", .object(interpreter.builtins))
        dict.set("sys", .object(sys))
        return dict
    }

    private static func defineConstants(_ ns: Namespace) {
        ns["version"] = .str(versionText)
        let fields = ["major", "minor", "micro", "releaselevel", "serial"]
        if let type = try? RecordType.make(name: "version_info", moduleName: "sys", fields: fields,
                                           reprName: "sys.version_info") {
            let info = PyRecord(cls: type)
            info.fill([.int(3), .int(9), .int(18), .str("final"), .int(0)], fields: fields)
            ns["version_info"] = .object(info)
        }
        ns["hexversion"] = .int(0x030912f0)
        ns["platform"] = .str("linux")
        ns["byteorder"] = .str("little")
        ns["maxsize"] = .int(Int.max)
        ns["maxunicode"] = .int(0x10ffff)
        ns["executable"] = .str(executablePath())
        ns["dont_write_bytecode"] = .bool(true)
        ns["builtin_module_names"] = .tuple(ModuleRegistry.factories.keys.sorted().map { .str($0) })
    }

    private static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return n > 0 ? String(cString: buffer) : ""
    }
}
