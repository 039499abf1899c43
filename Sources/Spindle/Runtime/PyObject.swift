import SpindleSyntax
import Synchronization

/// Base class of every heap-allocated Python value.
///
/// Subclasses are the Swift representations of Python types (`PyStr`,
/// `PyList`, `PyInstance`, …). Each reports its Python type through
/// `pyType`. Objects that can be mutated after creation guard their own
/// state, because Spindle has no global interpreter lock.
open class PyObject {
    /// The native layout, fixed at creation (see `ObjectKind`).
    public let objectKind: ObjectKind

    /// Built-in containers pass their own kind; everything else is `other`.
    public init(kind: ObjectKind = .other) { objectKind = kind }

    /// The Python type of the object.
    open var pyType: PyType { PyType.object }

    /// Calls the object. Callable kinds (functions, bound methods, classes,
    /// native functions) override this; the default runs the class's
    /// `__call__` or raises TypeError.
    open func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        try thread.callThroughDunderCall(self, arguments)
    }

    /// `self(a0)`, `self(a0, a1)`, `self(a0, a1, a2)` with positional
    /// arguments only. Callables with a cheaper fixed-arity path (built-in
    /// types, native functions and methods) override these; the default
    /// builds an `Arguments`. A method call passes its receiver as `a0`.
    open func call1(_ thread: ThreadState, _ a0: Value) throws -> Value {
        try call(thread, Arguments([a0]))
    }

    open func call2(_ thread: ThreadState, _ a0: Value, _ a1: Value) throws -> Value {
        try call(thread, Arguments([a0, a1]))
    }

    open func call3(_ thread: ThreadState, _ a0: Value, _ a1: Value, _ a2: Value) throws -> Value {
        try call(thread, Arguments([a0, a1, a2]))
    }

    /// What the inline cache `cache` knows about reading one of this
    /// object's attributes (`Attributes+CachedAccess.swift`). A virtual call
    /// rather than a cast, so the hot path borrows the receiver; only
    /// instances with attribute slots answer.
    func cachedRead(_ cache: AttributeSiteCache) -> CachedRead { .miss }

    /// Performs the attribute write `cache` describes; false on a miss.
    func cachedWrite(_ cache: AttributeSiteCache, _ value: Value) -> Bool { false }

    /// `self.name += operand` (or `-=`) done in place when both caches
    /// describe the same slot of this object's layout and the slot holds an
    /// int whose result fits a machine word; false otherwise, and then
    /// nothing was read or written.
    func cachedIntUpdate(_ read: AttributeSiteCache, _ write: AttributeSiteCache,
                         _ op: BinaryOperator, _ operand: Int) -> Bool { false }
}

/// An instance of a class defined in Python (or of a native type without a
/// special layout): a class pointer plus an attribute namespace.
///
/// Attributes live in a Swift dictionary until Python code asks for
/// `__dict__`; from then on a `PyDict` is the namespace, so changes through
/// `obj.__dict__` and through `obj.name` stay in step.
///
/// Native types that Python classes may subclass (exceptions,
/// `threading.Thread`, `logging.Handler`, …) subclass `PyInstance` to add
/// their native state and install an `allocator` on their `PyType`.
open class PyInstance: PyObject {
    public let cls: PyType
    private let storage = GuardedState(Storage())

    private struct Storage {
        var fields = AttributeTable()
        /// Set once `__dict__` has been requested; then it holds every attribute.
        var dictionary: PyDict?
    }

    public init(cls: PyType) {
        self.cls = cls
    }

    open override var pyType: PyType { cls }

    /// The instance attribute `name`, if set (class attributes are not consulted).
    @inline(__always)
    public func attribute(_ name: String) -> Value? {
        let (value, dictionary) = storage.withLock { ($0.fields[name], $0.dictionary) }
        if let dictionary { return dictionary.get(name) }
        return value
    }

    /// Sets an instance attribute. The previous value is released after the
    /// lock is dropped, so a `__del__`-free release never runs under the lock.
    public func setAttribute(_ name: String, _ value: Value) {
        let (old, dictionary) = storage.withLock { storage -> (Value?, PyDict?) in
            if let dictionary = storage.dictionary { return (nil, dictionary) }
            return (storage.fields.set(name, value), nil)
        }
        dictionary?.set(name, value)
        _ = old
    }

    /// Removes all instance attributes in one step when their names are
    /// exactly `names` (in any order); returns false, changing nothing,
    /// otherwise. (`Thread.run` dropping its target and arguments, where
    /// one `removeAttribute` per name would rebuild the table each time.)
    func removeAttributes(ifExactly names: [String]) -> Bool {
        let removed = storage.withLock { storage -> AttributeTable? in
            guard storage.dictionary == nil else { return nil }
            let live = storage.fields.items
            guard live.count == names.count, live.allSatisfy({ names.contains($0.0) }) else { return nil }
            defer { storage.fields = AttributeTable() }
            return storage.fields
        }
        return removed != nil
    }

