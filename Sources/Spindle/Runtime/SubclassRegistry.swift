#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The direct subclasses of a type, without `weak` references.
///
/// A `weak` reference gives the referenced Swift object a side table, after
/// which every retain and release of it takes the runtime's slow path; with
/// every class referenced by its bases, that slowed down each attribute
/// access and call of a class. Instead the registry keeps unretained
/// references, and a type removes itself from its bases' registries in its
/// `deinit`. That removal takes the registry's lock, so while the lock is
/// held every listed subclass is still allocated (at worst it is waiting in
/// its `deinit`): walks run under the lock, and handing a subclass out of
/// the lock first checks that it is not being deallocated.
final class SubclassRegistry {
    private let entries = GuardedState<[Unmanaged<PyType>]>([])

    func add(_ type: PyType) {
        let entry = Unmanaged.passUnretained(type)
        entries.withLock { $0.append(entry) }
    }

    func remove(_ identity: ObjectIdentifier) {
        let address = UInt(bitPattern: identity)
        entries.withLock { list in
            list.removeAll { UInt(bitPattern: $0.toOpaque()) == address }
        }
    }

    /// Calls `body` with each subclass while the registry is locked. `body`
    /// must not register or remove subclasses of this type.
    func forEachSubclass(_ body: (PyType) -> Void) {
        entries.withLock { list in
            for entry in list { entry._withUnsafeGuaranteedRef(body) }
        }
    }

    /// The subclasses that are not being deallocated, retained.
    var liveSubclasses: [PyType] {
        entries.withLock { list in
            list.compactMap { entry in
                guard swiftTryRetain(entry.toOpaque()) else { return nil }
                return entry.takeRetainedValue()
            }
        }
    }
}

/// The Swift runtime's conditional retain (what loading a `weak` reference
/// uses): retains the object and returns it, or returns nil when the object
/// is being deallocated. It is a C entry point of the runtime library,
/// looked up once by name.
private let conditionalRetain: @convention(c) (UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "swift_tryRetain") else {
        preconditionFailure("the Swift runtime exports swift_tryRetain")
    }
    return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutableRawPointer) -> UnsafeMutableRawPointer?).self)
}()

private func swiftTryRetain(_ object: UnsafeMutableRawPointer) -> Bool {
    conditionalRetain(object) != nil
}
