import Synchronization

/// `threading.local`: an object whose attributes are separate for every
/// thread. The attribute storage of `PyInstance` is overridden to pick the
/// calling thread's dictionary, and the type's `__getattribute__`,
/// `__setattr__` and `__delattr__` first make sure that dictionary exists —
/// running a subclass's `__init__` (with the constructor's arguments) the
/// first time each thread touches the object, as CPython does.
final class PyLocalObject: PyInstance {
    /// Each thread's attributes, by the thread's waiter serial.
    private let perThread = PosixMutex<[Int: PyDict]>([:])
    private var constructorArguments = Arguments()

    static let type: PyType = {
        let type = PyType(builtin: "local", moduleName: "_thread", base: .object) { PyLocalObject(cls: $0) }
        install(type)
        return type
    }()

    private var threadKey: Int { Waiter.current.serial }

    /// The calling thread's dictionary, created empty if needed.
    private func threadDictionary() -> PyDict {
        let key = threadKey
        return perThread.withLock { dicts in
            if let found = dicts[key] { return found }
            let made = PyDict()
            dicts[key] = made
            return made
        }
    }

    override func attribute(_ name: String) -> Value? {
        threadDictionary().get(name)
    }

    override func setAttribute(_ name: String, _ value: Value) {
        threadDictionary().set(name, value)
    }

    @discardableResult
    override func removeAttribute(_ name: String) -> Bool {
        threadDictionary().removeStringKey(name) != nil
    }

    override func attributeSnapshot() -> [(String, Value)] {
        threadDictionary().items.compactMap { key, value in key.asString.map { ($0, value) } }
    }

    override func liveDictionary() -> PyDict {
        threadDictionary()
    }

    /// Creates the calling thread's dictionary; returns true if it is new.
    private func claimThread() -> Bool {
        let key = threadKey
        return perThread.withLock { dicts in
            if dicts[key] != nil { return false }
            dicts[key] = PyDict()
            return true
        }
    }

    /// Runs `__init__` for a thread that touches the object for the first time.
    private func ensureInitialized(_ thread: ThreadState) throws {
        guard claimThread() else { return }
        guard let (owner, initializer) = cls.lookupWithOwner("__init__"), owner !== PyType.object else { return }
        var args = constructorArguments
        args.positional.insert(.object(self), at: 0)
        _ = try thread.call(initializer, args)
    }

    private static func receiver(_ args: Arguments, _ method: String) throws -> PyLocalObject {
        guard let me = args.positional.first?.asObject as? PyLocalObject else {
            throw PyError(.typeError, "descriptor '\(method)' requires a '_thread._local' object")
        }
        return me
    }

    private static func install(_ type: PyType) {
        type.defineMethod("__new__") { _, args in
            guard let cls = args.positional.first?.asObject as? PyType, let allocate = cls.effectiveAllocator,
                  let me = allocate(cls) as? PyLocalObject else {
                throw PyError(.typeError, "local.__new__(X): X is not a subtype of _thread._local")
            }
            let rest = Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
            let initOwner = cls.lookupWithOwner("__init__")?.0
            if rest.count > 0 && (initOwner == nil || initOwner === PyType.object) {
                throw PyError(.typeError, "Initialization arguments are not supported")
            }
            me.constructorArguments = rest
            _ = me.claimThread()
            return .object(me)
        }
        for name in ["__getattribute__", "__setattr__", "__delattr__"] {
            type.defineMethod(name) { thread, args in
                let me = try receiver(args, name)
                try me.ensureInitialized(thread)
                guard let generic = PyType.object.lookup(name) else {
                    throw PyError(.attributeError, name)
                }
                return try thread.call(generic, args)
            }
        }
    }
}
