import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// SIGINT delivery: the handler only sets a flag and posts the main
/// thread's parker (both async-signal-safe), so a main thread blocked in
/// the seam wakes at once and raises KeyboardInterrupt; a main thread
/// running Python code sees the flag when the evaluator polls
/// `takePending()`.
public enum Interrupts {
    private static let pending = Atomic<Bool>(false)
    /// Serial of the thread that receives KeyboardInterrupt (0 = none yet).
    static let mainSerial = Atomic<Int>(0)
    /// The main thread's waiter, retained for the signal handler to post.
    private static let mainParker = PosixMutex<Parker?>(nil)
    /// The parker as a raw address the handler can read without locking.
    private static let mainParkerAddress = Atomic<Int>(0)

    /// Makes the calling thread the one that receives KeyboardInterrupt.
    public static func designateMainThread() {
        let waiter = Waiter.current
        mainParker.withLock { $0 = waiter.parker }
        mainParkerAddress.store(Int(bitPattern: Unmanaged.passUnretained(waiter.parker).toOpaque()), ordering: .releasing)
        mainSerial.store(waiter.serial, ordering: .releasing)
    }

    /// Installs the SIGINT handler (the CLI does this once at start).
    public static func installSignalHandler() {
        _ = pending.load(ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupts.signalArrived() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// The handler: a first SIGINT is delivered as KeyboardInterrupt; a
    /// second one while the first is still pending (the main thread is busy
    /// in code that never reached a check) ends the process the default way.
    private static func signalArrived() {
        if pending.load(ordering: .acquiring) {
            signal(SIGINT, SIG_DFL)
            raise(SIGINT)
            return
        }
        deliver()
    }

    /// Delivers an interrupt to the main thread (the signal handler's work;
    /// also `_thread.interrupt_main()`).
    public static func deliver() {
        pending.store(true, ordering: .releasing)
        let address = mainParkerAddress.load(ordering: .acquiring)
        if address != 0, let raw = UnsafeMutableRawPointer(bitPattern: address) {
            Unmanaged<Parker>.fromOpaque(raw).takeUnretainedValue().unpark()
        }
    }

    /// True (once) when a SIGINT has arrived since the last call.
    public static func takePending() -> Bool {
        pending.load(ordering: .relaxed) && pending.exchange(false, ordering: .acquiring)
    }

    /// Puts an interrupt back (a wait that consumed one but succeeded anyway).
    public static func repost() {
        pending.store(true, ordering: .releasing)
    }
}
