import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// glibc's `pthread_attr_setsigmask_np` (the signal mask a new thread
/// starts with), which the Glibc module does not export.
@_silgen_name("pthread_attr_setsigmask_np")
private func setSignalMask(_ attributes: UnsafeMutablePointer<pthread_attr_t>,
                           _ mask: UnsafePointer<sigset_t>) -> Int32

/// An OS thread (pthread) with a large, configurable stack. Python threads
/// run on these: deep recursion must reach the interpreter's recursion
/// limit, not the end of the stack, and the stack is only reserved address
/// space, so a thousand idle threads cost little memory.
///
/// Stacks come from `ThreadStacks` and are reused once a thread ends
/// (whoever reuses one joins its previous thread). `join` waits for the
/// body to finish through the blocking seam (so it is timed, interruptible
/// and visible in the wait registry) rather than through `pthread_join`.
public final class NativeThread {
    /// Reserved stack for Python threads: deep enough for tens of
    /// thousands of nested Python calls (a deeper recursion raises
    /// RecursionError, see `EvaluationState.nativeStackExhausted`), and
    /// small enough that creating and ending a thread stays cheap (the
    /// kernel maps and unmaps less; 512 MB reservations made thread churn
    /// measurably slower).
    public static let defaultStackSize = 64 << 20
    /// Reserved stack for the interpreter's main thread (the script).
    public static let mainStackSize = 512 << 20
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
    /// The stack the thread runs on (set by `start()` before the thread exists).
    private var stack: ThreadStacks.Stack?
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

    /// Starts the pthread on a stack from `ThreadStacks`, with SIGINT
    /// already blocked (SIGINT is for the main thread only).
    private func create(stackSize: Int, context: UnsafeMutableRawPointer) -> Int32 {
        guard let stack = ThreadStacks.take(size: stackSize) else { return ENOMEM }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstack(&attributes, stack.base, stack.size)
        _ = Self.withInterruptBlocked { setSignalMask(&attributes, $0) }
        self.stack = stack
        var thread = pthread_t()
        let code = pthread_create(&thread, &attributes, { raw in
            guard let raw else { return nil }
            let native = Unmanaged<NativeThread>.fromOpaque(raw).takeRetainedValue()
            native.run()
            return nil
        }, context)
        if code == 0 {
            handle = thread
        } else {
            ThreadStacks.giveBack(unused: stack)
        }
        return code
    }

    private static func withInterruptBlocked<R>(_ body: (UnsafePointer<sigset_t>) -> R) -> R {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        return body(&set)
    }

    private func run() {
        pthread_setspecific(Self.runningSlot, Unmanaged.passUnretained(self).toOpaque())
        let waiter = Waiter.current
        kernelID.store(waiter.nativeID, ordering: .releasing)
        identity.store(waiter.ident, ordering: .releasing)
        body()
        pthread_setspecific(Self.runningSlot, nil)
        finished.update { done -> (Void, Monitor<Bool>.Wake) in
            done = true
            return ((), .all)
        }
        // Last: the stack is reused once this thread has exited.
        if !joinable, let stack { ThreadStacks.giveBack(stack, from: pthread_self()) }
    }

    /// The key under which a running `NativeThread` finds itself.
    private static let runningSlot: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The lowest usable address and the size of the calling thread's
    /// stack, when it is a `NativeThread` (nil for other threads).
    static func currentStack() -> (low: UInt, size: Int)? {
        guard let raw = pthread_getspecific(runningSlot) else { return nil }
        let native = Unmanaged<NativeThread>.fromOpaque(raw).takeUnretainedValue()
        guard let stack = native.stack else { return nil }
        return (stack.low, stack.size - ThreadStacks.guardSize)
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
        if let stack { munmap(stack.base, stack.size) }
        stack = nil
    }

    /// Runs `body` on a fresh thread with a large stack and waits for it
    /// (for the interpreter's main script, whose process stack is small).
    public static func runOnLargeStack(stackSize: Int = mainStackSize, _ body: @escaping () -> Void) {
        let thread = NativeThread(stackSize: stackSize, joinable: true, body: body)
        do {
            try thread.start()
            thread.joinNative()
        } catch {
            body()
        }
    }
}
