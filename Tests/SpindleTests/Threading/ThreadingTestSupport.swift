import Synchronization
#if canImport(Glibc)
import Glibc
#endif
@testable import Spindle

/// Starts `count` native threads running `body(index)` and waits for all.
func runThreads(_ count: Int, stackSize: Int = 1 << 20, _ body: @escaping (Int) -> Void) {
    let threads = (0..<count).map { i in NativeThread(stackSize: stackSize) { body(i) } }
    for t in threads { try? t.start() }
    for t in threads { _ = t.join() }
}

/// A counter that is deliberately *not* thread-safe: only a working lock
/// keeps its final value exact. (`Box` is mutated with plain loads and
/// stores through an unsafe pointer so that TSan sees every unprotected
/// access as a race.)
final class UnguardedCounter: @unchecked Sendable {
    private let slot = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    init() { slot.initialize(to: 0) }
    deinit { slot.deallocate() }
    func increment() { slot.pointee += 1 }
    func decrement() { slot.pointee -= 1 }
    var value: Int { slot.pointee }
}

/// A thread-safe tally for observations made by test threads.
final class Tally: @unchecked Sendable {
    private let values = PosixMutex<[Int]>([])
    func add(_ v: Int) { values.withLock { $0.append(v) } }
    var all: [Int] { values.withLock { $0 } }
}

/// Milliseconds elapsed while running `body`.
func milliseconds(_ body: () -> Void) -> Double {
    let start = SystemClock.monotonicNanoseconds()
    body()
    return Double(SystemClock.monotonicNanoseconds() - start) / 1e6
}


/// True when the test binary runs under ThreadSanitizer.
let threadSanitizerIsActive = dlsym(dlopen(nil, RTLD_NOW), "__tsan_init") != nil
