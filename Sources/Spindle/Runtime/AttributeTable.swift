/// The attributes of one instance in insertion order (so `vars(obj)` lists
/// them the way CPython does): a name → slot index plus the slots. Deleting
/// leaves a hole that is squeezed out once holes outnumber live entries.
struct AttributeTable {
    private var slots = NameTable<Int>()
    private var entries: ContiguousArray<(name: String, value: Value?)> = []
    private var holes = 0

    var isEmpty: Bool { slots.isEmpty }

    @inline(__always)
    subscript(name: String) -> Value? {
        guard let slot = slots[name] else { return nil }
        return entries[slot].value
    }

    /// Sets `name`, returning the previous value.
    mutating func set(_ name: String, _ value: Value) -> Value? {
        if let slot = slots[name] {
            let previous = entries[slot].value
            entries[slot].value = value
            return previous
        }
        slots.set(name, entries.count)
        entries.append((name, value))
        return nil
    }

    /// Removes `name`, returning its value (nil when absent).
    mutating func remove(_ name: String) -> Value? {
        guard let slot = slots.remove(name) else { return nil }
        let previous = entries[slot].value
        entries[slot].value = nil
        holes += 1
        if holes > slots.count { compact() }
        return previous
    }

    /// Live (name, value) pairs in insertion order.
    var items: [(String, Value)] {
        entries.compactMap { entry in entry.value.map { (entry.name, $0) } }
    }

    private mutating func compact() {
        let live = items
        slots = NameTable()
        entries = []
        holes = 0
        for (name, value) in live { _ = set(name, value) }
    }
}
