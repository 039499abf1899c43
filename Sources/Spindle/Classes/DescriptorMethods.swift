/// Construction and attributes of `property`, `staticmethod`,
/// `classmethod` and `super` objects, and of bound methods.
enum DescriptorMethods {
    static func install() {
        installProperty()
        installWrapper(PyType.staticmethod, "staticmethod") { PyStaticMethod($0) }
        installWrapper(PyType.classmethod, "classmethod") { PyClassMethod($0) }
        installSuper()
        installBoundMethod()
    }

    // MARK: property

    private static let propertyParameters = ["fget", "fset", "fdel", "doc"]

    private static func installProperty() {
        let type = PyType.property
        type.defineMethod("__new__") { thread, args in
            var slots: [Value?] = Array(args.positional.dropFirst())
            guard slots.count <= 4 else {
                throw PyError(.typeError, "property() takes at most 4 arguments (\(slots.count) given)")
            }
            slots += Array(repeating: nil, count: 4 - slots.count)
            for (name, value) in args.keywords {
                guard let index = propertyParameters.firstIndex(of: name) else {
                    throw PyError(.typeError, "'\(name)' is an invalid keyword argument for property()")
                }
                slots[index] = value
            }
            return try makeProperty(thread, slots[0], slots[1], slots[2], doc: slots[3])
        }
        type.defineMethod("getter") { thread, args in
            let (property, function) = try propertyAndFunction("getter", args)
            return try makeProperty(thread, function, property.setter, property.deleter, doc: nil)
        }
        type.defineMethod("setter") { thread, args in
            let (property, function) = try propertyAndFunction("setter", args)
            return try makeProperty(thread, property.getter, function, property.deleter, doc: property.doc)
        }
        type.defineMethod("deleter") { thread, args in
            let (property, function) = try propertyAndFunction("deleter", args)
            return try makeProperty(thread, property.getter, property.setter, function, doc: property.doc)
        }
        type.defineAttribute("fget") { _, value in try castProperty(value).getter ?? .None }
        type.defineAttribute("fset") { _, value in try castProperty(value).setter ?? .None }
        type.defineAttribute("fdel") { _, value in try castProperty(value).deleter ?? .None }
        type.defineAttribute("__doc__") { _, value in try castProperty(value).doc }
        type.defineMethod("__get__") { thread, args in
            let values = try args.exactly("__get__", min: 2, max: 3)
            let attribute = ClassAttribute(value: values[0], kind: .dataDescriptor)
            if values[1].isNone, let owner = values.last?.asObject as? PyType {
                return try thread.bindToClass(attribute, owner)
            }
            return try thread.bind(attribute, to: values[1], owner: values[1].pyType)
        }
        type.defineMethod("__set__") { thread, args in
            let values = try args.exactly("__set__", min: 3, max: 3)
            try thread.assignThroughDescriptor(ClassAttribute(value: values[0], kind: .dataDescriptor),
                                               values[1], values[2])
            return .None
        }
        type.defineMethod("__delete__") { thread, args in
            let values = try args.exactly("__delete__", min: 2, max: 2)
            try thread.assignThroughDescriptor(ClassAttribute(value: values[0], kind: .dataDescriptor),
                                               values[1], nil)
            return .None
        }
    }

    /// A property whose doc defaults to the getter's `__doc__`.
    private static func makeProperty(_ thread: ThreadState, _ getter: Value?, _ setter: Value?,
                                     _ deleter: Value?, doc: Value?) throws -> Value {
        var documentation = doc ?? .None
        if documentation.isNone, let getter, !getter.isNone {
            documentation = try thread.lookupAttribute(getter, "__doc__") ?? .None
        }
        func present(_ v: Value?) -> Value? { v?.isNone == false ? v : nil }
        return .object(PyProperty(getter: present(getter), setter: present(setter),
                                  deleter: present(deleter), doc: documentation))
    }

    private static func castProperty(_ value: Value) throws -> PyProperty {
        guard let property = value.asObject as? PyProperty else {
            throw PyError(.typeError, "descriptor requires a 'property' object but received a '\(value.pyType.name)'")
        }
        return property
    }

    private static func propertyAndFunction(_ name: String, _ args: Arguments) throws -> (PyProperty, Value) {
        let values = try args.exactly(name, min: 2, max: 2)
        return (try castProperty(values[0]), values[1])
    }

    // MARK: staticmethod, classmethod

