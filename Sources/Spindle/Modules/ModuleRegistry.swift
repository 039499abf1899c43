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
        "logging": LoggingModule.make,
        "logging.handlers": LoggingHandlersModule.make,
    ]
}
