/// The Python face of `PyThreadObject`: the `Thread` type with its methods
/// and properties (Python 3 names and Python 2 spellings), and the
/// `_MainThread` / `_DummyThread` subclasses.
extension PyThreadObject {
    static let type: PyType = {
        let type = PyType(builtin: "Thread", moduleName: "threading", base: .object) { cls in
            PyThreadObject(cls: cls)
        }
        installMethods(type)
        installProperties(type)
        return type
    }()

    static let mainType = PyType(builtin: "_MainThread", moduleName: "threading", base: type)
    static let dummyType = PyType(builtin: "_DummyThread", moduleName: "threading", base: type)

    /// The receiver of a `Thread` method.
    static func receiver(_ args: Arguments, _ method: String) throws -> PyThreadObject {
        guard let me = args.positional.first?.asObject as? PyThreadObject else {
            let got = args.positional.first?.pyType.name ?? "nothing"
            throw PyError(.typeError, "descriptor '\(method)' requires a 'Thread' object but received a '\(got)'")
        }
        return me
    }

    private static func installMethods(_ type: PyType) {
        type.defineMethod("__init__") { thread, args in
            try initFromArguments(thread, args)
            return .None
        }
        type.defineMethod("start") { thread, args in
            try receiver(args, "start").start(thread)
            return .None
        }
        type.defineMethod("run") { thread, args in
            try receiver(args, "run").runTarget(thread)
            return .None
        }
        type.defineMethod("join") { thread, args in
            let me = try receiver(args, "join")
            let slots = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("join", ["timeout"], required: 0)
            try me.join(thread, timeout: LockArguments.optionalTimeout(thread, slots[0]))
            return .None
        }
        for name in ["is_alive", "isAlive"] {
            type.defineMethod(name) { _, args in .bool(try receiver(args, name).isAlive) }
        }
        type.defineMethod("getName") { _, args in .str(try receiver(args, "getName").name) }
        type.defineMethod("setName") { thread, args in
            let a = try args.exactly("setName", min: 2, max: 2)
            try receiver(args, "setName").setName(thread, a[1])
            return .None
        }
        type.defineMethod("isDaemon") { _, args in .bool(try receiver(args, "isDaemon").isDaemon) }
        type.defineMethod("setDaemon") { thread, args in
            let a = try args.exactly("setDaemon", min: 2, max: 2)
            try receiver(args, "setDaemon").setDaemon(thread, a[1])
            return .None
        }
        type.defineMethod("__repr__") { _, args in .str(try receiver(args, "__repr__").repr) }
    }

    private static func installProperties(_ type: PyType) {
        type.defineAttribute("name", get: { _, v in .str(try receiver(Arguments([v]), "name").name) },
                             set: { thread, v, new in
                                 try receiver(Arguments([v]), "name").setName(thread, new ?? .None)
                             })
        type.defineAttribute("daemon", get: { _, v in .bool(try receiver(Arguments([v]), "daemon").isDaemon) },
                             set: { thread, v, new in
                                 try receiver(Arguments([v]), "daemon").setDaemon(thread, new ?? .None)
                             })
        type.defineAttribute("ident", get: { _, v in
            let ident = try receiver(Arguments([v]), "ident").fields.withLock { $0.ident }
            return ident.map { Value.int(Int(bitPattern: $0)) } ?? .None
        })
        type.defineAttribute("native_id", get: { _, v in
            let id = try receiver(Arguments([v]), "native_id").nativeID
            return id.map { Value.int($0) } ?? .None
        })
    }

    /// `Thread.__init__(self, group=None, target=None, name=None, args=(),
    /// kwargs=None, verbose=None, *, daemon=None)`.
    private static func initFromArguments(_ thread: ThreadState, _ args: Arguments) throws {
        let me = try receiver(args, "__init__")
        var daemon = Value.None
        var keywords = args.keywords
        if let i = keywords.firstIndex(where: { $0.name == "daemon" }) {
            daemon = keywords.remove(at: i).value
        }
        let slots = try Arguments(Array(args.positional.dropFirst()), keywords: keywords)
            .bind("__init__", ["group", "target", "name", "args", "kwargs", "verbose"], required: 0)
        if let group = slots[0], !group.isNone {
            throw PyError(.assertionError, "group argument must be None for now")
        }
        try me.initialize(thread, target: slots[1] ?? .None, name: slots[2] ?? .None,
                          args: slots[3] ?? .tuple([]), kwargs: slots[4] ?? .None, daemon: daemon)
    }

    func setName(_ thread: ThreadState, _ value: Value) throws {
        let text = try thread.str(value)
        fields.withLock { $0.name = text }
    }

    func setDaemon(_ thread: ThreadState, _ value: Value) throws {
        let flag = try thread.truthy(value)
        let problem = fields.withLock { f -> String? in
            guard f.initialized else { return "Thread.__init__() not called" }
            guard f.phase == .initial else { return "cannot set daemon status of active thread" }
            f.daemon = flag
            return nil
        }
        if let problem { throw PyError(.runtimeError, problem) }
    }
}
