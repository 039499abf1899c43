/// A hash table keyed by attribute names, for the attribute hot paths (the
/// per-type attribute cache and instance attribute slots).
///
/// Swift's `Dictionary` hashes every `String` key with a seeded SipHash,
/// which dominated attribute-heavy profiles. Names are short identifiers, so
/// this table uses FNV-1a over the UTF-8 bytes, keeps each entry's hash to
/// skip most string comparisons, and probes linearly in a power-of-two array.
struct NameTable<Element> {
    private struct Entry {
        var hash: Int
        var name: String
        var element: Element
    }

    private var buckets: ContiguousArray<Entry?> = []
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// FNV-1a of the name's UTF-8 bytes.
    @inline(__always)
    static func hash(_ name: String) -> Int {
        var text = name
        return text.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }
    }

    @inline(__always)
    subscript(name: String) -> Element? {
        guard count > 0 else { return nil }
        let hash = NameTable.hash(name)
        let mask = buckets.count - 1
        var index = hash & mask
        while let entry = buckets[index] {
            if entry.hash == hash && entry.name == name { return entry.element }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Inserts or replaces; returns the previous element.
    @discardableResult
    mutating func set(_ name: String, _ element: Element) -> Element? {
        if (count + 1) * 4 > buckets.count * 3 { grow() }
        let hash = NameTable.hash(name)
        let mask = buckets.count - 1
        var index = hash & mask
        while let entry = buckets[index] {
            if entry.hash == hash && entry.name == name {
                buckets[index]!.element = element
                return entry.element
            }
            index = (index + 1) & mask
        }
        buckets[index] = Entry(hash: hash, name: name, element: element)
        count += 1
        return nil
    }

    /// Removes `name` (rebuilding the probe chains); returns its element.
    @discardableResult
    mutating func remove(_ name: String) -> Element? {
        guard let removed = self[name] else { return nil }
        let survivors = buckets.compactMap { $0 }.filter { !($0.name == name) }
        buckets = ContiguousArray(repeating: nil, count: buckets.count)
        count = 0
        for entry in survivors { set(entry.name, entry.element) }
        return removed
    }

    mutating func removeAll() {
        buckets = []
        count = 0
    }

    private mutating func grow() {
        let old = buckets
        buckets = ContiguousArray(repeating: nil, count: max(8, old.count * 2))
        count = 0
        for case let entry? in old { set(entry.name, entry.element) }
    }
}
