#if canImport(Glibc)
import Glibc
#endif

/// The clocks and the sleep a script sees, through the threading layer's
/// `TimeScale` (durations a script asks for are multiplied by the scale,
/// clocks advance 1/scale as fast from the interpreter's start) and its
/// blocking seam (so a sleeping thread shows up as waiting and Ctrl-C
/// wakes the main thread).
enum ScriptClock {
    private static func scale(_ interpreter: Interpreter) -> TimeScale {
        TimeScale(interpreter.options.timeScale)
    }

    /// `time.time()`.
    static func wallTime(_ interpreter: Interpreter) -> Double { scale(interpreter).wallTime() }

    /// `time.monotonic()` / `time.perf_counter()`.
    static func monotonicTime(_ interpreter: Interpreter) -> Double { scale(interpreter).monotonicTime() }

    /// `time.sleep(seconds)`: blocks the calling thread for the scaled
    /// duration, through the blocking seam.
    static func sleep(_ thread: ThreadState, seconds: Double) throws {
        try thread.sleep(scriptSeconds: seconds)
    }

    private static func cpuClock(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// CPU time of the process (`time.process_time`), unscaled.
    static func processTime() -> Double { cpuClock(CLOCK_PROCESS_CPUTIME_ID) }

    /// CPU time of the calling thread (`time.thread_time`), unscaled.
    static func threadTime() -> Double { cpuClock(CLOCK_THREAD_CPUTIME_ID) }
}
