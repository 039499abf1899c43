import Synchronization

/// What a blocked thread is waiting for: the kind of primitive and its
/// identity, plus an optional label (a thread name for `join`).
public struct WaitTarget: CustomStringConvertible, Sendable {
    public enum Kind: String, Sendable {
        case lock, rlock, condition, semaphore, event, barrier, join, sleep
        case queueGet = "queue get", queuePut = "queue put", queueJoin = "queue join"
    }

    public let kind: Kind
    /// Identity of the primitive (nil for `sleep`).
    public let object: ObjectIdentifier?
    public let label: String?

    public init(_ kind: Kind, _ object: AnyObject? = nil, label: String? = nil) {
        self.kind = kind
        self.object = object.map(ObjectIdentifier.init)
        self.label = label
    }

    public var description: String {
        var text = kind.rawValue
        if let object { text += " 0x" + String(UInt(bitPattern: object.hashValue), radix: 16) }
        if let label { text += " (\(label))" }
        return text
    }
}

/// How a wait ended.
public enum WaitOutcome: Sendable {
    /// The thread was woken by the primitive it waited on.
    case signaled
    /// The deadline passed first.
    case timedOut
    /// SIGINT arrived while the main thread waited (raise KeyboardInterrupt).
    case interrupted
}

/// Told about every wait that really blocks; the hook for a thread
/// timeline, deadlock diagnosis and a deterministic scheduler.
public protocol WaitObserver: AnyObject {
    func threadWillBlock(_ waiter: Waiter, on target: WaitTarget, until deadline: Deadline?)
    func threadDidWake(_ waiter: Waiter, from target: WaitTarget, outcome: WaitOutcome)
}

/// One queued wait: the thread that parks and the flag its waker sets.
/// A fresh node per wait, so a late wake meant for an earlier wait can
/// never be mistaken for the current one.
public final class WaitNode {
    let waiter: Waiter
    private let flag = Atomic<Bool>(false)

    public init(_ waiter: Waiter = .current) {
        self.waiter = waiter
    }

    var isSignaled: Bool { flag.load(ordering: .acquiring) }

    /// Marks the wait as satisfied and wakes its thread.
    public func signal() {
        flag.store(true, ordering: .releasing)
        waiter.parker.unpark()
    }
}

/// THE blocking seam. Every operation that can block a Python thread —
/// lock acquire, condition and event waits, semaphores, barriers, `join`,
/// `sleep`, queue `get`/`put` — ends up in `wait(for:on:until:)` or
/// `sleep`. Here the wait is recorded in the `Waits` registry, reported to
/// the observer, made interruptible by SIGINT on the main thread, and
/// bounded by its deadline. Timeouts reach this layer already converted
/// to real time by the interpreter's `TimeScale`.
public enum Blocking {
    private static let observerSlot = PosixMutex<WaitObserver?>(nil)
    private static let hasObserver = Atomic<Bool>(false)

    /// Installs (or removes, with nil) the process-wide wait observer.
    public static func setObserver(_ observer: WaitObserver?) {
        observerSlot.withLock { $0 = observer }
        hasObserver.store(observer != nil, ordering: .releasing)
    }

    private static var observer: WaitObserver? {
        hasObserver.load(ordering: .acquiring) ? observerSlot.withLock { $0 } : nil
    }

    /// Parks the calling thread until `node` is signaled, `deadline`
    /// passes, or (when `interruptible` and on the main thread) SIGINT
    /// arrives. The caller has already queued `node` where a waker finds it
    /// and must dequeue it itself unless the outcome is `.signaled`.
    public static func wait(for node: WaitNode, on target: WaitTarget, until deadline: Deadline?,
                            interruptible: Bool = true) -> WaitOutcome {
        let waiter = node.waiter
        waiter.beginWait(target, deadline: deadline)
        let watcher = observer
        watcher?.threadWillBlock(waiter, on: target, until: deadline)
        let outcome = parkLoop(node, deadline: deadline, interruptible: interruptible && waiter.isMain)
        waiter.endWait()
        watcher?.threadDidWake(waiter, from: target, outcome: outcome)
        return outcome
    }

    private static func parkLoop(_ node: WaitNode, deadline: Deadline?, interruptible: Bool) -> WaitOutcome {
        while true {
            if node.isSignaled { return .signaled }
            if interruptible && Interrupts.takePending() { return .interrupted }
            if let deadline, deadline.hasPassed { return .timedOut }
            _ = node.waiter.parker.park(until: deadline)
        }
    }

    /// Sleeps for `realSeconds` (already scaled). Returns `.interrupted`
    /// if SIGINT cut the sleep short on the main thread, else `.timedOut`.
    @discardableResult
    public static func sleep(realSeconds: Double) -> WaitOutcome {
        let deadline = Deadline.after(seconds: realSeconds)
        let node = WaitNode()
        return wait(for: node, on: WaitTarget(.sleep), until: deadline)
    }
}
