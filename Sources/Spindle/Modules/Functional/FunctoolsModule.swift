/// The `functools` module: partial, reduce, wraps/update_wrapper,
/// total_ordering, lru_cache/cache and cmp_to_key.
enum FunctoolsModule {
    static let wrapperAssignments = ["__module__", "__name__", "__qualname__", "__doc__"]

    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "functools")
        module.namespace["partial"] = .object(PyPartial.type)
        module.namespace["WRAPPER_ASSIGNMENTS"] = .tuple(wrapperAssignments.map { .str($0) })
        module.namespace["WRAPPER_UPDATES"] = .tuple([.str("__dict__")])
        module.defineFunction("reduce") { thread, args in
            let a = try args.exactly("reduce", min: 2, max: 3)
            let iterator = try thread.iterate(a[1])
            var accumulator: Value
            if a.count == 3 {
                accumulator = a[2]
            } else {
                guard let first = try iterator.next(thread) else {
                    throw PyError(.typeError, "reduce() of empty sequence with no initial value")
                }
                accumulator = first
            }
            while let item = try iterator.next(thread) { accumulator = try thread.call(a[0], accumulator, item) }
            return accumulator
        }
        module.defineFunction("update_wrapper") { thread, args in
            let slots = try args.bind("update_wrapper", ["wrapper", "wrapped", "assigned", "updated"], required: 2)
            try updateWrapper(thread, slots[0]!, slots[1]!)
            return slots[0]!
        }
        module.defineFunction("wraps") { thread, args in
            let slots = try args.bind("wraps", ["wrapped", "assigned", "updated"], required: 1)
            let wrapped = slots[0]!
            return .object(PyNativeFunction("decorator") { thread, inner in
                let wrapper = try inner.exactly("decorator", min: 1, max: 1)[0]
                try updateWrapper(thread, wrapper, wrapped)
                return wrapper
            })
        }
        module.defineUnary("total_ordering") { thread, cls in try totalOrdering(thread, cls) }
        module.defineUnary("cmp_to_key") { _, compare in .object(PyKeyFactory(compare: compare)) }
        module.defineFunction("lru_cache") { thread, args in try PyCachedFunction.decorator(thread, args) }
        module.defineUnary("cache") { _, function in .object(PyCachedFunction(function: function, maxSize: nil)) }
        return module
    }

    /// Copies `__module__`, `__name__`, `__qualname__`, `__doc__` and the
    /// instance dict from `wrapped` to `wrapper` (skipping what is missing)
    /// and sets `wrapper.__wrapped__`.
    static func updateWrapper(_ thread: ThreadState, _ wrapper: Value, _ wrapped: Value) throws {
        for name in wrapperAssignments {
            if let value = try? thread.getAttribute(wrapped, name) {
                try? thread.setAttribute(wrapper, name, value)
            }
        }
        if let source = wrapped.asObject as? PyInstance, let target = wrapper.asObject as? PyInstance {
            for (name, value) in source.attributeSnapshot() where target.attribute(name) == nil {
                target.setAttribute(name, value)
            }
        }
        try? thread.setAttribute(wrapper, "__wrapped__", wrapped)
    }

    /// `@total_ordering`: fills in the missing rich comparisons from the
    /// one the class defines (preferring `<`, then `<=`, `>`, `>=`).
    static func totalOrdering(_ thread: ThreadState, _ value: Value) throws -> Value {
        guard let cls = value.asObject as? PyType else {
            throw PyError(.attributeError, "'\(value.pyType.name)' object has no attribute '__lt__'")
        }
        let order = ["__lt__", "__le__", "__gt__", "__ge__"]
        func defined(_ name: String) -> Bool {
            guard let found = cls.lookup(name) else { return false }
            guard let inherited = PyType.object.lookup(name) else { return true }
            return !found.isIdentical(to: inherited)
        }
        guard let root = order.first(where: defined), let rootMethod = cls.lookup(root) else {
            throw PyError(.valueError, "must define at least one ordering operation: < > <= >=")
        }
        for name in order where !defined(name) {
            cls.setAttribute(name, .object(PyNativeFunction(name, owner: cls) { thread, args in
                let a = try args.exactly(name, min: 2, max: 2)
                let result = try thread.call(rootMethod, a[0], a[1])
                if result.isNotImplemented { return result }
                let holds = try thread.truthy(result)
                return .bool(try derive(thread, root: root, target: name, holds: holds, a[0], a[1]))
            }))
        }
        return value
    }

    /// The value of `target(a, b)` given that `root(a, b)` is `holds`.
    private static func derive(_ thread: ThreadState, root: String, target: String, holds: Bool,
                               _ a: Value, _ b: Value) throws -> Bool {
        let strict = root == "__lt__" || root == "__gt__"
        let sameDirection = (root == "__lt__" || root == "__le__") == (target == "__lt__" || target == "__le__")
        if sameDirection {
            // lt from le: le and not eq; le from lt: lt or eq
            return try strict ? holds || thread.equals(a, b) : holds && !thread.equals(a, b)
        }
        let targetStrict = target == "__lt__" || target == "__gt__"
        if strict == targetStrict {
            // gt from lt: not lt and not eq; ge from le: not le or eq
            return try strict ? !holds && !thread.equals(a, b) : !holds || thread.equals(a, b)
        }
        // ge from lt: not lt; le from gt: not gt; gt from le: not le; lt from ge: not ge
        return !holds
    }
}