    private static func installWrapper(_ type: PyType, _ name: String, _ make: @escaping (Value) -> PyObject) {
        type.defineMethod("__new__") { _, args in
            if !args.keywords.isEmpty { throw PyError(.typeError, "\(name)() takes no keyword arguments") }
            let count = args.positional.count - 1
            guard count == 1 else {
                throw PyError(.typeError, "\(name) expected 1 argument, got \(count)")
            }
            return .object(make(args.positional[1]))
        }
        type.defineAttribute("__func__") { _, value in
            switch value.asObject {
            case let method as PyStaticMethod: return method.function
            case let method as PyClassMethod: return method.function
            default: throw PyError(.typeError, "descriptor '__func__' requires a '\(name)' object")
            }
        }
        type.defineMethod("__get__") { thread, args in
            let values = try args.exactly("__get__", min: 2, max: 3)
            let kind: ClassAttribute.Kind = type === PyType.staticmethod ? .staticMethod : .classMethod
            let owner = (values.count == 3 ? values[2].asObject as? PyType : nil) ?? values[1].pyType
            return try thread.bindToClass(ClassAttribute(value: values[0], kind: kind), owner)
        }
    }

    // MARK: super

    private static func installSuper() {
        PyType.superType.defineMethod("__new__") { thread, args in
            if !args.keywords.isEmpty { throw PyError(.typeError, "super() takes no keyword arguments") }
            let values = Array(args.positional.dropFirst())
            switch values.count {
            case 0: throw PyError(.runtimeError, "super(): no arguments")
            case 2: return try thread.makeSuper(values[0], values[1])
            case 1: throw PyError(.typeError, "super() with one argument (an unbound super object) is not supported")
            default: throw PyError(.typeError, "super() takes at most 2 arguments (\(values.count) given)")
            }
        }
        PyType.superType.defineMethod("__repr__") { thread, args in
            let values = try args.exactly("__repr__", min: 1, max: 1)
            guard let proxy = values[0].asObject as? PySuper else { return .str(ObjectMethods.defaultRepr(values[0])) }
            return .str("<super: <class '\(proxy.startType.name)'>, <\(proxy.objectType.name) object>>")
        }
        PyType.superType.defineAttribute("__thisclass__") { _, value in
            (value.asObject as? PySuper).map { .object($0.startType) } ?? .None
        }
        PyType.superType.defineAttribute("__self__") { _, value in
            (value.asObject as? PySuper)?.object ?? .None
        }
    }

    // MARK: bound methods

    private static func installBoundMethod() {
        let type = PyType.method
        type.defineAttribute("__self__") { _, value in try castMethod(value).receiver }
        type.defineAttribute("__func__") { _, value in try castMethod(value).function }
        type.defineMethod("__eq__") { _, args in
            let values = try args.exactly("__eq__", min: 2, max: 2)
            guard let a = values[0].asObject as? PyBoundMethod,
                  let b = values[1].asObject as? PyBoundMethod else { return .notImplemented }
            return .bool(a.isSameMethod(as: b))
        }
        type.defineMethod("__hash__") { _, args in
            let values = try args.exactly("__hash__", min: 1, max: 1)
            return .int(try castMethod(values[0]).methodHash)
        }
        type.defineMethod("__repr__") { thread, args in
            let values = try args.exactly("__repr__", min: 1, max: 1)
            return .str(try boundMethodRepr(thread, castMethod(values[0])))
        }
        let builtin = PyType.builtinFunction
        builtin.defineAttribute("__name__") { _, value in .str(try castNative(value).name) }
        builtin.defineAttribute("__qualname__") { _, value in
            let function = try castNative(value)
            return .str(function.owner.map { "\($0.name).\(function.name)" } ?? function.name)
        }
        builtin.defineAttribute("__doc__") { _, _ in .None }
    }

    /// `<bound method C.f of <__main__.C object at 0x…>>`, or the built-in form for native methods.
    private static func boundMethodRepr(_ thread: ThreadState, _ method: PyBoundMethod) throws -> String {
        if let native = method.function.asObject as? PyNativeFunction {
            let receiver = method.receiver
            return "<built-in method \(native.name) of \(receiver.pyType.name) object at \(ObjectMethods.hexAddress(ObjectMethods.identity(of: receiver)))>"
        }
        let name = try thread.lookupAttribute(method.function, "__qualname__")
            ?? thread.lookupAttribute(method.function, "__name__")
        return "<bound method \(name?.asString ?? "?") of \(try thread.repr(method.receiver))>"
    }

    private static func castMethod(_ value: Value) throws -> PyBoundMethod {
        guard let method = value.asObject as? PyBoundMethod else {
            throw PyError(.typeError, "descriptor requires a 'method' object but received a '\(value.pyType.name)'")
        }
        return method
    }

    private static func castNative(_ value: Value) throws -> PyNativeFunction {
        guard let function = value.asObject as? PyNativeFunction else {
            throw PyError(.typeError, "descriptor requires a 'builtin_function_or_method' object but received a '\(value.pyType.name)'")
        }
        return function
    }
}

extension PyBoundMethod {
    /// Bound methods are equal when they bind the same function to the same object.
    func isSameMethod(as other: PyBoundMethod) -> Bool {
        receiver.isIdentical(to: other.receiver) && function.isIdentical(to: other.function)
    }

    /// A hash consistent with `isSameMethod`.
    var methodHash: Int {
        (ObjectMethods.identity(of: receiver) >> 4) ^ (ObjectMethods.identity(of: function) >> 4)
    }
}
