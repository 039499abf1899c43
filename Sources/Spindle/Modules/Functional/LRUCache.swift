import Synchronization

/// A function wrapped by `functools.lru_cache` (or `cache`): results keyed
/// by the call's arguments, least recently used dropped beyond `maxSize`.
/// The table is a dict (itself thread-safe) and the statistics sit behind
/// a mutex; the wrapped function always runs with no lock held, so two
/// threads missing on the same key may both compute it, as in CPython.
final class PyCachedFunction: PyInstance {
    let function: Value
    let maxSize: Int?
    private let table = PyDict()
    private let statistics = GuardedState((hits: 0, misses: 0))
    /// Separates positional from keyword arguments in a key.
    private static let keywordMarker = Value.object(PyInstance(cls: .object))

    static let type: PyType = {
        let type = PyType(builtin: "_lru_cache_wrapper", moduleName: "functools", base: .object)
        type.defineMethod("cache_info") { thread, args in
            let cached = try receiver(args)
            let (hits, misses) = cached.statistics.withLock { $0 }
            let values: [Value] = [.int(hits), .int(misses), cached.maxSize.map { .int($0) } ?? .None, .int(cached.table.count)]
            let info = PyRecord(cls: cacheInfoType)
            info.fill(values, fields: cacheInfoFields)
            return .object(info)
        }
        type.defineMethod("cache_clear") { _, args in
            let cached = try receiver(args)
            cached.table.removeAll()
            cached.statistics.withLock { $0 = (0, 0) }
            return .None
        }
        // Binding to an instance, so decorated methods receive `self`.
        type.defineMethod("__get__") { _, args in
            guard args.positional.count >= 2 else { throw PyError(.typeError, "__get__ expected an instance") }
            let cached = args.positional[0]
            if args.positional[1].isNone { return cached }
            return .object(PyBoundMethod(receiver: args.positional[1], function: cached))
        }
        type.defineMethod("__repr__") { thread, args in .str(try thread.repr(try receiver(args).function)) }
        type.defineCallForwarding()
        return type
    }()

    static let cacheInfoFields = ["hits", "misses", "maxsize", "currsize"]
    static let cacheInfoType: PyType = (try? RecordType.make(name: "CacheInfo", moduleName: "functools",
                                                             fields: cacheInfoFields)) ?? .tuple

    private static func receiver(_ args: Arguments) throws -> PyCachedFunction {
        guard let cached = args.positional.first?.asObject as? PyCachedFunction else {
            throw PyError(.typeError, "descriptor requires a '_lru_cache_wrapper' object")
        }
        return cached
    }

    init(function: Value, maxSize: Int?) {
        self.function = function
        self.maxSize = maxSize.map { max($0, 0) }
        super.init(cls: PyCachedFunction.type)
    }

    /// `lru_cache(func)`, `lru_cache()`, `lru_cache(maxsize=n, typed=False)`.
    static func decorator(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        let slots = try args.bind("lru_cache", ["maxsize", "typed"], required: 0)
        let first = slots[0] ?? .int(128)
        if case .object = first, !(first.asObject is PyBigInt), try thread.isCallable(first) {
            let cached = PyCachedFunction(function: first, maxSize: 128)
            try FunctoolsModule.updateWrapper(thread, .object(cached), first)
            return .object(cached)
        }
        let size: Int?
        switch first {
        case .None: size = nil
        case .int(let n): size = n
        case .bool(let b): size = b ? 1 : 0
        default: throw PyError(.typeError, "Expected first argument to be an integer, a callable, or None")
        }
        return .object(PyNativeFunction("decorating_function") { thread, inner in
            let function = try inner.exactly("decorating_function", min: 1, max: 1)[0]
            let cached = PyCachedFunction(function: function, maxSize: size)
            try FunctoolsModule.updateWrapper(thread, .object(cached), function)
            return .object(cached)
        })
    }

    private func key(_ arguments: Arguments) -> Value {
        if arguments.keywords.isEmpty && arguments.positional.count == 1 {
            let only = arguments.positional[0]
            if only.asString != nil { return only }
            if case .int = only { return only }
        }
        var parts = arguments.positional
        if !arguments.keywords.isEmpty {
            parts.append(Self.keywordMarker)
            for (name, value) in arguments.keywords { parts += [.str(name), value] }
        }
        return .tuple(parts)
    }

    override func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        if maxSize == 0 {
            statistics.withLock { $0.misses += 1 }
            return try thread.call(function, arguments)
        }
        let k = key(arguments)
        if let found = try table.get(thread, k) {
            statistics.withLock { $0.hits += 1 }
            if maxSize != nil, try table.remove(thread, k) != nil {
                try table.set(thread, k, found)  // most recently used goes last
            }
            return found
        }
        statistics.withLock { $0.misses += 1 }
        let result = try thread.call(function, arguments)
        try table.set(thread, k, result)
        if let maxSize {
            while table.count > maxSize, let oldest = table.keys.first {
                _ = try table.remove(thread, oldest)
            }
        }
        return result
    }
}
