#if canImport(Glibc)
import Glibc
#endif

/// Readings of the system clocks in the units the blocking layer uses.
enum SystemClock {
    /// Nanoseconds on the monotonic clock (never jumps).
    static func monotonicNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    /// Seconds since the Unix epoch on the wall clock.
    static func wallSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// The moment (on the monotonic clock) at which a timed wait gives up.
/// Waits take deadlines rather than durations so that a wait woken early
/// (a spurious wake, a lost race) resumes with the time that is left.
public struct Deadline: Comparable, Sendable {
    public let nanoseconds: UInt64

    public init(nanoseconds: UInt64) {
        self.nanoseconds = nanoseconds
    }

    /// `seconds` of real time from now; negative or NaN means "already passed",
    /// huge values saturate far in the future.
    public static func after(seconds: Double) -> Deadline {
        let now = SystemClock.monotonicNanoseconds()
        guard seconds > 0 else { return Deadline(nanoseconds: now) }
        let limit = Double(UInt64.max / 2)
        let delta = min(seconds * 1e9, limit)
        return Deadline(nanoseconds: now &+ UInt64(delta))
    }

    public var hasPassed: Bool { SystemClock.monotonicNanoseconds() >= nanoseconds }

    /// Nanoseconds left (zero once passed).
    public var remainingNanoseconds: UInt64 {
        let now = SystemClock.monotonicNanoseconds()
        return nanoseconds > now ? nanoseconds - now : 0
    }

    public static func < (a: Deadline, b: Deadline) -> Bool { a.nanoseconds < b.nanoseconds }
}

/// The interpreter's time scale (`--time-scale F`, `SPINDLE_TIME_SCALE`):
/// every sleep, timeout and timer interval a script asks for is multiplied
/// by `factor`, and the clocks a script reads advance `1/factor` as fast,
/// so a script's relative timing (and its printed durations) stay as
/// written while it runs faster or slower in real time.
public struct TimeScale: Sendable {
    public let factor: Double

    public init(_ factor: Double) {
        self.factor = factor.isFinite && factor > 0 ? factor : 1.0
    }

    /// The real-time deadline for a script timeout of `seconds`.
    public func deadline(afterScriptSeconds seconds: Double) -> Deadline {
        Deadline.after(seconds: seconds * factor)
    }

    /// Real seconds for a script duration.
    public func realSeconds(_ scriptSeconds: Double) -> Double { scriptSeconds * factor }

    /// `time.time()`: the wall clock at process start plus the scaled time since.
    public func wallTime() -> Double {
        Self.origin.wall + scaledElapsed()
    }

    /// `time.monotonic()` / `time.perf_counter()`: the monotonic clock at
    /// process start plus the scaled time since.
    public func monotonicTime() -> Double {
        Double(Self.origin.monotonic) / 1e9 + scaledElapsed()
    }

    private func scaledElapsed() -> Double {
        let elapsed = SystemClock.monotonicNanoseconds() &- Self.origin.monotonic
        return Double(elapsed) / 1e9 / factor
    }

    /// Both clocks read once, together, the first time any scaled clock is used.
    static let origin = (wall: SystemClock.wallSeconds(), monotonic: SystemClock.monotonicNanoseconds())

    /// Reads the clock origin so that it is fixed at interpreter start rather
    /// than at the script's first clock reading.
    public static func fixOrigin() { _ = origin }
}
