/// The built-in modules that `import` finds without a file, by name. Each
/// module lives in its own file under `Modules/` and contributes one line
/// here; a factory runs once per interpreter, on first import.
enum ModuleRegistry {
    static let factories: [String: (Interpreter) -> PyModule] = [
        "_thread": { ThreadModule.make($0) },
        "thread": { ThreadModule.make($0, name: "thread") },
        "threading": ThreadingModule.make,
        "queue": { QueueModule.make($0) },
        "Queue": { QueueModule.make($0, name: "Queue") },
        "sys": SysModule.make,
        "time": TimeModule.make,
        "random": RandomModule.make,
        "math": MathModule.make,
        "string": StringModule.make,
        "os": OSModule.make,
        "posixpath": PathModule.shared,
        "glob": GlobModule.make,
        "fnmatch": GlobModule.makeFnmatch,
        "tempfile": TempfileModule.make,
        "io": IOModule.make,
        "itertools": ItertoolsModule.make,
        "functools": FunctoolsModule.make,
        "operator": OperatorModule.make,
        "collections": CollectionsModule.make,
        "json": JSONModule.make,
        "copy": CopyModule.make,
        "traceback": TracebackModule.make,
        "warnings": WarningsModule.make,
        "logging": LoggingModule.make,
        "logging.handlers": LoggingHandlersModule.make,
    ]
}
