#if canImport(Glibc)
import Glibc
#endif

/// State guarded by a `pthread_mutex_t`: the internal lock of the
/// threading layer's wait queues and registries.
///
/// Why not `Synchronization.Mutex`: its contended path waits on a futex
/// inside the (uninstrumented) standard library, so ThreadSanitizer cannot
/// see the hand-over and reports false races. pthread mutexes are
/// intercepted by the sanitizer, and they cost the same when uncontended.
/// The critical sections here are a few instructions long and never call
/// back into Python.
final class PosixMutex<Value> {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var state: Value

    init(_ state: Value) {
        self.state = state
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    @inline(__always)
    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&state)
    }
}
