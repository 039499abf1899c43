/// The storage behind `dict`: an insertion-ordered
/// open-addressing hash table (a dense entry array plus a sparse index
/// table, the layout CPython uses).
///
/// It never calls Python code. Keys are compared with `KeyEquality.native`,
/// which answers for built-in keys and reports "undecided" for objects with
/// a Python `__eq__`; callers (`PyDict`, `PySet`) resolve those outside
/// their lock and come back with `entryIndex` to finish the operation.
struct HashTable: KeyedTable {
    struct Entry {
        var key: Value
        var value: Value
        var hash: Int

        /// What a removed entry leaves behind: a `None` key with a hash
        /// `None` never has, so no live entry looks like it.
        static let removed = Entry(key: .None, value: .None, hash: HashTable.removedHash)

        @inline(__always)
        var isLive: Bool { hash != HashTable.removedHash || !key.isNone }
    }

    typealias Probe = TableProbe

    private static let empty = -1
    private static let dummy = -2
    private static let removedHash = 0

    /// Entry array in insertion order; removed entries stay as
    /// `Entry.removed` until the next rebuild compacts them away.
    private(set) var entries: ContiguousArray<Entry> = []
    /// Open-addressing table of entry indices (or `empty`/`dummy`).
    private var indices: ContiguousArray<Int> = []
    private(set) var count = 0
    /// Bumped by every insertion of a new key and every removal, so a
    /// caller that released the lock can tell whether the table moved.
    private(set) var version = 0

    init() {}

    init(minimumCapacity: Int) {
        reserve(minimumCapacity)
    }

    // MARK: Lookup

    /// Probes for `key`. `undecided` lists same-hash keys needing Python.
    func probe(_ key: Value, hash: Int) -> Probe {
        if indices.isEmpty { return .missing(slot: -1) }
        return indices.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { items in
                let mask = slots.count - 1
                var slot = hash & mask
                var perturb = UInt(bitPattern: hash)
                var firstDummy = -1
                var undecided: [(index: Int, key: Value)] = []
                while true {
                    let ix = slots[slot]
                    if ix == HashTable.empty {
                        if !undecided.isEmpty { return .undecided(undecided) }
                        return .missing(slot: firstDummy >= 0 ? firstDummy : slot)
                    }
                    if ix == HashTable.dummy {
                        if firstDummy < 0 { firstDummy = slot }
                    } else if items[ix].hash == hash {
                        switch HashTable.keysEqual(items[ix].key, key) {
                        case true?: return .found(ix)
                        case false?: break
                        case nil: undecided.append((ix, items[ix].key))
                        }
                    }
                    perturb >>= 5
                    slot = (slot &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
                }
            }
        }
    }

