/// A Python value as the evaluator passes it around.
///
/// The common immutable scalars live inline so that arithmetic and
/// comparisons allocate nothing and touch no reference counts; everything
/// else (str, big ints, containers, functions, classes, instances) is a
/// `PyObject`. Invariants:
/// - an integer that fits in `Int` is always `.int`, never a `PyBigInt`;
/// - `True`/`False` are `.bool`, `None` is `.None` (capitalised so it can never be mistaken for `Optional.none`).
public enum Value {
    case None
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)
}

extension Value {
    /// The object payload, or nil for the inline scalars.
    @inlinable public var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    @inlinable public var isNone: Bool {
        if case .None = self { return true }
        return false
    }

    /// The Python type of this value.
    public var pyType: PyType {
        switch self {
        case .None: return PyType.noneType
        case .bool: return PyType.bool
        case .int: return PyType.int
        case .float: return PyType.float
        case .object(let o): return o.pyType
        }
    }

    /// Python's `is`: identity for objects, equality of the inline scalars
    /// (small ints and floats are shared in CPython too, so scripts that
    /// compare them with `is` see the same answer).
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.None, .None): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }
}
