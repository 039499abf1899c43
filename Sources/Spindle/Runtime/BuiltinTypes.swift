/// The built-in types every part of the runtime refers to.
///
/// Each is created once, on first use. Their methods are installed by
/// `Builtins.installTypeMethods` (one file per type under `Objects/`), so
/// this file only fixes identity and the inheritance shape.
extension PyType {
    public static let object = PyType(builtin: "object", base: nil) { PyInstance(cls: $0) }
    public static let type = PyType(builtin: "type", base: .object)
    public static let noneType = PyType(builtin: "NoneType", base: .object)
    public static let notImplementedType = PyType(builtin: "NotImplementedType", base: .object)
    public static let ellipsisType = PyType(builtin: "ellipsis", base: .object)
    public static let int = PyType(builtin: "int", base: .object)
    public static let bool = PyType(builtin: "bool", base: .int)
    public static let float = PyType(builtin: "float", base: .object)
    public static let str = PyType(builtin: "str", base: .object)
    public static let bytes = PyType(builtin: "bytes", base: .object)
    public static let list = PyType(builtin: "list", base: .object) { PyListSubclassInstance(cls: $0) }
    public static let tuple = PyType(builtin: "tuple", base: .object)
    public static let dict = PyType(builtin: "dict", base: .object) { PyDictSubclassInstance(cls: $0) }
    public static let set = PyType(builtin: "set", base: .object)
    public static let frozenset = PyType(builtin: "frozenset", base: .object)
    public static let range = PyType(builtin: "range", base: .object)
    public static let slice = PyType(builtin: "slice", base: .object)
    public static let function = PyType(builtin: "function", base: .object)
    public static let builtinFunction = PyType(builtin: "builtin_function_or_method", base: .object)
    public static let method = PyType(builtin: "method", base: .object)
    public static let module = PyType(builtin: "module", base: .object)
    public static let generator = PyType(builtin: "generator", base: .object)
    public static let cell = PyType(builtin: "cell", base: .object)
    public static let property = PyType(builtin: "property", base: .object)
    public static let staticmethod = PyType(builtin: "staticmethod", base: .object)
    public static let classmethod = PyType(builtin: "classmethod", base: .object)
    public static let superType = PyType(builtin: "super", base: .object)
    public static let iterator = PyType(builtin: "iterator", base: .object)
}

/// `NotImplemented` and `Ellipsis`: singletons with nothing but identity.
public final class PySingleton: PyObject {
    public let name: String
    private let type: PyType

    init(name: String, type: PyType) {
        self.name = name
        self.type = type
    }

    public override var pyType: PyType { type }

    public static let notImplemented = PySingleton(name: "NotImplemented", type: .notImplementedType)
    public static let ellipsis = PySingleton(name: "Ellipsis", type: .ellipsisType)
}

extension Value {
    public static var notImplemented: Value { .object(PySingleton.notImplemented) }
    public var isNotImplemented: Bool { asObject === PySingleton.notImplemented }
}
