import SpindleSyntax

/// The attributes of one instance, in insertion order (so `vars(obj)` lists
/// them the way CPython does).
///
/// Normally a shared `Shape` maps names to slots of a compact value array.
/// Past `Shape.maximumNames` attributes, or after a deletion, the instance
/// keeps a private name table instead (deleted slots become holes that are
/// squeezed out once they outnumber live entries).
struct AttributeTable {
    private var shape: Shape? = Shape.empty
    private var values: ContiguousArray<Value?> = []
    /// Private layout, used when `shape` is nil.
    private var slots = NameTable<Int>()
    private var names: ContiguousArray<String> = []
    private var holes = 0

    @inline(__always)
    subscript(name: String) -> Value? {
        guard let slot = shape?.slot(name) ?? (shape == nil ? slots[name] : nil) else { return nil }
        return values[slot]
    }

    /// Sets `name`, returning the previous value.
    mutating func set(_ name: String, _ value: Value) -> Value? {
        if let shape {
            if let slot = shape.slot(name) {
                return swapValue(at: slot, value)
            }
            if shape.count < Shape.maximumNames {
                if values.isEmpty { values.reserveCapacity(4) }
                self.shape = shape.adding(name)
                values.append(value)
                return nil
            }
            leaveShape()
        }
        if let slot = slots[name] { return swapValue(at: slot, value) }
        slots.set(name, values.count)
        names.append(name)
        values.append(value)
        return nil
    }

    /// Removes `name`, returning its value (nil when absent).
    mutating func remove(_ name: String) -> Value? {
        guard self[name] != nil else { return nil }
        if shape != nil { leaveShape() }
        guard let slot = slots.remove(name) else { return nil }
        let previous = values[slot]
        values[slot] = nil
        holes += 1
        if holes > slots.count { compact() }
        return previous
    }

    /// Live (name, value) pairs in insertion order.
    var items: [(String, Value)] {
        let order = shape?.names ?? names
        var result: [(String, Value)] = []
        for (index, name) in order.enumerated() {
            if let value = values[index] { result.append((name, value)) }
        }
        return result
    }

    @inline(__always)
    private mutating func swapValue(at slot: Int, _ value: Value) -> Value? {
        let previous = values[slot]
        values[slot] = value
        return previous
    }

    /// Copies the shared layout into a private one.
    private mutating func leaveShape() {
        guard let shape else { return }
        names = shape.names
        slots = NameTable()
        for (index, name) in names.enumerated() { slots.set(name, index) }
        self.shape = nil
    }

    private mutating func compact() {
        let live = items
        slots = NameTable()
        names = []
        values = []
        holes = 0
        for (name, value) in live { _ = set(name, value) }
    }
}

/// Slot access for inline caches, which have checked the shape already.
extension AttributeTable {
    /// The empty table of an instance whose namespace is a `PyDict`: it has
    /// no shared shape, so inline caches never match it.
    static var besideDictionary: AttributeTable {
        var table = AttributeTable()
        table.shape = nil
        return table
    }

    /// The shared layout's identity; nil when the table keeps a private layout.
    @inline(__always)
    var shapeIdentity: ObjectIdentifier? {
        guard let shape else { return nil }
        return ObjectIdentifier(shape)
    }

    var sharedShape: Shape? { shape }

    @inline(__always)
    func value(atSlot slot: Int) -> Value? {
        slot < values.count ? values[slot] : nil
    }

    @inline(__always)
    mutating func replaceValue(atSlot slot: Int, _ value: Value) -> Value? {
        let previous = values[slot]
        values[slot] = value
        return previous
    }

    /// Adds `operand` to (or subtracts it from) the int in `slot`; false,
    /// changing nothing, when the slot holds anything else or the result
    /// does not fit a machine word (the caller then takes the general path,
    /// which makes a big int).
    @inline(__always)
    mutating func updateInt(atSlot slot: Int, _ op: BinaryOperator, _ operand: Int) -> Bool {
        guard slot < values.count, case .int(let current)? = values[slot] else { return false }
        let (result, overflow): (Int, Bool)
        switch op {
        case .add: (result, overflow) = current.addingReportingOverflow(operand)
        case .subtract: (result, overflow) = current.subtractingReportingOverflow(operand)
        default: return false
        }
        if overflow { return false }
        values[slot] = .int(result)
        return true
    }

    /// Adds the value of the name whose addition leads from the current
    /// shape to `next`.
    mutating func append(_ value: Value, movingTo next: Shape) {
        if values.isEmpty { values.reserveCapacity(4) }
        shape = next
        values.append(value)
    }
}
