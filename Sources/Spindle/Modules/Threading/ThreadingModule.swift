/// The `threading` module: `Thread`, `Timer`, the synchronisation types and
/// the module functions, with Python 3 names and Python 2 spellings
/// (`currentThread`, `activeCount`, `notifyAll`, `isAlive`, …).
enum ThreadingModule {
    /// The built-in `threading.excepthook`; a thread's uncaught exception
    /// is printed natively unless a script replaced it.
    static let defaultExceptHook = PyNativeFunction("excepthook") { thread, args in
        let a = try args.exactly("excepthook", min: 1, max: 1)
        guard let value = try thread.getAttribute(a[0], "exc_value").asObject as? PyExceptionObject else {
            return .None
        }
        let owner = try thread.getAttribute(a[0], "thread")
        let name = (owner.asObject as? PyThreadObject)?.name ?? String(Waiter.currentIdent())
        ThreadExceptionReport.printDefault(thread, value, threadName: name)
        return .None
    }

    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "threading")
        let ns = module.namespace
        ns["Thread"] = .object(PyThreadObject.type)
        ns["Timer"] = .object(TimerType.type)
        ns["Event"] = .object(PyEventObject.type)
        ns["Condition"] = .object(PyConditionObject.type)
        ns["Semaphore"] = .object(PySemaphoreObject.type)
        ns["BoundedSemaphore"] = .object(PySemaphoreObject.boundedType)
        ns["Barrier"] = .object(PyBarrierObject.type)
        ns["BrokenBarrierError"] = .object(PyBarrierObject.brokenError)
        ns["local"] = .object(PyLocalObject.type)
        ns["ThreadError"] = .object(PyType.runtimeError)
        ns["TIMEOUT_MAX"] = .float(LockArguments.timeoutMax)
        ns["ExceptHookArgs"] = .object(ExceptHookArgs.type)
        ns["excepthook"] = .object(defaultExceptHook)
        module.defineFunction("Lock") { _, args in
            _ = try args.exactly("allocate_lock", min: 0, max: 0)
            return .object(PyLockObject())
        }
        module.defineFunction("RLock") { _, _ in .object(PyRLockObject()) }
        ThreadModule.defineIdentity(module)
        defineQueries(module)
        for name in ["settrace", "setprofile"] {
            // Spindle has no tracing or profiling hooks: accepted and ignored.
            module.defineFunction(name) { _, args in
                _ = try args.exactly(name, min: 1, max: 1)
                return .None
            }
        }
        module.defineFunction("stack_size") { _, args in
            _ = try args.exactly("stack_size", min: 0, max: 1)
            return .int(0)
        }
        return module
    }

    /// `current_thread`, `main_thread`, `enumerate`, `active_count` and their old spellings.
    private static func defineQueries(_ module: PyModule) {
        for name in ["current_thread", "currentThread"] {
            module.defineFunction(name) { thread, args in
                _ = try args.exactly(name, min: 0, max: 0)
                return .object(ThreadingRuntime.of(thread).currentThread(thread))
            }
        }
        module.defineFunction("main_thread") { thread, args in
            _ = try args.exactly("main_thread", min: 0, max: 0)
            return .object(ThreadingRuntime.of(thread).mainThread)
        }
        module.defineFunction("enumerate") { thread, args in
            _ = try args.exactly("enumerate", min: 0, max: 0)
            let runtime = ThreadingRuntime.of(thread)
            _ = runtime.currentThread(thread)
            return .list(runtime.liveThreads().filter { $0.isAlive }.map { .object($0) })
        }
        for name in ["active_count", "activeCount"] {
            module.defineFunction(name) { thread, args in
                _ = try args.exactly(name, min: 0, max: 0)
                let runtime = ThreadingRuntime.of(thread)
                _ = runtime.currentThread(thread)
                return .int(runtime.liveThreads().filter { $0.isAlive }.count)
            }
        }
    }
}