    /// `KeyEquality.native` with the usual int/int and identical-object
    /// cases answered first.
    @inline(__always)
    private static func keysEqual(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.object(let x), .object(let y)) where x === y: return true
        default: return KeyEquality.native(a, b)
        }
    }

    /// The live entry at `index`, if any.
    func entry(at index: Int) -> Entry? {
        guard index >= 0 && index < entries.count else { return nil }
        let e = entries[index]
        return e.isLive ? e : nil
    }

    /// The value of the live entry at `index`, if any.
    @inline(__always)
    func value(at index: Int) -> Value? {
        guard index >= 0 && index < entries.count, entries[index].isLive else { return nil }
        return entries[index].value
    }

    /// True when the entry at `index` still holds exactly `key`.
    func holds(_ key: Value, at index: Int) -> Bool {
        entry(at: index)?.key.isIdentical(to: key) ?? false
    }

    /// The first live entry at or after `position`, with its index.
    func nextEntry(from position: Int) -> (index: Int, entry: Entry)? {
        var i = max(position, 0)
        while i < entries.count {
            if entries[i].isLive { return (i, entries[i]) }
            i += 1
        }
        return nil
    }

    /// Every live entry, in insertion order.
    var liveEntries: [Entry] {
        var out: [Entry] = []
        out.reserveCapacity(count)
        for e in entries where e.isLive { out.append(e) }
        return out
    }

    // MARK: Mutation

    mutating func setValue(_ value: Value, at index: Int) -> Value? {
        guard index >= 0 && index < entries.count, entries[index].isLive else { return nil }
        return entries.withUnsafeMutableBufferPointer { items in
            let old = items[index].value
            items[index].value = value
            return old
        }
    }

    /// Inserts a key known to be absent. `slot` from `missing` may be
    /// stale after a resize, so the slot is found again when needed.
    mutating func insertNew(_ key: Value, _ value: Value, hash: Int) {
        if (entries.count + 1) * 3 >= indices.count * 2 { grow() }
        let slot = freeSlot(hash: hash)
        let index = entries.count
        indices.withUnsafeMutableBufferPointer { $0[slot] = index }
        entries.append(Entry(key: key, value: value, hash: hash))
        count += 1
        version &+= 1
    }

    /// Removes the entry at `index`; returns it.
    mutating func remove(at index: Int) -> Entry? {
        guard let e = entry(at: index) else { return nil }
        let mask = indices.count - 1
        var slot = e.hash & mask
        var perturb = UInt(bitPattern: e.hash)
        while indices[slot] != index {
            if indices[slot] == HashTable.empty { return nil }
            perturb >>= 5
            slot = (slot &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
        indices[slot] = HashTable.dummy
        entries[index] = .removed
        count -= 1
        version &+= 1
        if count == 0 { entries.removeAll(keepingCapacity: true); resetIndices(indices.count) }
        return e
    }

    /// Removes and returns the most recently inserted live entry.
    mutating func removeLast() -> Entry? {
        var i = entries.count - 1
        while i >= 0 {
            if entries[i].isLive { return remove(at: i) }
            i -= 1
        }
        return nil
    }

    mutating func removeAll() {
        entries = []
        indices = []
        count = 0
        version &+= 1
    }

    mutating func reserve(_ capacity: Int) {
        var size = 8
        while size * 2 < capacity * 3 { size *= 2 }
        if size > indices.count { rebuild(size) }
    }

    // MARK: Internals

    @inline(__always)
    private func freeSlot(hash: Int) -> Int {
        indices.withUnsafeBufferPointer { HashTable.freeSlot(in: $0, hash: hash) }
    }

    @inline(__always)
    private static func freeSlot(in slots: UnsafeBufferPointer<Int>, hash: Int) -> Int {
        let mask = slots.count - 1
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        while slots[slot] >= 0 {
            perturb >>= 5
            slot = (slot &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
        return slot
    }

    private mutating func grow() {
        var size = 8
        while size * 2 <= (count + 1) * 3 { size *= 2 }
        rebuild(size * 2)
    }

    private mutating func resetIndices(_ size: Int) {
        indices = ContiguousArray(repeating: HashTable.empty, count: max(size, 8))
    }

    /// Compacts the entries and rebuilds the index table with `size` slots.
    /// The entry array gets room for every entry the new table can take
    /// before it must grow again.
    private mutating func rebuild(_ size: Int) {
        if count < entries.count {
            var live = ContiguousArray<Entry>()
            live.reserveCapacity(Swift.max(size * 2 / 3, count + 1))
            for e in entries where e.isLive { live.append(e) }
            entries = live
        } else {
            entries.reserveCapacity(Swift.max(size * 2 / 3, count + 1))
        }
        resetIndices(size)
        indices.withUnsafeMutableBufferPointer { slots in
            entries.withUnsafeBufferPointer { items in
                for i in 0..<items.count {
                    slots[HashTable.freeSlot(in: UnsafeBufferPointer(slots), hash: items[i].hash)] = i
                }
            }
        }
    }
}

/// What a probe for a key found.
enum TableProbe {
    /// The key is at this index.
    case found(Int)
    /// The key is absent.
    case missing(slot: Int)
    /// Entries whose keys need a Python `==` to decide.
    case undecided([(index: Int, key: Value)])
}

/// A hash table the dict/set locking protocol can drive (`withKey`).
protocol KeyedTable {
    func probe(_ key: Value, hash: Int) -> TableProbe
    /// True when the entry at `index` still holds exactly `key`.
    func holds(_ key: Value, at index: Int) -> Bool
    /// Changes on every insertion of a new key and every removal.
    var version: Int { get }
    var count: Int { get }
    /// The first live entry at or after `position`, for iteration.
    func nextEntry(from position: Int) -> (index: Int, entry: HashTable.Entry)?
}
