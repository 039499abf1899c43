import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The blocking identity of one OS thread: its parker, its identifiers and
/// a record of what it is blocked on right now. Created on a thread's first
/// slow-path wait (or when a `NativeThread` starts) and kept in a pthread
/// thread-specific slot until the thread ends.
public final class Waiter {
    /// Small sequential number, stable for the thread's lifetime.
    public let serial: Int
    /// `pthread_self()` as an integer (Python's `get_ident()`).
    public let ident: UInt
    /// The kernel thread id (Python's `get_native_id()`).
    public let nativeID: Int
    let parker = Parker()
    private let record = PosixMutex<WaitRecord?>(nil)
    private let label = PosixMutex<String>("")

    private static let serials = Atomic<Int>(0)

    init() {
        serial = Self.serials.add(1, ordering: .relaxed).newValue
        ident = Self.currentIdent()
        nativeID = Self.currentNativeID()
    }

    /// The name shown in diagnostics (the Python thread name once known).
    public var name: String {
        get { label.withLock { $0.isEmpty ? "thread-\(serial)" : $0 } }
        set { label.withLock { $0 = newValue } }
    }

    /// What the thread is blocked on, if anything.
    public var currentWait: WaitRecord? { record.withLock { $0 } }

    func beginWait(_ target: WaitTarget, deadline: Deadline?) {
        let entry = WaitRecord(target: target, since: SystemClock.monotonicNanoseconds(), deadline: deadline)
        record.withLock { $0 = entry }
    }

    func endWait() {
        record.withLock { $0 = nil }
    }

    /// True for the thread that `Interrupts` delivers KeyboardInterrupt to.
    public var isMain: Bool { Interrupts.mainSerial.load(ordering: .relaxed) == serial }

    // MARK: Thread-specific slot

    /// The calling thread's waiter (created on first use).
    public static var current: Waiter {
        if let raw = pthread_getspecific(slot) {
            return Unmanaged<Waiter>.fromOpaque(raw).takeUnretainedValue()
        }
        let waiter = Waiter()
        pthread_setspecific(slot, Unmanaged.passRetained(waiter).toOpaque())
        Waits.register(waiter)
        return waiter
    }

    /// The key whose destructor drops a thread's waiter when the thread ends.
    private static let slot: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            guard let raw else { return }
            let waiter = Unmanaged<Waiter>.fromOpaque(raw).takeRetainedValue()
            Waits.unregister(waiter)
        }
        return key
    }()

    /// The calling thread's `pthread_self()` as an integer.
    public static func currentIdent() -> UInt {
        UInt(bitPattern: Int(bitPattern: UInt(pthread_self())))
    }

    /// The kernel id of the calling thread.
    public static func currentNativeID() -> Int {
        Int(kernelThreadID())
    }
}

/// glibc's `gettid`, which the Glibc module does not export.
@_silgen_name("gettid")
private func kernelThreadID() -> Int32

/// One entry of the wait registry: what a thread waits for, since when,
/// and until when.
public struct WaitRecord {
    public let target: WaitTarget
    /// Monotonic nanoseconds when the wait began.
    public let since: UInt64
    public let deadline: Deadline?
}

/// The registry of every thread that has ever blocked (or was started by
/// Spindle) and is still alive: the seam's view of "which thread waits for
/// what", used for deadlock diagnosis and the thread timeline.
public enum Waits {
    private static let live = PosixMutex<[Int: Waiter]>([:])

    static func register(_ waiter: Waiter) {
        live.withLock { $0[waiter.serial] = waiter }
    }

    static func unregister(_ waiter: Waiter) {
        live.withLock { $0[waiter.serial] = nil }
    }

    /// Every thread blocked right now, with what it waits for, oldest thread first.
    public static func snapshot() -> [(waiter: Waiter, wait: WaitRecord)] {
        let waiters = live.withLock { Array($0.values) }
        return waiters.sorted { $0.serial < $1.serial }.compactMap { w in
            w.currentWait.map { (w, $0) }
        }
    }

    /// A human-readable list of blocked threads, one per line.
    public static func describe() -> String {
        let now = SystemClock.monotonicNanoseconds()
        return snapshot().map { entry in
            let milliseconds = (now &- entry.wait.since) / 1_000_000
            let timed = entry.wait.deadline == nil ? "" : " (timed)"
            return "\(entry.waiter.name) waits on \(entry.wait.target) for \(milliseconds) ms\(timed)"
        }.joined(separator: "\n")
    }
}
