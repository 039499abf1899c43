/// A Python `str`: an immutable sequence of Unicode code points.
public final class PyStr: PyObject {
    public let value: String

    public init(_ value: String) {
        self.value = value
    }

    public override var pyType: PyType { PyType.str }
}

extension Value {
    /// A `str` value.
    public static func str(_ s: String) -> Value { .object(PyStr(s)) }

    /// The Swift string when this value is a `str`.
    public var asString: String? { (asObject as? PyStr)?.value }
}
