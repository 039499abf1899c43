/// The native layout of an object, stored in every `PyObject` so that hot
/// paths (subscripts, unpacking, iteration) can test "exactly a list",
/// "exactly a dict" with one load and compare instead of a chain of
/// dynamic casts.
///
/// Only the exact built-in classes carry their own kind: Python subclasses
/// of `list` and `dict` are tagged `listSubclass`/`dictSubclass` (they may
/// override `__getitem__` and friends, so they must take the general
/// path), and every other object is `other`.
public enum ObjectKind: UInt8 {
    case other
    case list
    case listSubclass
    case tuple
    case dict
    case dictSubclass
    case str
    case range
    case set

    /// Exact built-in values never carry attributes of their own.
    var hasNoInstanceAttributes: Bool {
        switch self {
        case .list, .tuple, .dict, .str, .range, .set: return true
        case .other, .listSubclass, .dictSubclass: return false
        }
    }
}
