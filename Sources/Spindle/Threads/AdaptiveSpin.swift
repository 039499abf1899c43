import Synchronization

/// How long a thread about to block on a hand-off primitive (a condition,
/// the lock it re-acquires after a wait) first spins, watching for the
/// wake-up instead of sleeping in the kernel. When two threads pass work
/// back and forth on separate cores, the partner answers within a few
/// microseconds, while a sleep and a kernel wake-up cost tens of them.
///
/// The budget adapts per primitive. A wait that had to sleep reports how
/// long it took in all: if the wake-up came soon after the spin gave up,
/// the budget grows to cover such waits; if much later (a wait for real
/// work), it shrinks towards `minimum`. Spins that keep failing although
/// their waits are short mean the spinner holds a core its partner needs
/// (more runnable threads than cores): then spinning pauses for a number
/// of waits before it is tried again.
final class AdaptiveSpin {
    static let minimum: UInt64 = 1_000
    static let maximum: UInt64 = 100_000
    static let initial: UInt64 = 20_000
    /// Consecutive failed spins that pause spinning, and for how many waits.
    static let failuresBeforePause = 8
    static let pausedWaits = 64

    private let budget = Atomic<UInt64>(AdaptiveSpin.initial)
    private let failures = Atomic<Int>(0)
    private let paused = Atomic<Int>(0)

    init() {}

    /// Nanoseconds a spin may last now.
    var currentBudget: UInt64 { budget.load(ordering: .relaxed) }

    /// Spins until `done()` is true or the budget (or `deadline`) runs
    /// out. Returns whether `done()` became true. `started` is set to when
    /// a spin began (left 0 when none ran), for `learn(waitStarted:)` if
    /// the caller then sleeps.
    @inline(__always)
    func spin(until deadline: Deadline?, started: inout UInt64, _ done: () -> Bool) -> Bool {
        if done() { return true }
        let pause = paused.load(ordering: .relaxed)
        if pause > 0 {
            paused.store(pause - 1, ordering: .relaxed)
            return false
        }
        let allowed = budget.load(ordering: .relaxed)
        started = SystemClock.monotonicNanoseconds()
        var end = started &+ allowed
        if let deadline, deadline.nanoseconds < end { end = deadline.nanoseconds }
        while true {
            for _ in 0..<32 {
                if done() {
                    succeeded(allowed)
                    return true
                }
                spinHint()
            }
            if SystemClock.monotonicNanoseconds() >= end { break }
        }
        if done() {
            succeeded(allowed)
            return true
        }
        failed()
        return false
    }

    private func succeeded(_ allowed: UInt64) {
        if failures.load(ordering: .relaxed) != 0 { failures.store(0, ordering: .relaxed) }
        if allowed < Self.maximum { budget.store(min(allowed &* 2, Self.maximum), ordering: .relaxed) }
    }

    private func failed() {
        let count = failures.load(ordering: .relaxed) + 1
        if count >= Self.failuresBeforePause {
            failures.store(0, ordering: .relaxed)
            paused.store(Self.pausedWaits, ordering: .relaxed)
            budget.store(Self.initial, ordering: .relaxed)
        } else {
            failures.store(count, ordering: .relaxed)
        }
    }

    /// A wait whose spin (begun at `started`; 0 if none ran) ran out was
    /// then woken: adapts the budget to the whole wait's length.
    func learn(waitStarted started: UInt64) {
        guard started != 0 else { return }
        let waited = SystemClock.monotonicNanoseconds() &- started
        let allowed = budget.load(ordering: .relaxed)
        let next = waited <= Self.maximum / 2 ? max(allowed, waited &* 2) : max(allowed / 2, Self.minimum)
        if next != allowed { budget.store(next, ordering: .relaxed) }
    }
}
