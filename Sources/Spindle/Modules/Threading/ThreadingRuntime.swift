import Synchronization

/// The threading state of one interpreter: the live `Thread` objects (for
/// `enumerate()` and `active_count()`), the counter behind default names
/// (`Thread-1`, `Dummy-2`, …) and the main thread's object. Found from any
/// thread through `ThreadingRuntime.of(interpreter)`.
final class ThreadingRuntime {
    private struct State {
        var active: [Int: PyThreadObject] = [:]
        var nextSerial = 0
        var nameCounter = 0
    }

    private let state = PosixMutex(State())
    unowned let interpreter: Interpreter
    /// The thread that first imported `threading` (or `_thread`).
    private(set) var mainThread: PyThreadObject!

    private init(_ interpreter: Interpreter, mainState: ThreadState?) {
        self.interpreter = interpreter
        let main = PyThreadObject(cls: PyThreadObject.mainType)
        main.becomeRunning(name: "MainThread", daemon: false, runtime: self)
        mainThread = main
        register(main)
        mainState?.threadObject = main
    }

    // MARK: Per-interpreter registry

    private final class Entry {
        weak var interpreter: Interpreter?
        let runtime: ThreadingRuntime
        init(_ interpreter: Interpreter, _ runtime: ThreadingRuntime) {
            self.interpreter = interpreter
            self.runtime = runtime
        }
    }

    private static let runtimes = PosixMutex<[Entry]>([])

    /// The runtime of `interpreter`, created (with the calling thread as the
    /// main thread) on first use.
    static func of(_ thread: ThreadState) -> ThreadingRuntime {
        runtimes.withLock { entries in
            entries.removeAll { $0.interpreter == nil }
            if let found = entries.first(where: { $0.interpreter === thread.interpreter }) {
                return found.runtime
            }
            let runtime = ThreadingRuntime(thread.interpreter, mainState: thread.threadObject == nil ? thread : nil)
            entries.append(Entry(thread.interpreter, runtime))
            return runtime
        }
    }

    /// The runtime if `threading` was ever used by `interpreter`.
    static func existing(_ interpreter: Interpreter) -> ThreadingRuntime? {
        runtimes.withLock { entries in entries.first { $0.interpreter === interpreter }?.runtime }
    }

    // MARK: Live threads

    /// `Thread-N` (or `Dummy-N`) with the next number.
    func newName(_ prefix: String) -> String {
        let n = state.withLock { s -> Int in
            s.nameCounter += 1
            return s.nameCounter
        }
        return "\(prefix)-\(n)"
    }

    func register(_ thread: PyThreadObject) {
        state.withLock { s in
            s.nextSerial += 1
            thread.registrySerial = s.nextSerial
            s.active[s.nextSerial] = thread
        }
    }

    func unregister(_ thread: PyThreadObject) {
        let removed = state.withLock { $0.active.removeValue(forKey: thread.registrySerial) }
        _ = removed
    }

    /// Live threads in the order they started (`threading.enumerate()`).
    func liveThreads() -> [PyThreadObject] {
        state.withLock { s in s.active.sorted { $0.key < $1.key }.map { $0.value } }
    }

    var activeCount: Int { state.withLock { $0.active.count } }

    /// The `Thread` object of the calling thread; a thread Spindle did not
    /// start through `threading` gets a daemon `_DummyThread`, as in CPython.
    func currentThread(_ thread: ThreadState) -> PyThreadObject {
        if let known = thread.threadObject as? PyThreadObject { return known }
        let dummy = PyThreadObject(cls: PyThreadObject.dummyType)
        dummy.becomeRunning(name: newName("Dummy"), daemon: true, runtime: self)
        register(dummy)
        thread.threadObject = dummy
        return dummy
    }

    /// Interpreter shutdown: waits for every live non-daemon thread, in
    /// start order, as CPython's `threading._shutdown` does.
    func joinNonDaemonThreads(_ thread: ThreadState) throws {
        while let next = liveThreads().first(where: { !$0.isDaemon && !$0.isMainOrDummy && $0.hasStarted }) {
            try next.waitUntilFinished(thread, deadline: nil)
        }
    }
}

extension Interpreter {
    /// Shutdown hook for the run path: after the main script ends (with or
    /// without an uncaught exception), waits for all non-daemon threads
    /// started through `threading`. Daemon threads are not waited for.
    /// Throws KeyboardInterrupt if SIGINT arrives while waiting.
    public func joinNonDaemonThreads(from thread: ThreadState) throws {
        try ThreadingRuntime.existing(self)?.joinNonDaemonThreads(thread)
    }
}

extension Interpreter {
    /// The end of a script run: waits for the non-daemon threads (after
    /// the main script's own traceback, if any, was printed — CPython's
    /// order) and returns the exit status. SIGINT during the wait is
    /// reported like any uncaught KeyboardInterrupt.
    func shutDownThreads(from thread: ThreadState, status: Int32) -> Int32 {
        do {
            try joinNonDaemonThreads(from: thread)
            return status
        } catch {
            return report(error)
        }
    }
}

extension ThreadState {
    /// The ident and name of the Python thread this state runs (`MainThread`
    /// for the main script, `Dummy-N` for threads `threading` did not
    /// start), for `logging`'s `thread` and `threadName` fields.
    public var currentThreadIdentity: (ident: Int, name: String) {
        let object = ThreadingRuntime.of(self).currentThread(self)
        return (Int(bitPattern: Waiter.currentIdent()), object.name)
    }
}
