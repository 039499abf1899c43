import Synchronization

/// A `threading.Thread` instance: Python classes subclass `Thread` (the
/// allocator gives their instances this layout), so the native state sits
/// next to the ordinary attribute namespace. The target and its arguments
/// live in the instance attributes `_target`, `_args` and `_kwargs`, as in
/// CPython, so an overridden `run` can use them.
final class PyThreadObject: PyInstance {
    enum Phase {
        case initial, starting, started, stopped
    }

    struct Fields {
        var initialized = false
        var name = ""
        var daemon = false
        var ident: UInt?
        var nativeID: Int?
        var phase = Phase.initial
    }

    let fields = PosixMutex(Fields())
    /// Set once the OS thread runs (`start()` waits for it).
    let startedSignal = NativeEvent()
    /// Set when `run` has returned and the thread left the registry.
    let finishedSignal = NativeEvent()
    /// Key in the runtime's registry of live threads.
    var registrySerial: Int {
        get { serial.load(ordering: .relaxed) }
        set { serial.store(newValue, ordering: .relaxed) }
    }
    private let serial = Atomic<Int>(0)
    private(set) weak var runtime: ThreadingRuntime?

    var name: String { fields.withLock { $0.name } }
    var isDaemon: Bool { fields.withLock { $0.daemon } }
    var hasStarted: Bool { fields.withLock { $0.phase != .initial } }
    var isMainOrDummy: Bool { cls.isSubtype(of: Self.mainType) || cls.isSubtype(of: Self.dummyType) }

    var isAlive: Bool {
        fields.withLock { $0.phase == .started || $0.phase == .starting } && !finishedSignal.isSet
    }

    /// For the main thread and dummy threads: already running on the calling thread.
    func becomeRunning(name: String, daemon: Bool, runtime: ThreadingRuntime) {
        self.runtime = runtime
        let waiter = Waiter.current
        fields.withLock { f in
            f.initialized = true
            f.name = name
            f.daemon = daemon
            f.ident = waiter.ident
            f.nativeID = waiter.nativeID
            f.phase = .started
        }
        startedSignal.set()
    }

    /// `Thread.__init__`.
    func initialize(_ thread: ThreadState, target: Value, name: Value, args: Value, kwargs: Value,
                    daemon: Value) throws {
        let runtime = ThreadingRuntime.of(thread)
        self.runtime = runtime
        let chosenName = name.isNone ? runtime.newName("Thread") : try thread.str(name)
        let chosenDaemon = daemon.isNone ? runtime.currentThread(thread).isDaemon : try thread.truthy(daemon)
        setAttribute("_target", target)
        setAttribute("_args", args)
        setAttribute("_kwargs", kwargs.isNone ? .object(PyDict()) : kwargs)
        fields.withLock { f in
            f.initialized = true
            f.name = chosenName
            f.daemon = chosenDaemon
        }
    }

    /// The attributes `Thread.run` deletes once the target has returned.
    private static let runAttributes = ["_target", "_args", "_kwargs"]

    /// `Thread.run`: calls the target, then drops the references to it.
    func runTarget(_ thread: ThreadState) throws {
        defer {
            if !removeAttributes(ifExactly: Self.runAttributes) {
                for name in Self.runAttributes { removeAttribute(name) }
            }
        }
        guard let target = attribute("_target"), !target.isNone else { return }
        let positional = try attribute("_args").map { try thread.collect($0) } ?? []
        var keywords: [(name: String, value: Value)] = []
        if let kwargs = attribute("_kwargs"), !kwargs.isNone {
            for key in try thread.collect(kwargs) {
                guard let name = key.asString else {
                    throw PyError(.typeError, "keywords must be strings")
                }
                keywords.append((name, try thread.getItem(kwargs, key)))
            }
        }
        _ = try thread.call(target, Arguments(Array(positional), keywords: keywords))
    }

    // MARK: start / join

    /// `Thread.start()`.
    func start(_ thread: ThreadState) throws {
        let problem = fields.withLock { f -> String? in
            guard f.initialized else { return "thread.__init__() not called" }
            guard f.phase == .initial else { return "threads can only be started once" }
            f.phase = .starting
            return nil
        }
        if let problem { throw PyError(.runtimeError, problem) }
        let runtime = self.runtime ?? ThreadingRuntime.of(thread)
        self.runtime = runtime
        runtime.register(self)
        let interpreter = thread.interpreter
        let native = NativeThread { [self] in self.bootstrap(interpreter) }
        do {
            try native.start()
        } catch {
            runtime.unregister(self)
            fields.withLock { $0.phase = .initial }
            throw PyError(.runtimeError, "can't start new thread")
        }
        // No waiting for the new thread to run: it is registered and alive
        // already, and its ident is known. Only `native_id` waits for it.
        let ident = native.ident
        fields.withLock { f in
            if f.ident == nil { f.ident = ident }
        }
    }

    /// The kernel thread id, once the thread runs (waits for a thread that
    /// was just started; nil for one not started).
    var nativeID: Int? {
        let (id, phase) = fields.withLock { ($0.nativeID, $0.phase) }
        if id != nil || phase != .starting { return id }
        _ = startedSignal.wait(until: nil, target: WaitTarget(.join, self, label: "start of \(name)"))
        return fields.withLock { $0.nativeID }
    }

    /// Runs on the new OS thread: `run()`, uncaught-exception reporting,
    /// then leaving the registry and waking joiners.
    private func bootstrap(_ interpreter: Interpreter) {
        let state = ThreadState(interpreter: interpreter)
        state.threadObject = self
        let waiter = Waiter.current
        waiter.name = name
        fields.withLock { f in
            f.ident = waiter.ident
            f.nativeID = waiter.nativeID
            f.phase = .started
        }
        startedSignal.set()
        do {
            _ = try state.call(try state.getAttribute(.object(self), "run"))
        } catch let error as PyError {
            ThreadExceptionReport.report(state, error, in: self)
        } catch {
            // Only Python exceptions travel as errors out of Python code.
        }
        fields.withLock { $0.phase = .stopped }
        runtime?.unregister(self)
        finishedSignal.set()
    }

    /// `Thread.join(timeout=None)`.
    func join(_ thread: ThreadState, timeout: Double?) throws {
        guard hasStarted else { throw PyError(.runtimeError, "cannot join thread before it is started") }
        if thread.threadObject === self { throw PyError(.runtimeError, "cannot join current thread") }
        try waitUntilFinished(thread, deadline: thread.deadline(afterScriptSeconds: timeout.map { max($0, 0) }))
    }

    func waitUntilFinished(_ thread: ThreadState, deadline: Deadline?) throws {
        if finishedSignal.wait(until: deadline, target: WaitTarget(.join, self, label: name)) == nil {
            throw PyError.keyboardInterrupt()
        }
    }

    /// CPython 3.9's `<Thread(name, started daemon 1234)>`.
    var repr: String {
        let f = fields.withLock { $0 }
        var status: String
        switch f.phase {
        case .initial: status = "initial"
        case .starting, .started: status = finishedSignal.isSet ? "stopped" : "started"
        case .stopped: status = "stopped"
        }
        if f.daemon { status += " daemon" }
        if let ident = f.ident { status += " \(ident)" }
        return "<\(cls.name)(\(f.name), \(status))>"
    }
}
