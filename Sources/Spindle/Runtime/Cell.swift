import Synchronization

/// A shared variable slot: a module global, a builtin, or a closure
/// variable captured by an inner function. Frames hold the `Cell` itself,
/// resolved before evaluation, so reading a global never searches by name.
///
/// Any thread may rebind a cell while others read it, and reads are far
/// more frequent (every call of a global function reads one), so a read
/// takes no lock and writes nothing shared:
///
/// - The authoritative value lives under a lock that only writers (and
///   readers of ordinary objects, below) take. Each write also publishes the
///   value as a *mirror* of two atomic words: `state` (a version counter,
///   a "write in progress" bit and the kind of value) and `bits` (the
///   scalar, or the object's address). Readers use the mirror as a
///   sequence lock: load `state`, load `bits`, load `state` again; equal and
///   not in progress means the pair is consistent.
/// - Scalars (None, bool, int, float) are decoded from the mirror directly.
/// - Functions, classes, modules and builtin functions are *pinned*: once a
///   cell has held one, it keeps a reference to it until the cell itself is
///   deinitialised, even after a rebinding or `del`. So an address read from
///   the mirror stays valid for as long as the reader keeps the cell alive
///   (every node that reads a cell holds it), and the call path can use the
///   callee borrowed, without a retain that would bounce the function's
///   cache line between cores. The price is memory for programs that rebind
///   one global to many different functions; after `pinLimit` superseded
///   values a cell stops pinning (later values are stored as ordinary
///   objects), which bounds it.
/// - Any other object (lists, strs, instances) may be freed as soon as it is
///   unbound, so it is read under the lock and retained there; the writer
///   releases the superseded value after unlocking.
public final class Cell {
    private struct Storage {
        var value: Value?
        /// Pinned values this cell no longer holds, kept alive for borrowed readers.
        var superseded: [PyObject] = []
    }

    /// The kind of value the mirror describes (the low bits of `state`).
    private enum Kind {
        static let unbound = 0
        static let none = 1
        static let bool = 2
        static let int = 3
        static let float = 4
        /// A pinned `PyFunction`.
        static let function = 5
        /// Any other pinned object.
        static let pinned = 6
        /// An ordinary object: read under the lock.
        static let object = 7
        static let mask = 7
        static let writing = 8
        static let versionStep = 16
    }

    /// After this many superseded pinned values, a cell stops pinning.
    private static let pinLimit = 256

    private let state = Atomic<Int>(Kind.unbound)
    private let bits = Atomic<UInt>(0)
    private let storage = GuardedState(Storage())

    public init(_ value: Value? = nil) {
        if value != nil { self.value = value }
    }

    /// The bound value, or nil while unbound (reading it is a NameError).
    public var value: Value? {
        get {
            guard let (kind, word) = mirror() else { return storage.withLock { $0.value } }
            switch kind {
            case Kind.unbound: return nil
            case Kind.none: return Value.None
            case Kind.bool: return .bool(word != 0)
            case Kind.int: return .int(Int(bitPattern: word))
            case Kind.float: return .float(Double(bitPattern: UInt64(word)))
            case Kind.function, Kind.pinned:
                return .object(Unmanaged<PyObject>.fromOpaque(UnsafeRawPointer(bitPattern: word)!).takeUnretainedValue())
            default: return storage.withLock { $0.value }
            }
        }
        set { store(newValue) }
    }

    /// The `PyFunction` bound to the cell, borrowed: valid while the caller
    /// keeps the cell alive (see the type's documentation). Nil when the
    /// cell holds anything else.
    @inline(__always)
    func borrowedFunction() -> Unmanaged<PyFunction>? {
        guard let (kind, word) = mirror(), kind == Kind.function else { return nil }
        return Unmanaged<PyFunction>.fromOpaque(UnsafeRawPointer(bitPattern: word)!)
    }

    /// The value when it is an int or float, read inline; nil for
    /// anything else (the caller then reads `value`).
    @inline(__always)
    func scalarValue() -> Value? {
        guard let (kind, word) = mirror() else { return nil }
        if kind == Kind.int { return .int(Int(bitPattern: word)) }
        if kind == Kind.float { return .float(Double(bitPattern: UInt64(word))) }
        return nil
    }

    /// What a lock-free read of the mirror found.
    enum Peek {
        /// None, a bool, an int or a float.
        case scalar(Value)
        /// A pinned object, borrowed: valid while the reader keeps the cell.
        case pinned(Unmanaged<PyObject>)
        case unbound
        /// An ordinary object, or a write in progress: read `value`.
        case locked
    }

