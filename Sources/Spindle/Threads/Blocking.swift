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

/// One queued wait: the thread that parks and the word its waker sets.
/// A fresh node per wait, so a late wake meant for an earlier wait can
/// never be mistaken for the current one.
///
/// The word is `armed` while the waiting thread still runs (spinning or
/// about to park), `parked` while it may sleep in its parker, `signaled`
/// once woken. The waker posts the parker only when it finds `parked`, so
/// a wake-up that arrives while the thread spins costs no system call.
public final class WaitNode {
    let waiter: Waiter
    private let word = Atomic<Int>(WaitNode.armed)

    private static let armed = 0
    private static let parked = 1
    private static let signaled = 2

    public init(_ waiter: Waiter = .current) {
        self.waiter = waiter
    }

    var isSignaled: Bool { word.load(ordering: .acquiring) == Self.signaled }

    /// Marks the wait as satisfied and wakes its thread.
    public func signal() {
        if word.exchange(Self.signaled, ordering: .acquiringAndReleasing) == Self.parked {
            waiter.parker.unpark()
        }
    }

    /// Announces that the thread is about to sleep; false if it was
    /// signaled already (then it must not sleep).
    func prepareToPark() -> Bool {
        word.compareExchange(expected: Self.armed, desired: Self.parked, ordering: .acquiringAndReleasing).exchanged
    }

    /// After the parker returned (wake-up, time-out, signal or a stale
    /// permit): back to `armed` unless the node was signaled meanwhile.
    func returnFromPark() {
        _ = word.compareExchange(expected: Self.parked, desired: Self.armed, ordering: .acquiringAndReleasing)
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
    ///
    /// With `spin`, the thread first watches the node for a short while
    /// (see `AdaptiveSpin`); a wait satisfied then never parks and is not
    /// recorded. No spinning while an observer watches every wait.
    public static func wait(for node: WaitNode, on target: WaitTarget, until deadline: Deadline?,
                            interruptible: Bool = true) -> WaitOutcome {
        wait(for: node, on: target, until: deadline, interruptible: interruptible, spin: nil)
    }

    static func wait(for node: WaitNode, on target: WaitTarget, until deadline: Deadline?,
                     interruptible: Bool = true, spin: AdaptiveSpin?) -> WaitOutcome {
        var spinStarted: UInt64 = 0
        if let spin, !hasObserver.load(ordering: .relaxed),
           spin.spin(until: deadline, started: &spinStarted, { node.isSignaled }) {
            return .signaled
        }
        let waiter = node.waiter
        waiter.beginWait(target, deadline: deadline)
        let watcher = observer
        watcher?.threadWillBlock(waiter, on: target, until: deadline)
        let outcome = parkLoop(node, deadline: deadline, interruptible: interruptible && waiter.isMain)
        waiter.endWait()
        watcher?.threadDidWake(waiter, from: target, outcome: outcome)
        if outcome == .signaled { spin?.learn(waitStarted: spinStarted) }
        return outcome
    }

    private static func parkLoop(_ node: WaitNode, deadline: Deadline?, interruptible: Bool) -> WaitOutcome {
        while true {
            if node.isSignaled { return .signaled }
            if interruptible && Interrupts.takePending() { return .interrupted }
            if let deadline, deadline.hasPassed { return .timedOut }
            if node.prepareToPark() {
                _ = node.waiter.parker.park(until: deadline)
                node.returnFromPark()
            }
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
