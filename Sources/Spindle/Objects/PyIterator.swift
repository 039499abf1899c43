import Synchronization

/// Base class of every iterator Spindle implements natively (over lists,
/// ranges, dicts, …, plus `enumerate`, `zip`, `map`, generators).
///
/// `for` loops call `next` directly, without looking up `__next__`; nil
/// means exhausted. Python code reaches the same method through the
/// `__next__`/`__iter__` installed on each iterator type. Iterators are
/// usually private to one thread, but an iterator shared between threads
/// must not crash, so each keeps its position behind a lock or atomic.
open class PyIteratorObject: PyObject {
    public init() { super.init() }

    /// The next element, or nil once exhausted.
    open func next(_ thread: ThreadState) throws -> Value? { nil }

    open override var pyType: PyType { PyType.iterator }
}

/// A position shared safely between threads: each `claim` hands out the
/// next index exactly once.
struct IteratorCursor: ~Copyable {
    private let position = Atomic<Int>(0)

    init(_ start: Int = 0) { position.store(start, ordering: .relaxed) }

    @inline(__always)
    func claim() -> Int { position.wrappingAdd(1, ordering: .relaxed).oldValue }

    func exhaust() { position.store(Int.max / 2, ordering: .relaxed) }
}

/// Iterates a list by index under the list's lock, so appends from other
/// threads are seen and never crash the loop.
final class PyListIterator: PyIteratorObject {
    let list: PyList
    private let cursor = IteratorCursor()

    init(_ list: PyList) { self.list = list }

    override var pyType: PyType { IteratorTypes.list }

    override func next(_ thread: ThreadState) throws -> Value? {
        let i = cursor.claim()
        guard let v = list.element(at: i) else { cursor.exhaust(); return nil }
        return v
    }
}

/// Iterates a list backwards (`reversed(list)`).
final class PyListReverseIterator: PyIteratorObject {
    let list: PyList
    private let cursor = IteratorCursor()
    private let start: Int

    init(_ list: PyList) {
        self.list = list
        start = list.count - 1
    }

    override var pyType: PyType { IteratorTypes.listReverse }

    override func next(_ thread: ThreadState) throws -> Value? {
        let i = start - cursor.claim()
        guard i >= 0, let v = list.element(at: i) else { cursor.exhaust(); return nil }
        return v
    }
}

/// Iterates a fixed array of values (tuples, snapshots of sets and views).
final class PyArrayIterator: PyIteratorObject {
    let items: ContiguousArray<Value>
    private let cursor = IteratorCursor()
    private let type: PyType

    init(_ items: ContiguousArray<Value>, type: PyType) {
        self.items = items
        self.type = type
    }

    override var pyType: PyType { type }

    override func next(_ thread: ThreadState) throws -> Value? {
        let i = cursor.claim()
        guard i < items.count else { cursor.exhaust(); return nil }
        return items[i]
    }
}

/// Iterates a range without materialising it.
final class PyRangeIterator: PyIteratorObject {
    let range: PyRange
    private let cursor = IteratorCursor()

    init(_ range: PyRange) { self.range = range }

    override var pyType: PyType { IteratorTypes.range }

    override func next(_ thread: ThreadState) throws -> Value? {
        let i = cursor.claim()
        guard i < range.count else { cursor.exhaust(); return nil }
        return .int(range.element(i))
    }
}

/// Iterates a str by code point; ASCII strings index their bytes directly.
final class PyStrIterator: PyIteratorObject {
    let string: PyStr
    private let scalars: [Unicode.Scalar]?
    private let cursor = IteratorCursor()

    init(_ string: PyStr) {
        self.string = string
        scalars = string.isASCII ? nil : string.scalars
    }

    override var pyType: PyType { IteratorTypes.str }

    override func next(_ thread: ThreadState) throws -> Value? {
        let i = cursor.claim()
        if let scalars {
            guard i < scalars.count else { cursor.exhaust(); return nil }
            return .object(PyStr.character(scalars[i]))
        }
        guard let byte = string.asciiByte(at: i) else { cursor.exhaust(); return nil }
        return .object(PyStr.asciiCharacters[Int(byte)])
    }
}

/// What a dict iterator yields.
enum DictIterationKind { case keys, values, items }

/// Iterates a dict (or set) in insertion order by entry position; raises
/// RuntimeError when the size changes during iteration, as CPython does.
final class PyHashIterator: PyIteratorObject {
    private let kind: DictIterationKind
    private let source: PyObject
    private let state: GuardedState<(position: Int, expected: Int)>
    private let type: PyType

    init(dict: PyDict, kind: DictIterationKind) {
        self.kind = kind
        source = dict
        state = GuardedState((0, dict.count))
        switch kind {
        case .keys: type = IteratorTypes.dictKeys
        case .values: type = IteratorTypes.dictValues
        case .items: type = IteratorTypes.dictItems
        }
    }

    init(set: PySet) {
        kind = .keys
        source = set
        state = GuardedState((0, set.count))
        type = IteratorTypes.set
    }

    override var pyType: PyType { type }

    /// Advances under the table's lock: nil when exhausted, `.some(nil)`
    /// when the size changed.
    private func advance<T: KeyedTable>(_ t: inout T) -> HashTable.Entry?? {
        state.withLock { s -> HashTable.Entry?? in
            if s.expected != t.count { s.expected = -1; return .some(nil) }
            guard let (i, e) = t.nextEntry(from: s.position) else {
                s.position = Int.max / 2
                return nil
            }
            s.position = i + 1
            return e
        }
    }

    override func next(_ thread: ThreadState) throws -> Value? {
        let found: HashTable.Entry??
        if let dict = source as? PyDict { found = dict.table.withLock { advance(&$0) } }
        else if let set = source as? PySet { found = set.table.withLock { advance(&$0) } }
        else { return nil }
        switch found {
        case .none: return nil
        case .some(.none):
            let what = source is PyDict ? "dictionary" : "Set"
            throw PyError(.runtimeError, "\(what) changed size during iteration")
        case .some(.some(let e)):
            switch kind {
            case .keys: return e.key
            case .values: return e.value
            case .items: return .object(PyTuple(e.key, e.value))
            }
        }
    }
}

/// The Python types of the native iterators (names as CPython reports them).
enum IteratorTypes {
    static let list = PyType(builtin: "list_iterator", base: .object)
    static let listReverse = PyType(builtin: "list_reverseiterator", base: .object)
    static let tuple = PyType(builtin: "tuple_iterator", base: .object)
    static let range = PyType(builtin: "range_iterator", base: .object)
    static let str = PyType(builtin: "str_iterator", base: .object)
    static let bytes = PyType(builtin: "bytes_iterator", base: .object)
    static let set = PyType(builtin: "set_iterator", base: .object)
    static let dictKeys = PyType(builtin: "dict_keyiterator", base: .object)
    static let dictValues = PyType(builtin: "dict_valueiterator", base: .object)
    static let dictItems = PyType(builtin: "dict_itemiterator", base: .object)
    static let callable = PyType(builtin: "callable_iterator", base: .object)
    static let sequence = PyType(builtin: "iterator", base: .object)

    static var all: [PyType] {
        [list, listReverse, tuple, range, str, bytes, set, dictKeys, dictValues, dictItems,
         callable, sequence, PyType.iterator]
    }
}
