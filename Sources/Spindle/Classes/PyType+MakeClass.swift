/// Creating classes from Python code: the `class` statement and
/// `type(name, bases, dict)`.
extension PyType {
    /// Builds the class object for a `class` statement.
    ///
    /// The evaluator calls this after running the class body:
    /// - `bases`: the evaluated base-class expressions, in order; empty means `(object)`.
    ///   `class X:` and `class X(object):` are the same (there are no old-style classes).
    /// - `namespace`: the body's bindings in definition order. A `__qualname__` entry
    ///   (str) sets the qualified name and is not stored; `__module__` defaults to `module`,
    ///   `__doc__` to None.
    /// - `module`: `__name__` of the module the class statement runs in.
    /// - `keywords`: the class keywords. `metaclass=` is accepted and ignored (every
    ///   class is an instance of `type`); any other keyword is a TypeError.
    /// - `classCell`: the `__class__` cell of the body's functions, when one of them
    ///   uses zero-argument `super()` or `__class__`; set to the new class here.
    ///
    /// As in CPython, a plain function bound to `__new__` becomes a static
    /// method, `__init_subclass__` a class method, defining `__eq__` without
    /// `__hash__` makes instances unhashable (`__hash__ = None`), `__set_name__`
    /// is called on attributes that define it, and the nearest base's
    /// `__init_subclass__` runs last.
    public static func makeClass(_ thread: ThreadState, name: String, bases: [Value],
                                 namespace: [(String, Value)], module: String,
                                 keywords: [(String, Value)] = [], classCell: Cell? = nil) throws -> Value {
        for (keyword, _) in keywords where keyword != "metaclass" {
            throw PyError(.typeError, "__init_subclass__() takes no keyword arguments")
        }
        let baseTypes = try checkedBases(bases)
        var qualname = name
        if let entry = namespace.last(where: { $0.0 == "__qualname__" }) {
            guard let text = entry.1.asString else {
                throw PyError(.typeError, "type __qualname__ must be a str, not \(entry.1.pyType.name)")
            }
            qualname = text
        }
        let cls = try PyType(name: name, qualname: qualname, moduleName: moduleName(namespace, module),
                             bases: baseTypes, isHeapType: true)
        cls.fillNamespace(namespace, module: module)
        classCell?.value = .object(cls)
        try cls.announceAttributes(thread, namespace)
        try cls.runInitSubclass(thread)
        return .object(cls)
    }

    /// The `__module__` the class reports: the body's own value if it set a str.
    private static func moduleName(_ namespace: [(String, Value)], _ module: String) -> String {
        namespace.last(where: { $0.0 == "__module__" })?.1.asString ?? module
    }

    /// Types as bases: no duplicates, only subclassable types, compatible layouts.
    private static func checkedBases(_ bases: [Value]) throws -> [PyType] {
        var types: [PyType] = []
        for base in bases {
            guard let type = base.asObject as? PyType else {
                throw PyError(.typeError, "bases must be types, not '\(base.pyType.name)'")
            }
            if types.contains(where: { $0 === type }) {
                throw PyError(.typeError, "duplicate base class \(type.name)")
            }
            guard type.isAcceptableBase else {
                throw PyError(.typeError, "type '\(type.name)' is not an acceptable base type")
            }
            types.append(type)
        }
        if types.isEmpty { return [PyType.object] }
        try checkLayouts(types)
        return types
    }

    /// Instances have one Swift layout, so at most one chain of native bases may be mixed in.
    private static func checkLayouts(_ bases: [PyType]) throws {
        var winner = bases[0].layoutBase
        for base in bases.dropFirst() {
            let candidate = base.layoutBase
            if winner.isSubtype(of: candidate) { continue }
            if candidate.isSubtype(of: winner) {
                winner = candidate
                continue
            }
            throw PyError(.typeError, "multiple bases have instance lay-out conflict")
        }
    }

    /// The most basic type in the MRO that fixes a native instance layout:
    /// `BaseException` for every exception class (they all share
    /// `PyExceptionObject`), `dict` for dict subclasses, `object` otherwise.
    var layoutBase: PyType {
        var base = PyType.object
        for type in mro where type !== PyType.object && type.allocator != nil { base = type }
        return base
    }

    /// Python classes may derive from `object`, from Python classes, from
    /// built-in types whose instances have a subclassable layout (an
    /// allocator), and from `type` (metaclass definitions: calling one makes
    /// a plain class, and `metaclass=` itself is ignored).
    var isAcceptableBase: Bool {
        isHeapType || allocator != nil || self === PyType.type
    }

    private func fillNamespace(_ namespace: [(String, Value)], module: String) {
        setAttribute("__module__", .str(module))
        var definesHash = false
        var definesEq = false
        var definesDoc = false
        for (key, value) in namespace where key != "__qualname__" {
            switch key {
            case "__new__": setAttribute(key, PyType.wrapped(value, in: PyStaticMethod.init))
            case "__init_subclass__": setAttribute(key, PyType.wrapped(value, in: PyClassMethod.init))
            default: setAttribute(key, value)
            }
            definesHash = definesHash || key == "__hash__"
            definesEq = definesEq || key == "__eq__"
            definesDoc = definesDoc || key == "__doc__"
        }
        if definesEq && !definesHash { setAttribute("__hash__", .None) }
        if !definesDoc { setAttribute("__doc__", .None) }
    }

    /// Wraps plain Python functions (leaves already-wrapped values alone).
    private static func wrapped(_ value: Value, in wrapper: (Value) -> PyObject) -> Value {
        guard value.pyType === PyType.function else { return value }
        return .object(wrapper(value))
    }

    /// Calls `value.__set_name__(cls, name)` for attributes whose type defines it.
    private func announceAttributes(_ thread: ThreadState, _ namespace: [(String, Value)]) throws {
        for (key, value) in namespace {
            guard case .object(let object) = value, object is PyInstance,
                  value.pyType.classAttribute("__set_name__").isFound else { continue }
            _ = try thread.callClassMethod(value, "__set_name__", .object(self), .str(key))
        }
    }

    /// `super(cls, cls).__init_subclass__()`.
    private func runInitSubclass(_ thread: ThreadState) throws {
        guard let parent = mro.dropFirst().first(where: { $0.ownAttribute("__init_subclass__") != nil }),
              parent !== PyType.object,
              let method = parent.ownAttribute("__init_subclass__") else { return }
        let attribute = ClassAttribute(value: method, kind: PyType.classify(method, definedOn: parent))
        _ = try thread.call(thread.bindToClass(attribute, self), Arguments())
    }
}
