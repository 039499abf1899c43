import Synchronization

/// The attribute layout shared by instances that gained the same attribute
/// names in the same order (a "hidden class"): name → slot index. Instances
/// then store only a shape pointer and a compact array of values, and a new
/// instance of a class allocates one small array instead of a hash table.
///
/// Shapes are immutable; adding a name follows (or creates) a transition
/// to a child shape. Transitions are guarded by the parent's own lock.
final class Shape {
    /// Attribute names in slot order.
    let names: ContiguousArray<String>
    private let slots: NameTable<Int>
    private let transitions = GuardedState(NameTable<Shape>())

    /// Instances switch to a private table beyond this many attributes, so
    /// objects used as open-ended records do not grow long shape chains.
    static let maximumNames = 48

    static let empty = Shape(names: [], slots: NameTable())

    private init(names: ContiguousArray<String>, slots: NameTable<Int>) {
        self.names = names
        self.slots = slots
    }

    var count: Int { names.count }

    @inline(__always)
    func slot(_ name: String) -> Int? { slots[name] }

    /// The shape with `name` appended (shared by every instance taking this path).
    func adding(_ name: String) -> Shape {
        if let next = transitions.withLock({ $0[name] }) { return next }
        var nextSlots = slots
        nextSlots.set(name, names.count)
        var nextNames = names
        nextNames.append(name)
        let made = Shape(names: nextNames, slots: nextSlots)
        return transitions.withLock { table in
            if let existing = table[name] { return existing }
            table.set(name, made)
            return made
        }
    }
}
