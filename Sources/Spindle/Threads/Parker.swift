#if canImport(Glibc)
import Glibc
#endif

/// The one place a Spindle thread actually sleeps in the kernel: a POSIX
/// semaphore used as a wake-up permit. `unpark` is async-signal-safe
/// (`sem_post`), so the SIGINT handler can wake a blocked main thread; a
/// permit posted before the thread parks is not lost. Extra permits only
/// cause spurious wake-ups, which every caller tolerates by re-checking
/// what it waits for.
final class Parker {
    private let semaphore: UnsafeMutablePointer<sem_t>

    init() {
        semaphore = .allocate(capacity: 1)
        sem_init(semaphore, 0, 0)
    }

    deinit {
        sem_destroy(semaphore)
        semaphore.deallocate()
    }

    /// Posts a permit (wakes the thread if it is parked).
    func unpark() {
        sem_post(semaphore)
    }

    /// Sleeps until a permit arrives, a signal interrupts, or `deadline`
    /// passes. Returns false only when the deadline passed.
    func park(until deadline: Deadline?) -> Bool {
        guard let deadline else {
            return sem_wait(semaphore) == 0 || errno == EINTR
        }
        let remaining = deadline.remainingNanoseconds
        if remaining == 0 { return sem_trywait(semaphore) == 0 }
        // sem_timedwait measures against the wall clock: translate the
        // monotonic time that is left into a wall-clock instant.
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let total = UInt64(ts.tv_nsec) + remaining % 1_000_000_000
        ts.tv_sec += Int(remaining / 1_000_000_000) + Int(total / 1_000_000_000)
        ts.tv_nsec = Int(total % 1_000_000_000)
        if sem_timedwait(semaphore, &ts) == 0 { return true }
        return errno != ETIMEDOUT || !deadline.hasPassed
    }
}
