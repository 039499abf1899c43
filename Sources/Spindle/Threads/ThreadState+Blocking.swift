/// The blocking seam as Python-facing code uses it: script timeouts become
/// real deadlines through the interpreter's time scale, and an interrupted
/// wait becomes KeyboardInterrupt.
extension ThreadState {
    /// The interpreter's time scale.
    public var timeScale: TimeScale { TimeScale(interpreter.options.timeScale) }

    /// The real deadline for a script timeout in seconds; nil (wait
    /// forever) for a nil timeout.
    public func deadline(afterScriptSeconds seconds: Double?) -> Deadline? {
        seconds.map { timeScale.deadline(afterScriptSeconds: $0) }
    }

    /// `time.sleep(seconds)`: sleeps for the scaled duration through the
    /// blocking seam; raises KeyboardInterrupt if SIGINT cuts it short.
    public func sleep(scriptSeconds seconds: Double) throws {
        if Blocking.sleep(realSeconds: timeScale.realSeconds(seconds)) == .interrupted {
            throw PyError.keyboardInterrupt()
        }
    }
}

extension PyError {
    /// The KeyboardInterrupt a SIGINT turns into.
    public static func keyboardInterrupt() -> PyError {
        PyError(.keyboardInterrupt, args: [])
    }

    /// Throws KeyboardInterrupt for an interrupted wait.
    static func check(_ outcome: WaitOutcome) throws {
        if case .interrupted = outcome { throw keyboardInterrupt() }
    }
}
