import Synchronization

/// One thing an attribute site remembered about one kind of receiver.
///
/// `version` is the receiver's class version when the entry was made.
/// Version numbers are handed out once in the whole process, so a match
/// proves both the class identity and that nothing in its MRO changed.
/// `shape` is the instance layout the entry applies to (nil for receivers
/// without instance attributes); shapes are never freed, so comparing
/// identities is safe.
struct SiteEntry {
    enum Kind: UInt8 {
        /// The name is an instance attribute stored in slot `slot`.
        case slot
        /// The name is not an instance attribute; `attribute` is what the
        /// class provides (never a data descriptor).
        case classAttribute
        /// A write adds the name: the instance moves to `nextShape`.
        case append
        /// A module's global: `cell` of the module `owner` (which `shape`
        /// identifies; the entry keeps the module alive, so the identity
        /// cannot be reused).
        case moduleGlobal
    }

    let version: UInt64
    let shape: ObjectIdentifier?
    let kind: Kind
    let slot: Int
    let attribute: ClassAttribute
    let nextShape: Shape?
    let cell: Cell?
    let owner: PyModule?
    /// For a method that is a simple Python function: the function, which
    /// `attribute` keeps alive, so a call site can run it without retaining it.
    let simpleMethod: Unmanaged<PyFunction>?
    /// For a method implemented in Swift: the function, likewise kept alive
    /// by `attribute`, so a call site can use its fixed-arity entry points.
    let nativeMethod: Unmanaged<PyNativeFunction>?

    static func slot(_ slot: Int, version: UInt64, shape: ObjectIdentifier) -> SiteEntry {
        SiteEntry(version: version, shape: shape, kind: .slot, slot: slot,
                  attribute: .missing, nextShape: nil, cell: nil, owner: nil, simpleMethod: nil, nativeMethod: nil)
    }

    static func classAttribute(_ attribute: ClassAttribute, version: UInt64, shape: ObjectIdentifier?) -> SiteEntry {
        var simple: Unmanaged<PyFunction>?
        var native: Unmanaged<PyNativeFunction>?
        if attribute.kind == .method, let function = attribute.value.asObject as? PyFunction, function.isSimple {
            simple = Unmanaged.passUnretained(function)
        } else if attribute.kind == .method, let function = attribute.value.asObject as? PyNativeFunction {
            native = Unmanaged.passUnretained(function)
        }
        return SiteEntry(version: version, shape: shape, kind: .classAttribute, slot: 0, attribute: attribute,
                         nextShape: nil, cell: nil, owner: nil, simpleMethod: simple, nativeMethod: native)
    }

    static func append(to next: Shape, version: UInt64, shape: ObjectIdentifier) -> SiteEntry {
        SiteEntry(version: version, shape: shape, kind: .append, slot: 0,
                  attribute: .missing, nextShape: next, cell: nil, owner: nil, simpleMethod: nil, nativeMethod: nil)
    }

    /// Module entries use version 0, which no class ever has.
    static func moduleGlobal(_ module: PyModule, _ cell: Cell) -> SiteEntry {
        SiteEntry(version: 0, shape: ObjectIdentifier(module), kind: .moduleGlobal, slot: 0,
                  attribute: .missing, nextShape: nil, cell: cell, owner: module, simpleMethod: nil, nativeMethod: nil)
    }
}

/// An immutable set of entries, published as a whole. Entries sit in a
/// buffer that lives as long as the set, so a hit hands out a pointer
/// instead of copying (and retaining) the entry.
final class SiteEntries {
    let count: Int
    private let base: UnsafeMutablePointer<SiteEntry>

    init(_ list: [SiteEntry]) {
        count = list.count
        base = .allocate(capacity: list.count)
        base.initialize(from: list, count: list.count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    @inline(__always)
    func find(_ version: UInt64, _ shape: ObjectIdentifier?) -> UnsafePointer<SiteEntry>? {
        var index = 0
        while index < count {
            let entry = base + index
            if entry.pointee.version == version && entry.pointee.shape == shape { return UnsafePointer(entry) }
            index += 1
        }
        return nil
    }

    subscript(index: Int) -> SiteEntry { base[index] }
}

/// The inline cache of one attribute site (`obj.name`, `obj.name = v`,
/// `obj.name(...)`). AST nodes are shared by every thread running the same
/// code, so the cache is race-free by construction: readers load the current
/// entry set with one atomic load and never see it change; a miss publishes
/// a new set. Every set ever published stays alive as long as the cache, so
/// a reader never holds a pointer into freed memory. To bound that, a site
/// stops learning after `maximumUpdates` sets (it then behaves like a
/// megamorphic site and takes the generic path on a miss).
final class AttributeSiteCache {
    private let current = Atomic<Unmanaged<SiteEntries>?>(nil)
    private let published = GuardedState<[SiteEntries]>([])
    private let isFull = Atomic<Bool>(false)

    /// Receiver kinds remembered at once (polymorphic sites).
    static let polymorphism = 4
    static let maximumUpdates = 16

    init() {}

    /// The entry for a receiver of class version `version` with layout `shape`.
    @inline(__always)
    func entry(_ version: UInt64, _ shape: ObjectIdentifier?) -> UnsafePointer<SiteEntry>? {
        guard let entries = current.load(ordering: .acquiring) else { return nil }
        return entries._withUnsafeGuaranteedRef { $0.find(version, shape) }
    }

    /// False once the site has stopped learning (so misses skip the work
    /// of describing the receiver).
    var acceptsEntries: Bool { !isFull.load(ordering: .relaxed) }

    /// Publishes `entry` if `type` (the receiver's class) still has the
    /// version the entry was computed under and that version is stable (no
    /// namespace change overlapped the computation; see `PyType.changingBit`).
    func remember(_ type: PyType, _ entry: SiteEntry) {
        guard PyType.isStable(entry.version), type.version == entry.version else { return }
        remember(entry)
    }

    /// Publishes a module-global entry (its cell is read live on each hit).
    func rememberGlobal(_ entry: SiteEntry) {
        remember(entry)
    }

    /// Publishes a set with `entry` first, keeping the most recent others.
    private func remember(_ entry: SiteEntry) {
        published.withLock { list in
            guard list.count < AttributeSiteCache.maximumUpdates else { return }
            var items = [entry]
            if let last = list.last {
                for index in 0..<last.count where items.count < AttributeSiteCache.polymorphism {
                    let old = last[index]
                    if old.version != entry.version || old.shape != entry.shape { items.append(old) }
                }
            }
            let made = SiteEntries(items)
            list.append(made)
            current.store(Unmanaged.passUnretained(made), ordering: .releasing)
            if list.count == AttributeSiteCache.maximumUpdates { isFull.store(true, ordering: .relaxed) }
        }
    }
}
