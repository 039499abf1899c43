#if canImport(Glibc)
import Glibc
#endif

/// The clocks and the sleep a script sees, honouring the interpreter's
/// time scale: durations a script asks for are multiplied by it, clocks
/// advance 1/scale as fast from the interpreter's start.
enum ScriptClock {
    private static func now(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Both clocks read once, together, the first time any clock is used.
    private static let origin = (wall: now(CLOCK_REALTIME), monotonic: now(CLOCK_MONOTONIC))

    private static func elapsed(_ interpreter: Interpreter) -> Double {
        (now(CLOCK_MONOTONIC) - origin.monotonic) / scale(interpreter)
    }

    private static func scale(_ interpreter: Interpreter) -> Double {
        let s = interpreter.options.timeScale
        return s.isFinite && s > 0 ? s : 1
    }

    /// `time.time()`.
    static func wallTime(_ interpreter: Interpreter) -> Double { origin.wall + elapsed(interpreter) }

    /// `time.monotonic()` / `time.perf_counter()`.
    static func monotonicTime(_ interpreter: Interpreter) -> Double { origin.monotonic + elapsed(interpreter) }

    /// `time.sleep(seconds)`: blocks the calling thread for the scaled duration.
    static func sleep(_ thread: ThreadState, seconds: Double) throws {
        var remaining = seconds * scale(thread.interpreter)
        let deadline = now(CLOCK_MONOTONIC) + remaining
        while remaining > 0 {
            var request = timespec(tv_sec: Int(remaining), tv_nsec: Int((remaining - remaining.rounded(.down)) * 1e9))
            _ = nanosleep(&request, nil)
            remaining = deadline - now(CLOCK_MONOTONIC)
        }
    }

    /// CPU time of the process (`time.process_time`), unscaled.
    static func processTime() -> Double { now(CLOCK_PROCESS_CPUTIME_ID) }

    /// CPU time of the calling thread (`time.thread_time`), unscaled.
    static func threadTime() -> Double { now(CLOCK_THREAD_CPUTIME_ID) }
}
