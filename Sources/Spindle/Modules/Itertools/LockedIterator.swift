import Synchronization

/// An iterator implemented in Swift whose progress lives in `state`
/// behind a mutex, so one iterator may be shared between threads (a
/// `count()` handing out ids, a `cycle()` feeding workers). `produce`
/// must not hold the lock while it calls back into Python: it reads what
/// it needs, releases, calls, then records the result.
final class LockedIterator<State>: NativeIterator {
    typealias Produce = (ThreadState, LockedIterator<State>) throws -> Value?

    let state: GuardedState<State>
    private let produce: Produce

    init(_ type: PyType, _ initial: State, _ produce: @escaping Produce) {
        self.state = GuardedState(initial)
        self.produce = produce
        super.init(type: type)
    }

    override func next(_ thread: ThreadState) throws -> Value? { try produce(thread, self) }

    func with<T>(_ body: (inout State) throws -> T) rethrows -> T {
        try state.withLock { try body(&$0) }
    }
}

/// The non-generic face of `LockedIterator`: its class and an optional
/// repr (`count(5)`, `repeat('a', 2)`), set before the iterator is shared.
class NativeIterator: PyIteratorObject {
    private let type: PyType
    var reprText: ((ThreadState) throws -> String)?

    init(type: PyType) {
        self.type = type
    }

    override var pyType: PyType { type }
}

/// A class whose instances are native iterators: calling it runs `make`
/// (with the arguments, the class itself excluded).
enum IteratorClass {
    static func make(_ name: String, module: String = "itertools",
                     _ body: @escaping (ThreadState, PyType, Arguments) throws -> Value) -> PyType {
        let type = PyType(builtin: name, moduleName: module, base: .iterator)
        type.setAttribute("__new__", .object(PyNativeFunction("__new__", owner: type) { thread, args in
            guard let cls = args.positional.first?.asObject as? PyType else {
                throw PyError(.typeError, "\(name).__new__(X): X is not a type object")
            }
            var rest = args
            rest.positional.removeFirst()
            return try body(thread, cls, rest)
        }))
        return type
    }

    /// Gives the class a `__repr__` that uses the iterator's `reprText`.
    static func defineRepr(_ type: PyType) {
        type.defineMethod("__repr__") { thread, args in
            guard let it = args.positional.first?.asObject as? NativeIterator, let text = it.reprText else {
                throw PyError(.typeError, "descriptor '__repr__' requires a '\(type.name)' object")
            }
            return .str(try text(thread))
        }
    }
}
