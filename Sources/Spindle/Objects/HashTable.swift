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
    }

    typealias Probe = TableProbe

    private static let empty = -1
    private static let dummy = -2

    /// Entry array in insertion order; nil marks a deleted entry.
    private(set) var entries: ContiguousArray<Entry?> = []
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
        let mask = indices.count - 1
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        var firstDummy = -1
        var undecided: [(index: Int, key: Value)] = []
        while true {
            let ix = indices[slot]
            if ix == HashTable.empty {
                if !undecided.isEmpty { return .undecided(undecided) }
                return .missing(slot: firstDummy >= 0 ? firstDummy : slot)
            }
            if ix == HashTable.dummy {
                if firstDummy < 0 { firstDummy = slot }
            } else if let entry = entries[ix], entry.hash == hash {
                switch KeyEquality.native(entry.key, key) {
                case true?: return .found(ix)
                case false?: break
                case nil: undecided.append((ix, entry.key))
                }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
    }

    /// The live entry at `index`, if any.
    func entry(at index: Int) -> Entry? {
        index >= 0 && index < entries.count ? entries[index] : nil
    }

    /// True when the entry at `index` still holds exactly `key`.
    func holds(_ key: Value, at index: Int) -> Bool {
        entry(at: index)?.key.isIdentical(to: key) ?? false
    }

    /// The first live entry at or after `position`, with its index.
    func nextEntry(from position: Int) -> (index: Int, entry: Entry)? {
        var i = max(position, 0)
        while i < entries.count {
            if let e = entries[i] { return (i, e) }
            i += 1
        }
        return nil
    }

    // MARK: Mutation

    mutating func setValue(_ value: Value, at index: Int) -> Value? {
        guard index >= 0 && index < entries.count, var e = entries[index] else { return nil }
        let old = e.value
        e.value = value
        entries[index] = e
        return old
    }

    /// Inserts a key known to be absent. `slot` from `missing` may be
    /// stale after a resize, so the slot is found again when needed.
    mutating func insertNew(_ key: Value, _ value: Value, hash: Int) {
        if (entries.count + 1) * 3 >= indices.count * 2 { grow() }
        let slot = freeSlot(hash: hash)
        indices[slot] = entries.count
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
        entries[index] = nil
        count -= 1
        version &+= 1
        if count == 0 { entries.removeAll(keepingCapacity: true); resetIndices(indices.count) }
        return e
    }

    /// Removes and returns the most recently inserted live entry.
    mutating func removeLast() -> Entry? {
        var i = entries.count - 1
        while i >= 0 {
            if entries[i] != nil { return remove(at: i) }
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

    private func freeSlot(hash: Int) -> Int {
        let mask = indices.count - 1
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        while indices[slot] >= 0 {
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
    private mutating func rebuild(_ size: Int) {
        var live = ContiguousArray<Entry?>()
        live.reserveCapacity(count + 1)
        for e in entries where e != nil { live.append(e) }
        entries = live
        resetIndices(size)
        for (i, e) in entries.enumerated() {
            guard let e else { continue }
            indices[freeSlot(hash: e.hash)] = i
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
