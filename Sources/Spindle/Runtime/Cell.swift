import Synchronization

/// A shared variable slot: a module global, a builtin, or a closure
/// variable captured by an inner function. Frames hold the `Cell` itself,
/// resolved before evaluation, so reading a global never searches by name.
/// The slot is guarded because any thread may rebind it.
public final class Cell {
    private let storage: GuardedState<Value?>

    public init(_ value: Value? = nil) {
        storage = GuardedState(value)
    }

    /// The bound value, or nil while unbound (reading it is a NameError).
    public var value: Value? {
        get { storage.withLock { $0 } }
        set {
            let old = storage.withLock { slot -> Value? in
                let previous = slot
                slot = newValue
                return previous
            }
            _ = old  // released here, outside the lock
        }
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
