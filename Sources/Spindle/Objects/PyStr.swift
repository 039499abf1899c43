import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Python `str`: an immutable sequence of Unicode code points.
///
/// The Swift `String` holds the text; the code-point count and the hash are
/// computed on first use and cached (the object is immutable, so caching
/// is safe across threads with an atomic). A string whose code-point count
/// equals its UTF-8 length is ASCII, and indexes and slices in O(1)/O(k).
///
/// The one exception to immutability is `s += t` on a str that nothing but
/// the assigned variable references (see `PyStr+Append.swift`): no other
/// reference exists, so no other code can observe the change.
public final class PyStr: PyObject {
    public internal(set) var value: String
    /// Code-point count, or -1 until computed.
    let cachedCount: Atomic<Int>
    /// Hash, or 0 until computed (a computed hash is never 0).
    let cachedHash = Atomic<Int>(0)

    public init(_ value: String) {
        self.value = value
        self.cachedCount = Atomic(-1)
        super.init(kind: .str)
    }

    /// A string whose code-point count is already known.
    init(_ value: String, count: Int) {
        self.value = value
        self.cachedCount = Atomic(count)
        super.init(kind: .str)
    }

    public override var pyType: PyType { PyType.str }

    /// Number of code points (`len(s)`).
    public var count: Int {
        let known = cachedCount.load(ordering: .relaxed)
        if known >= 0 { return known }
        let n = PyStr.scalarCount(value)
        cachedCount.store(n, ordering: .relaxed)
        return n
    }

    /// True when every code point is ASCII (one UTF-8 byte each).
    public var isASCII: Bool { count == value.utf8.count }

    /// The number of code points of valid UTF-8 text: its bytes that do not
    /// continue a multi-byte sequence.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { scalarCount($0) }
    }

    /// Python's `hash(s)`: stable within a process, never -1 or 0.
    var hashValue: Int {
        let known = cachedHash.load(ordering: .relaxed)
        if known != 0 { return known }
        var hasher = Hasher()
        var text = value
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        var h = hasher.finalize()
        if h == 0 || h == -1 { h = 2 }
        cachedHash.store(h, ordering: .relaxed)
        return h
    }

    /// The code points, for non-ASCII indexing.
    var scalars: [Unicode.Scalar] { Array(value.unicodeScalars) }

    /// Code-point equality (not Swift's canonical equivalence).
    func isEqual(to other: PyStr) -> Bool {
        if self === other { return true }
        return PyStr.sameScalars(value, other.value)
    }

    /// True when the two strings hold the same code points.
    static func sameScalars(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        let n = a.utf8.count
        guard n == b.utf8.count else { return false }
        if n == 0 { return true }
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                guard let x = pa.baseAddress, let y = pb.baseAddress else { return pa.count == pb.count }
                return memcmp(x, y, n) == 0
            }
        }
    }

    /// Code-point ordering (Python compares strings by code point; UTF-8
    /// byte order is the same order): -1, 0 or 1.
    static func compareScalars(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                let n = min(pa.count, pb.count)
                if n > 0, let x = pa.baseAddress, let y = pb.baseAddress {
                    let c = memcmp(x, y, n)
                    if c != 0 { return c < 0 ? -1 : 1 }
                }
                return pa.count < pb.count ? -1 : (pa.count == pb.count ? 0 : 1)
            }
        }
    }

    // MARK: Shared instances

    /// The one-character strings for ASCII, shared so `s[i]` and iteration
    /// over ASCII text allocate nothing.
    static let asciiCharacters: [PyStr] = (0..<128).map {
        PyStr(String(Character(Unicode.Scalar(UInt8($0)))), count: 1)
    }

    static let empty = PyStr("", count: 0)

    /// The string for one code point.
    static func character(_ scalar: Unicode.Scalar) -> PyStr {
        if scalar.value < 128 { return asciiCharacters[Int(scalar.value)] }
        return PyStr(String(Character(scalar)), count: 1)
    }
}

extension Value {
    /// A `str` value.
    public static func str(_ s: String) -> Value { .object(PyStr(s)) }

    /// The Swift string when this value is a `str`.
    public var asString: String? { asPyStr?.value }

    /// The `PyStr` object when this value is a `str`, found by the object's
    /// kind byte (`PyStr` is final and carries `.str`) instead of a cast.
    @inline(__always)
    var asPyStr: PyStr? {
        if case .object(let o) = self, o.objectKind == .str { return unsafeDowncast(o, to: PyStr.self) }
        return nil
    }
}
