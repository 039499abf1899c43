/// The methods every class inherits from `object`: construction defaults,
/// identity-based equality and hashing, the default `repr`, and the generic
/// attribute protocol (`object.__setattr__(self, name, v)` is how an
/// overriding `__setattr__` reaches the default behaviour).
enum ObjectMethods {
    static let getattribute = PyNativeFunction("__getattribute__", owner: .object) { thread, args in
        let (receiver, name) = try receiverAndName("__getattribute__", args, count: 2)
        if let found = try thread.genericAttribute(receiver, name) { return found }
        throw thread.missingAttribute(receiver, name)
    }

    static let setattr = PyNativeFunction("__setattr__", owner: .object) { thread, args in
        let (receiver, name) = try receiverAndName("__setattr__", args, count: 3)
        try thread.genericAssignAttribute(receiver, name, args.positional[2])
        return .None
    }

    static let delattr = PyNativeFunction("__delattr__", owner: .object) { thread, args in
        let (receiver, name) = try receiverAndName("__delattr__", args, count: 2)
        try thread.genericAssignAttribute(receiver, name, nil)
        return .None
    }

    /// `object.__new__(cls)`: allocates with the layout `cls` inherits.
    static let new = PyNativeFunction("__new__", owner: .object) { _, args in
        guard let first = args.positional.first else {
            throw PyError(.typeError, "object.__new__(): not enough arguments")
        }
        guard let cls = first.asObject as? PyType else {
            throw PyError(.typeError, "object.__new__(X): X is not a type object (\(first.pyType.name))")
        }
        if args.positional.count > 1 || !args.keywords.isEmpty {
            if !usesDefaultNew(cls) {
                throw PyError(.typeError, "object.__new__() takes exactly one argument (the type to instantiate)")
            }
            if usesDefaultInit(cls) { throw PyError(.typeError, "\(cls.name)() takes no arguments") }
        }
        if let native = cls.mro.first(where: { !$0.isHeapType }), native !== PyType.object {
            throw PyError(.typeError, "object.__new__(\(cls.name)) is not safe, use \(native.name).__new__()")
        }
        return try cls.allocate()
    }

    static let initializer = PyNativeFunction("__init__", owner: .object) { _, args in
        guard let receiver = args.positional.first else {
            throw PyError(.typeError, "descriptor '__init__' of 'object' object needs an argument")
        }
        if args.positional.count > 1 || !args.keywords.isEmpty {
            let cls = receiver.pyType
            if !usesDefaultInit(cls) {
                throw PyError(.typeError, "object.__init__() takes exactly one argument (the instance to initialize)")
            }
            if usesDefaultNew(cls) { throw PyError(.typeError, "\(cls.name)() takes no arguments") }
        }
        return .None
    }

    static func usesDefaultNew(_ type: PyType) -> Bool {
        type.classAttribute("__new__").value.asObject === new
    }

    static func usesDefaultInit(_ type: PyType) -> Bool {
        type.classAttribute("__init__").value.asObject === initializer
    }

    /// Unpacks `(self, name, …)` for the attribute methods.
    private static func receiverAndName(_ function: String, _ args: Arguments, count: Int) throws -> (Value, String) {
        let values = try args.exactly(function, min: count, max: count)
        guard let name = values[1].asString else {
            throw PyError(.typeError, "attribute name must be string, not '\(values[1].pyType.name)'")
        }
        return (values[0], name)
    }

    static func install() {
        let object = PyType.object
        for function in [getattribute, setattr, delattr, new, initializer] {
            object.setAttribute(function.name, .object(function))
        }
        object.defineMethod("__repr__") { _, args in
            let values = try args.exactly("__repr__", min: 1, max: 1)
            return .str(defaultRepr(values[0]))
        }
        object.defineMethod("__str__") { thread, args in
            let values = try args.exactly("__str__", min: 1, max: 1)
            return .str(try thread.repr(values[0]))
        }
        object.defineMethod("__hash__") { _, args in
            let values = try args.exactly("__hash__", min: 1, max: 1)
            return .int(identity(of: values[0]) >> 4)
        }
        object.defineMethod("__format__") { thread, args in
            let values = try args.exactly("__format__", min: 2, max: 2)
            guard let spec = values[1].asString else {
                throw PyError(.typeError, "__format__() argument must be str, not \(values[1].pyType.name)")
            }
            guard spec.isEmpty else {
                throw PyError(.typeError, "unsupported format string passed to \(values[0].pyType.name).__format__")
            }
            return try thread.callClassMethod(values[0], "__str__")
        }
        installComparisons(object)
        object.defineAttribute("__class__", get: { _, value in .object(value.pyType) }, set: { _, value, _ in
            throw PyError(.typeError, "__class__ assignment only supported for heap types or ModuleType subclasses")
        })
        object.setAttribute("__init_subclass__", .object(PyClassMethod(.object(
            PyNativeFunction("__init_subclass__", owner: .object) { _, _ in .None }))))
        object.setAttribute("__doc__", .None)
    }

    /// `__eq__` is identity, `__ne__` inverts `__eq__`; orderings are NotImplemented.
    private static func installComparisons(_ object: PyType) {
        object.defineMethod("__eq__") { _, args in
            let values = try args.exactly("__eq__", min: 2, max: 2)
            return values[0].isIdentical(to: values[1]) ? .bool(true) : .notImplemented
        }
        object.defineMethod("__ne__") { thread, args in
            let values = try args.exactly("__ne__", min: 2, max: 2)
            let equal = try thread.callClassMethod(values[0], "__eq__", values[1])
            if equal.isNotImplemented { return equal }
            return .bool(!(try thread.truthy(equal)))
        }
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            object.defineMethod(name) { _, args in
                _ = try args.exactly(name, min: 2, max: 2)
                return .notImplemented
            }
        }
    }

    /// `<module.Qualname object at 0x…>`.
    static func defaultRepr(_ value: Value) -> String {
        "<\(value.pyType.qualifiedName) object at \(hexAddress(identity(of: value)))>"
    }

    /// `id(value)`: the object's address; a value-derived odd number for the
    /// inline scalars (never equal to an address, which is always even).
    static func identity(of value: Value) -> Int {
        switch value {
        case .object(let object): return Int(bitPattern: UInt(bitPattern: ObjectIdentifier(object)))
        case .None: return 0x1001
        case .bool(let b): return b ? 0x1013 : 0x1011
        case .int(let n): return (n &* 16) | 0x3
        case .float(let d): return Int(bitPattern: UInt(truncatingIfNeeded: d.bitPattern.byteSwapped)) | 0x5
        }
    }

    static func hexAddress(_ n: Int) -> String {
        "0x" + String(UInt(bitPattern: n), radix: 16)
    }
}
