#if canImport(Glibc)
import Glibc
#endif

/// A re-entrant lock for the places logging holds a lock while Python code
/// may run: a handler's lock around `emit` (a Python `emit` may log again)
/// and the module's configuration lock. It plays the role of CPython's
/// `threading.RLock` in `logging`; Swift containers use `Mutex` instead.
final class LogRecursiveLock {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_RECURSIVE))
        pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }

    /// Releases the lock; false when the calling thread did not hold it.
    @discardableResult
    func unlock() -> Bool { pthread_mutex_unlock(mutex) == 0 }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }
}
