/// The storage behind `set` and `frozenset`: CPython's set layout (an
/// open-addressing array probed linearly, then by perturbation; grown ×4
/// when three fifths full), so that iteration and `repr` list elements in
/// the same order CPython does — `{3, 1, 2}` prints as `{1, 2, 3}`.
///
/// Like `HashTable`, it never runs Python code; `PySet` drives it through
/// the `withKey` locking protocol.
struct SetTable: KeyedTable {
    struct Slot {
        /// nil for an unused or deleted slot.
        var key: Value?
        /// -1 marks a deleted slot (a real hash is never -1).
        var hash: Int

        static let unused = Slot(key: nil, hash: 0)
        static let dummy = Slot(key: nil, hash: -1)

        var isUnused: Bool { key == nil && hash != -1 }
        var isActive: Bool { key != nil }
    }

    private static let minimumSize = 8
    private static let linearProbes = 9

    private(set) var slots = ContiguousArray(repeating: Slot.unused, count: SetTable.minimumSize)
    /// Active plus deleted slots.
    private var fill = 0
    /// Active slots.
    private(set) var count = 0
    /// Where `pop` resumes scanning.
    private var finger = 0
    private(set) var version = 0

    private var mask: Int { slots.count - 1 }

    // MARK: Lookup

    func probe(_ key: Value, hash: Int) -> TableProbe {
        var undecided: [(index: Int, key: Value)] = []
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        if slots[i].isUnused { return .missing(slot: i) }
        while true {
            if let found = check(i, key, hash, &undecided) { return .found(found) }
            if i + SetTable.linearProbes <= mask {
                for j in 1...SetTable.linearProbes {
                    let slot = slots[i + j]
                    if slot.isUnused { return undecided.isEmpty ? .missing(slot: i + j) : .undecided(undecided) }
                    if let found = check(i + j, key, hash, &undecided) { return .found(found) }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
            if slots[i].isUnused { return undecided.isEmpty ? .missing(slot: i) : .undecided(undecided) }
        }
    }

    private func check(_ i: Int, _ key: Value, _ hash: Int, _ undecided: inout [(index: Int, key: Value)]) -> Int? {
        let slot = slots[i]
        guard let k = slot.key, slot.hash == hash else { return nil }
        switch KeyEquality.native(k, key) {
        case true?: return i
        case false?: return nil
        case nil:
            undecided.append((i, k))
            return nil
        }
    }

    func holds(_ key: Value, at index: Int) -> Bool {
        guard index >= 0 && index < slots.count, let k = slots[index].key else { return false }
        return k.isIdentical(to: key)
    }

    func nextEntry(from position: Int) -> (index: Int, entry: HashTable.Entry)? {
        var i = max(position, 0)
        while i < slots.count {
            if let k = slots[i].key { return (i, HashTable.Entry(key: k, value: .None, hash: slots[i].hash)) }
            i += 1
        }
        return nil
    }

    /// The elements in table order.
    var keys: [Value] { slots.compactMap { $0.key } }

    // MARK: Mutation

    /// Adds a key known to be absent in the slot CPython's `set_add_entry`
    /// chooses: the first unused slot on the probe path (deleted slots are
    /// not reused until the table is rebuilt).
    mutating func insertNew(_ key: Value, hash: Int) {
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var target = -1
        search: while true {
            if slots[i].isUnused { target = i; break }
            if i + SetTable.linearProbes <= mask {
                for j in 1...SetTable.linearProbes where slots[i + j].isUnused {
                    target = i + j
                    break search
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
        slots[target] = Slot(key: key, hash: hash)
        count += 1
        fill += 1
        version &+= 1
        if fill * 5 >= mask * 3 { resize(count > 50_000 ? count * 2 : count * 4) }
    }

    /// After bulk removals: rebuilds when more than a quarter of the table
    /// is deleted slots (CPython's `set_difference_update`).
    mutating func compactIfSparse() {
        if fill - count > mask / 4 { resize(count > 50_000 ? count * 2 : count * 4) }
    }

    /// Deletes the key at slot `index`; returns it as an entry.
    mutating func remove(at index: Int) -> HashTable.Entry? {
        guard index >= 0 && index < slots.count, let k = slots[index].key else { return nil }
        let hash = slots[index].hash
        slots[index] = .dummy
        count -= 1
        version &+= 1
        return HashTable.Entry(key: k, value: .None, hash: hash)
    }

    /// `set.pop()`: removes the next element after the last one popped.
    mutating func popNext() -> Value? {
        guard count > 0 else { return nil }
        var i = finger & mask
        while slots[i].key == nil { i = (i + 1) & mask }
        finger = i + 1
        return remove(at: i)?.key
    }

    /// A fresh table holding `other`'s keys, laid out as CPython's
    /// `set_merge` lays out a copy into an empty set.
    static func copying(_ other: SetTable) -> SetTable {
        var t = SetTable()
        t.reserve(adding: other.count)
        if t.mask == other.mask && other.fill == other.count {
            t.slots = other.slots
        } else {
            for slot in other.slots where slot.key != nil { t.insertClean(slot) }
        }
        t.fill = other.count
        t.count = other.count
        return t
    }

    /// Makes room for at least `expected` more elements before a bulk insert.
    mutating func reserve(adding expected: Int) {
        if (fill + expected) * 5 >= mask * 3 { resize((count + expected) * 2) }
    }

    /// Rebuilds with the smallest power of two above `minimumUsed`,
    /// reinserting active keys in table order (CPython's `set_table_resize`).
    private mutating func resize(_ minimumUsed: Int) {
        var size = SetTable.minimumSize
        while size <= minimumUsed { size <<= 1 }
        let old = slots
        slots = ContiguousArray(repeating: .unused, count: size)
        for slot in old where slot.key != nil { insertClean(slot) }
        fill = count
    }

    private mutating func insertClean(_ slot: Slot) {
        var i = slot.hash & mask
        var perturb = UInt(bitPattern: slot.hash)
        while true {
            if slots[i].key == nil { slots[i] = slot; return }
            if i + SetTable.linearProbes <= mask {
                for j in 1...SetTable.linearProbes where slots[i + j].key == nil {
                    slots[i + j] = slot
                    return
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }
}