    /// The value as the mirror describes it, without taking the lock.
    @inline(__always)
    func peek() -> Peek {
        guard let (kind, word) = mirror() else { return .locked }
        switch kind {
        case Kind.int: return .scalar(.int(Int(bitPattern: word)))
        case Kind.float: return .scalar(.float(Double(bitPattern: UInt64(word))))
        case Kind.function, Kind.pinned:
            return .pinned(Unmanaged<PyObject>.fromOpaque(UnsafeRawPointer(bitPattern: word)!))
        case Kind.unbound: return .unbound
        case Kind.none: return .scalar(.None)
        case Kind.bool: return .scalar(.bool(word != 0))
        default: return .locked
        }
    }

    /// A consistent (kind, bits) pair from the mirror, or nil while a
    /// write is in progress (the caller then reads under the lock).
    @inline(__always)
    private func mirror() -> (Int, UInt)? {
        let before = state.load(ordering: .acquiring)
        let word = bits.load(ordering: .relaxed)
        atomicMemoryFence(ordering: .acquiring)
        let after = state.load(ordering: .relaxed)
        guard before == after, before & Kind.writing == 0 else { return nil }
        return (before & Kind.mask, word)
    }

    private func store(_ newValue: Value?) {
        let old = storage.withLock { s -> Value? in
            let previous = s.value
            let previousKind = state.load(ordering: .relaxed) & Kind.mask
            if previousKind == Kind.function || previousKind == Kind.pinned,
               case .object(let o)? = previous, newValue?.asObject !== o,
               !s.superseded.contains(where: { $0 === o }) {
                s.superseded.append(o)
            }
            s.value = newValue
            var (kind, word) = Self.describe(newValue)
            if kind == Kind.function || kind == Kind.pinned, s.superseded.count >= Self.pinLimit {
                kind = Kind.object
            }
            publish(kind, word)
            return previous
        }
        _ = old  // released here, outside the lock (a pinned one lives on in `superseded`)
    }

    /// Writes the mirror (the lock is held, so writers never overlap).
    private func publish(_ kind: Int, _ word: UInt) {
        let current = state.load(ordering: .relaxed)
        state.store(current | Kind.writing, ordering: .relaxed)
        atomicMemoryFence(ordering: .releasing)
        bits.store(word, ordering: .relaxed)
        let version = (current & ~(Kind.versionStep - 1)) &+ Kind.versionStep
        state.store(version | kind, ordering: .releasing)
    }

    private static func describe(_ value: Value?) -> (Int, UInt) {
        switch value {
        case nil: return (Kind.unbound, 0)
        case .None?: return (Kind.none, 0)
        case .bool(let b)?: return (Kind.bool, b ? 1 : 0)
        case .int(let i)?: return (Kind.int, UInt(bitPattern: i))
        case .float(let d)?: return (Kind.float, UInt(d.bitPattern))
        case .object(let o)?:
            let address = UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque())
            if o is PyFunction { return (Kind.function, address) }
            return (isPinned(o) ? Kind.pinned : Kind.object, address)
        }
    }

    /// Functions, classes, modules and builtin functions: the objects the
    /// call path borrows, which programs rarely rebind.
    private static func isPinned(_ o: PyObject) -> Bool {
        o is PyFunction || o is PyType || o is PyModule || o is PyNativeFunction
    }
}

/// A module's (or the builtins') global namespace: name → `Cell`, in
/// insertion order. Cells are created on first mention, bound or not, so
/// the resolver can hand out a cell for a global the module defines later.
public final class Namespace {
    private struct Table {
        var cells: [String: Cell] = [:]
        var order: [String] = []
    }

    private let table = GuardedState(Table())

    public init() {}

    /// The cell for `name`, created unbound if it does not exist yet.
    public func cell(_ name: String) -> Cell {
        table.withLock { t in
            if let c = t.cells[name] { return c }
            let c = Cell()
            t.cells[name] = c
            t.order.append(name)
            return c
        }
    }

    public subscript(name: String) -> Value? {
        get { table.withLock { $0.cells[name] }?.value }
        set { cell(name).value = newValue }
    }

    /// The bound names, in the order they were first mentioned.
    public func boundNames() -> [String] {
        let snapshot = table.withLock { t in t.order.map { ($0, t.cells[$0]!) } }
        return snapshot.filter { $0.1.value != nil }.map { $0.0 }
    }

    /// Bound (name, value) pairs in order.
    public func items() -> [(String, Value)] {
        let snapshot = table.withLock { t in t.order.map { ($0, t.cells[$0]!) } }
        return snapshot.compactMap { name, cell in cell.value.map { (name, $0) } }
    }
}

/// A Python module: its name and global namespace.
public final class PyModule: PyObject {
    public let name: String
    public let namespace: Namespace

    public init(name: String, namespace: Namespace = Namespace()) {
        self.name = name
        self.namespace = namespace
        super.init()
        namespace["__name__"] = .str(name)
    }

    public override var pyType: PyType { PyType.module }

    /// Adds a native function to the module.
    public func defineFunction(_ name: String, _ body: @escaping PyNativeFunction.Body) {
        namespace[name] = .object(PyNativeFunction(name, body))
    }
}
