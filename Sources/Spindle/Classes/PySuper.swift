/// `super(C, obj)`: a proxy that looks attributes up in the MRO of `obj`'s
/// class, starting after `C`, and binds them to `obj`.
///
/// Zero-argument `super()` is compiled by the evaluator, as CPython does:
/// inside a function defined in a class body, `super()` means
/// `super(__class__, <first argument>)`, where `__class__` is the cell the
/// evaluator passes to `PyType.makeClass(…, classCell:)`. The evaluator calls
/// `ThreadState.makeSuper(_:_:)` with those two values; the `super` builtin
/// called with no arguments raises `RuntimeError: super(): no arguments`.
public final class PySuper: PyObject {
    /// The class whose MRO successors are searched.
    public let startType: PyType
    /// The receiver (an instance, or a class for `super(C, cls)` in class methods).
    public let object: Value
    /// The class whose MRO is searched: `type(object)`, or `object` itself when it is a class.
    public let objectType: PyType

    init(startType: PyType, object: Value, objectType: PyType) {
        self.startType = startType
        self.object = object
        self.objectType = objectType
    }

    public override var pyType: PyType { PyType.superType }

    /// `super(...).name`; nil when no class after `startType` defines it.
    func attribute(_ thread: ThreadState, _ name: String) throws -> Value? {
        if name != "__class__", let index = objectType.mro.firstIndex(where: { $0 === startType }) {
            for type in objectType.mro[(index + 1)...] {
                guard let value = type.ownAttribute(name) else { continue }
                let attribute = ClassAttribute(value: value, kind: PyType.classify(value, definedOn: type))
                if object.asObject === objectType {
                    return try thread.bindToClass(attribute, objectType)
                }
                return try thread.bind(attribute, to: object, owner: objectType)
            }
        }
        return try thread.genericAttribute(.object(self), name)
    }
}

extension ThreadState {
    /// `super(type, object)` with CPython's argument checks.
    public func makeSuper(_ type: Value, _ object: Value) throws -> Value {
        guard let start = type.asObject as? PyType else {
            throw PyError(.typeError, "super() argument 1 must be type, not \(type.pyType.name)")
        }
        if let objectAsType = object.asObject as? PyType, objectAsType.isSubtype(of: start) {
            return .object(PySuper(startType: start, object: object, objectType: objectAsType))
        }
        let objectType = object.pyType
        guard objectType.isSubtype(of: start) else {
            throw PyError(.typeError, "super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(PySuper(startType: start, object: object, objectType: objectType))
    }
}
