/// What the consumer sends into a paused generator.
enum GeneratorMessage {
    case send(Value)
    case throwIn(PyExceptionObject)
}

/// What comes back when the generator pauses or ends.
enum GeneratorOutcome {
    case yielded(Value)
    case returned(Value)
    case raised(PyError)
}

/// Runs a generator body on its own native thread with a strict hand-off:
/// the consumer blocks in `resume` while the body runs, and the body
/// blocks in `yieldValue` while the consumer runs, so the two never run at
/// once and the body sees the consumer's recursion depth and handled
/// exceptions. The thread starts on the first `resume` and ends when the
/// body finishes; `close` (also called when the generator object is
/// released) finishes a paused body by raising `GeneratorExit` in it.
final class GeneratorRunner {
    private enum State { case created, suspended, running, finished }

    private let function: PyFunction
    private var slots: UnsafeMutablePointer<Value?>?
    private let interpreter: Interpreter
    private let handOff = HandOff()
    private var state = State.created
    private var inbox: GeneratorMessage?
    private var outbox: GeneratorOutcome?
    /// The body's thread state, created with the body thread.
    private var body: ThreadState?
    /// Exceptions the body is handling itself (kept across pauses).
    private var ownHandling: [PyExceptionObject] = []
    private var consumerHandlingCount = 0
    static let stackSize = 64 * 1024 * 1024

    init(function: PyFunction, slots: UnsafeMutablePointer<Value?>, interpreter: Interpreter) {
        self.function = function
        self.slots = slots
        self.interpreter = interpreter
    }

    deinit { releaseSlots() }

    private func releaseSlots() {
        guard let slots else { return }
        slots.deinitialize(count: function.code.slotCount)
        slots.deallocate()
        self.slots = nil
    }

    /// Delivers `message` to the body and waits until it yields or ends.
    func resume(_ message: GeneratorMessage, _ consumer: ThreadState?) throws -> GeneratorOutcome {
        handOff.lock()
        switch state {
        case .running:
            handOff.unlock()
            throw PyError(.valueError, "generator already executing")
        case .finished:
            handOff.unlock()
            if case .throwIn(let e) = message { return .raised(PyError(e)) }
            return .returned(.None)
        case .created:
            switch message {
            case .throwIn(let e):
                state = .finished
                handOff.unlock()
                releaseSlots()
                return .raised(PyError(e))
            case .send(let v) where !v.isNone:
                handOff.unlock()
                throw PyError(.typeError, "can't send non-None value to a just-started generator")
            case .send:
                state = .running
                let bodyThread = ThreadState(interpreter: interpreter)
                body = bodyThread
                adopt(consumer, bodyThread)
                do {
                    try NativeThread(stackSize: Self.stackSize) { [self] in runBody(bodyThread) }.start()
                } catch {
                    state = .finished
                    handOff.unlock()
                    throw PyError(.runtimeError, "can't start new thread")
                }
            }
        case .suspended:
            state = .running
            if let body { adopt(consumer, body) }
            inbox = message
            handOff.signal()
        }
        while outbox == nil { handOff.wait() }
        let outcome = outbox!
        outbox = nil
        if case .yielded = outcome { state = .suspended } else { state = .finished }
        handOff.unlock()
        return outcome
    }

    /// Gives the body the consumer's depth, thread object and handled exceptions.
    private func adopt(_ consumer: ThreadState?, _ body: ThreadState) {
        let outer = consumer?.handling ?? []
        consumerHandlingCount = outer.count
        body.handling = outer + ownHandling
        body.depth = (consumer?.depth ?? 0) + 1
        body.threadObject = consumer?.threadObject
    }

    private func runBody(_ thread: ThreadState) {
        thread.evaluation.generator = self
        var outcome: GeneratorOutcome
        do {
            outcome = .returned(try function.run(thread, slots!))
        } catch let error as PyError {
            if error.matches(.stopIteration) {
                let replaced = PyError(.runtimeError, "generator raised StopIteration")
                replaced.exception.cause = error.exception
                outcome = .raised(replaced)
            } else {
                outcome = .raised(error)
            }
        } catch {
            outcome = .raised(PyError(.systemError, "\(error)"))
        }
        thread.evaluation.generator = nil
        handOff.lock()
        releaseSlots()
        body = nil
        outbox = outcome
        handOff.signal()
        handOff.unlock()
    }

    /// Called on the body thread by `yield`: hands `value` out and waits
    /// for the next message.
    func yieldValue(_ value: Value, _ thread: ThreadState) throws -> Value {
        handOff.lock()
        ownHandling = Array(thread.handling.dropFirst(consumerHandlingCount))
        outbox = .yielded(value)
        handOff.signal()
        while inbox == nil { handOff.wait() }
        let message = inbox!
        inbox = nil
        handOff.unlock()
        switch message {
        case .send(let v): return v
        case .throwIn(let e): throw PyError(e)
        }
    }

    /// Finishes the generator: raises `GeneratorExit` at a paused `yield`.
    func close(_ consumer: ThreadState?) throws {
        handOff.lock()
        let current = state
        if current == .created { state = .finished }
        handOff.unlock()
        switch current {
        case .created:
            releaseSlots()
            return
        case .finished, .running:
            return
        case .suspended:
            break
        }
        let exit = PyError(.generatorExit, args: []).exception
        switch try resume(.throwIn(exit), consumer) {
        case .yielded:
            throw PyError(.runtimeError, "generator ignored GeneratorExit")
        case .returned:
            return
        case .raised(let error):
            if error.matches(.generatorExit) || error.matches(.stopIteration) { return }
            throw error
        }
    }
}
