/// Making instances: `C(args)` runs `C.__new__(C, args)` and then, when the
/// result is an instance of `C`, `result.__init__(args)`, with CPython's
/// argument checks. Built-in types are constructed by a native `__new__` in
/// their namespace, which receives the class first; calls of the exact
/// built-in type skip that protocol and run its `NativeConstructor`.
extension PyType {
    func instantiate(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        if let constructor = nativeConstructor { return try constructor.general(thread, arguments) }
        if self === PyType.type || (isHeapType && isSubtype(of: PyType.type)) {
            return try PyType.callType(thread, arguments)
        }
        if arguments.keywords.isEmpty {
            let positional = arguments.positional
            let direct = try instantiateDirectly(thread, positional.count) { slots in
                for (index, value) in positional.enumerated() { slots[index] = value }
            }
            if let direct { return direct }
        }
        let newAttribute = classAttribute("__new__")
        let initAttribute = classAttribute("__init__")
        let instance: Value
        if newAttribute.value.asObject === ObjectMethods.new {
            if arguments.count > 0 && initAttribute.value.asObject === ObjectMethods.initializer {
                throw PyError(.typeError, "\(name)() takes no arguments")
            }
            instance = try allocate()
        } else if isHeapType && layoutBase.buildsContentsInNew
                    && (newAttribute.value.asObject as? PyNativeFunction)?.owner === layoutBase {
            instance = try allocate()
        } else {
            instance = try callNew(thread, newAttribute, arguments)
            guard instance.pyType.isSubtype(of: self) else { return instance }
            if buildsContentsInNew { return instance }
        }
        switch initAttribute.kind {
        case .method:
            if initAttribute.value.asObject === ObjectMethods.initializer { return instance }
            try checkInitResult(callInitializer(thread, initAttribute.value, instance, arguments))
        case .missing:
            break
        default:
            let initializer = try thread.bind(initAttribute, to: instance, owner: instance.pyType)
            try checkInitResult(thread.call(initializer, arguments))
        }
        return instance
    }

    /// `C(a0)`: an exact built-in type answers without an argument list.
    func instantiate(_ thread: ThreadState, _ a0: Value) throws -> Value {
        // `int(x)` of a float in the machine range, the commonest conversion.
        if case .float(let d) = a0, self === PyType.int, let i = Int(exactly: d.rounded(.towardZero)) { return .int(i) }
        if let constructor = nativeConstructor, let one = constructor.one { return try one(thread, a0) }
        if let direct = try instantiateDirectly(thread, 1, { $0[0] = a0 }) { return direct }
        return try instantiate(thread, Arguments([a0]))
    }

    /// `C(a0, a1)`, likewise.
    func instantiate(_ thread: ThreadState, _ a0: Value, _ a1: Value) throws -> Value {
        if let constructor = nativeConstructor, let two = constructor.two { return try two(thread, a0, a1) }
        if let direct = try instantiateDirectly(thread, 2, { $0[0] = a0; $0[1] = a1 }) { return direct }
        return try instantiate(thread, Arguments([a0, a1]))
    }

    /// `initializer(instance, *arguments)`; a simple Python `__init__` binds
    /// straight into its frame.
    @inline(__always)
    private func callInitializer(_ thread: ThreadState, _ initializer: Value, _ instance: Value,
                                 _ arguments: Arguments) throws -> Value {
        if arguments.keywords.isEmpty, let function = initializer.asObject as? PyFunction, function.code.isSimple {
            let positional = arguments.positional
            return try function.callSimple(thread, positional.count + 1) { slots in
                slots[0] = instance
                for (index, value) in positional.enumerated() { slots[index + 1] = value }
            }
        }
        var initArguments = arguments
        initArguments.positional.insert(instance, at: 0)
        return try thread.call(initializer, initArguments)
    }

    /// A new instance with the layout this class inherits (no `__init__`).
    func allocate() throws -> Value {
        guard let allocate = effectiveAllocator else {
            throw PyError(.typeError, "cannot create '\(name)' instances")
        }
        return .object(allocate(self))
    }

    /// `__new__` is a static method: it receives the class explicitly.
    private func callNew(_ thread: ThreadState, _ attribute: ClassAttribute, _ arguments: Arguments) throws -> Value {
        var newArguments = arguments
        newArguments.positional.insert(.object(self), at: 0)
        switch attribute.kind {
        case .missing:
            throw PyError(.typeError, "cannot create '\(name)' instances")
        case .plain, .method, .staticMethod:
            let function = attribute.kind == .staticMethod ? try thread.bindToClass(attribute, self) : attribute.value
            return try thread.call(function, newArguments)
        default:
            return try thread.call(thread.bindToClass(attribute, self), arguments)
        }
    }

    func checkInitResult(_ result: Value) throws {
        guard result.isNone else {
            throw PyError(.typeError, "__init__() should return None, not '\(result.pyType.name)'")
        }
    }
}

/// How calling an exact built-in type (`int(s)`, `range(n)`, `str(x)`)
/// builds its value: the native constructor body, reached without looking
/// up `__new__`/`__init__` and without passing the type as an argument.
/// `one` and `two` answer positional calls of that arity without building
/// an argument list; `general` takes any arguments (the type not included).
final class NativeConstructor {
    typealias One = (ThreadState, Value) throws -> Value
    typealias Two = (ThreadState, Value, Value) throws -> Value

    let one: One?
    let two: Two?
    let general: PyNativeFunction.Body

    init(one: One?, two: Two?, general: @escaping PyNativeFunction.Body) {
        self.one = one
        self.two = two
        self.general = general
    }
}
