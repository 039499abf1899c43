import Synchronization

/// Ctrl-C while Python code runs: the SIGINT handler only sets a flag
/// (`Interrupts`); the evaluator polls it at loop back-edges and function
/// entry and raises `KeyboardInterrupt` on the main Python thread.
extension ThreadState {
    @inline(__always)
    func pollInterrupt() throws {
        if Interrupts.takePending() { try deliverInterrupt() }
    }

    func deliverInterrupt() throws {
        guard Waiter.current.serial == Interrupts.mainSerial.load(ordering: .acquiring) else {
            Interrupts.repost()
            return
        }
        throw PyError(.keyboardInterrupt, args: [])
    }
}

extension Frame {
    /// `ThreadState.pollInterrupt` without touching the thread unless an
    /// interrupt is pending (a loop back-edge then costs one relaxed load).
    @inline(__always)
    func pollInterrupt() throws {
        if Interrupts.takePending() { try withThread { try $0.deliverInterrupt() } }
    }
}
