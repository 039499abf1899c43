import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// An OS thread (pthread) with a large, configurable stack. Python threads
/// run on these: deep recursion must reach the interpreter's recursion
/// limit, not the end of the stack, and the stack is only reserved address
/// space, so a thousand idle threads cost little memory.
///
/// The thread is detached by default; `join` waits for the body to finish
/// through the blocking seam (so it is timed, interruptible and visible in
/// the wait registry) rather than through `pthread_join`.
public final class NativeThread {
    /// Reserved stack for Python threads.
    public static let defaultStackSize = 512 << 20
    /// Used when the system refuses the large reservation.
    public static let fallbackStackSize = 16 << 20

    public enum StartFailure: Error, Equatable {
        case alreadyStarted
        /// `pthread_create` failed with this errno.
        case cannotCreate(Int32)
    }

    private let body: () -> Void
    public let requestedStackSize: Int
    private let finished = Monitor(false)
    private let started = Atomic<Bool>(false)
    private let identity = Atomic<UInt>(0)
    private let kernelID = Atomic<Int>(0)
    private var handle = pthread_t()
    private let joinable: Bool

    /// - Parameters:
    ///   - stackSize: bytes of stack to reserve.
    ///   - joinable: keep the pthread joinable (`joinNative()` must then be called).
    ///   - body: runs on the new thread.
    public init(stackSize: Int = NativeThread.defaultStackSize, joinable: Bool = false,
                body: @escaping () -> Void) {
        self.requestedStackSize = stackSize
        self.joinable = joinable
        self.body = body
    }

    /// `pthread_self()` of the running thread (0 before it starts).
    public var ident: UInt { identity.load(ordering: .acquiring) }
    /// The kernel thread id (0 before it starts).
    public var nativeID: Int { kernelID.load(ordering: .acquiring) }
    /// True once the body has returned.
    public var isFinished: Bool { finished.withState { $0 } }

    /// Creates the OS thread. Returns once it exists, with `ident` set;
    /// `nativeID` is set before the body runs.
    public func start() throws(StartFailure) {
        guard !started.exchange(true, ordering: .acquiringAndReleasing) else { throw .alreadyStarted }
        let context = Unmanaged.passRetained(self).toOpaque()
        var code = create(stackSize: requestedStackSize, context: context)
        if code == EAGAIN || code == ENOMEM || code == EINVAL {
            code = create(stackSize: Self.fallbackStackSize, context: context)
        }
        if code != 0 {
            Unmanaged<NativeThread>.fromOpaque(context).release()
            throw .cannotCreate(code)
        }
        // The handle is the new thread's `pthread_self()`: `ident` is known
        // now, without waiting for the thread to run.
        identity.store(UInt(handle), ordering: .releasing)
    }

    private func create(stackSize: Int, context: UnsafeMutableRawPointer) -> Int32 {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        pthread_attr_setdetachstate(&attributes, joinable ? Int32(PTHREAD_CREATE_JOINABLE) : Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let code = pthread_create(&thread, &attributes, { raw in
            guard let raw else { return nil }
            let native = Unmanaged<NativeThread>.fromOpaque(raw).takeRetainedValue()
            native.run()
            return nil
        }, context)
        if code == 0 { handle = thread }
        return code
    }

    private func run() {
        blockInterruptSignal()
        let waiter = Waiter.current
        kernelID.store(waiter.nativeID, ordering: .releasing)
        identity.store(waiter.ident, ordering: .releasing)
        body()
        finished.update { done -> (Void, Monitor<Bool>.Wake) in
            done = true
            return ((), .all)
        }
    }

    /// SIGINT is for the main thread only.
    private func blockInterruptSignal() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Waits for the body to finish, until `deadline` (nil: forever).
    /// Returns `.signaled` when it finished, `.timedOut` or `.interrupted`.
    public func join(until deadline: Deadline? = nil, label: String? = nil) -> WaitOutcome {
        let result = finished.wait(on: WaitTarget(.join, self, label: label), until: deadline) { done in
            done ? true : nil
        }
        switch result {
        case .done: return .signaled
        case .timedOut: return .timedOut
        case .interrupted: return .interrupted
        }
    }

    /// `pthread_join` for a thread started `joinable`.
    public func joinNative() {
        guard joinable, started.load(ordering: .acquiring) else { return }
        pthread_join(handle, nil)
    }

    /// Runs `body` on a fresh thread with a large stack and waits for it
    /// (for the interpreter's main script, whose process stack is small).
    public static func runOnLargeStack(stackSize: Int = defaultStackSize, _ body: @escaping () -> Void) {
        let thread = NativeThread(stackSize: stackSize, joinable: true, body: body)
        do {
            try thread.start()
            thread.joinNative()
        } catch {
            body()
        }
    }
}