    /// Removes an instance attribute; returns false when it was not set.
    @discardableResult
    public func removeAttribute(_ name: String) -> Bool {
        let (old, dictionary) = storage.withLock { storage -> (Value?, PyDict?) in
            if let dictionary = storage.dictionary { return (nil, dictionary) }
            return (storage.fields.remove(name), nil)
        }
        if let dictionary { return dictionary.removeStringKey(name) != nil }
        return old != nil
    }

    /// A snapshot of the attribute namespace in insertion order (for `dir()`).
    public func attributeSnapshot() -> [(String, Value)] {
        let (fields, dictionary) = storage.withLock { ($0.fields, $0.dictionary) }
        guard let dictionary else { return fields.items }
        return dictionary.items.compactMap { key, value in key.asString.map { ($0, value) } }
    }

    // MARK: Inline caches (the shape is checked and the slot read or
    // written under one lock). An instance with a `__dict__` keeps an
    // attribute table without a shared shape, so the shape check alone
    // sends its sites to the general path.

    final override func cachedRead(_ cache: AttributeSiteCache) -> CachedRead {
        let version = cls.versionTag.load(ordering: .acquiring)
        return storage.withLock { storage in
            guard let shape = storage.fields.shapeIdentity,
                  let entry = cache.entry(version, shape) else { return .miss }
            switch entry.pointee.kind {
            case .slot:
                guard let value = storage.fields.value(atSlot: entry.pointee.slot) else { return .miss }
                return .value(value)
            case .classAttribute:
                return .classAttribute(entry)
            case .append, .moduleGlobal:
                return .miss
            }
        }
    }

    final override func cachedWrite(_ cache: AttributeSiteCache, _ value: Value) -> Bool {
        let version = cls.versionTag.load(ordering: .acquiring)
        let (done, old) = storage.withLock { storage -> (Bool, Value?) in
            guard let shape = storage.fields.shapeIdentity,
                  let entry = cache.entry(version, shape) else { return (false, nil) }
            switch entry.pointee.kind {
            case .slot:
                return (true, storage.fields.replaceValue(atSlot: entry.pointee.slot, value))
            case .append:
                guard let next = entry.pointee.nextShape else { return (false, nil) }
                storage.fields.append(value, movingTo: next)
                return (true, nil)
            case .classAttribute, .moduleGlobal:
                return (false, nil)
            }
        }
        _ = old  // released outside the lock
        return done
    }

    final override func cachedIntUpdate(_ read: AttributeSiteCache, _ write: AttributeSiteCache,
                                        _ op: BinaryOperator, _ operand: Int) -> Bool {
        let version = cls.versionTag.load(ordering: .acquiring)
        return storage.withLock { storage in
            guard let shape = storage.fields.shapeIdentity,
                  let readEntry = read.entry(version, shape), readEntry.pointee.kind == .slot,
                  let writeEntry = write.entry(version, shape), writeEntry.pointee.kind == .slot,
                  writeEntry.pointee.slot == readEntry.pointee.slot else { return false }
            return storage.fields.updateInt(atSlot: readEntry.pointee.slot, op, operand)
        }
    }

    /// `obj.__dict__`: the namespace as a dict that stays shared with the instance.
    func liveDictionary() -> PyDict {
        storage.withLock { storage in
            if let dictionary = storage.dictionary { return dictionary }
            let dictionary = PyDict()
            for (name, value) in storage.fields.items { dictionary.set(name, value) }
            storage.fields = .besideDictionary
            storage.dictionary = dictionary
            return dictionary
        }
    }

    /// `obj.__dict__ = d`: `d` becomes the namespace.
    func replaceDictionary(_ dictionary: PyDict) {
        let old = storage.withLock { storage -> (AttributeTable, PyDict?) in
            let previous = (storage.fields, storage.dictionary)
            storage.fields = .besideDictionary
            storage.dictionary = dictionary
            return previous
        }
        _ = old
    }
}

/// What an instance's attribute storage says about a cached site.
enum CachedRead {
    case miss
    /// The instance attribute's value.
    case value(Value)
    /// Not an instance attribute: the class attribute of the entry applies.
    case classAttribute(UnsafePointer<SiteEntry>)
}

/// Describing an instance to an inline cache on a miss.
extension PyInstance {
    /// The shared shape and the slot of `name` in it (nil when absent); nil
    /// when the instance keeps a private layout or a `__dict__`.
    func sharedLayout(of name: String) -> (shape: Shape, slot: Int?)? {
        storage.withLock { storage in
            guard storage.dictionary == nil, let shape = storage.fields.sharedShape else { return nil }
            return (shape, shape.slot(name))
        }
    }
}
