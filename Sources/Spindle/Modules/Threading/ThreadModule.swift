/// The low-level `_thread` module (and its Python 2 name `thread`): start a
/// function on a new OS thread, allocate locks, thread identities.
enum ThreadModule {
    static func make(_ interpreter: Interpreter, name: String = "_thread") -> PyModule {
        let module = PyModule(name: name)
        let ns = module.namespace
        ns["LockType"] = .object(PyLockObject.type)
        ns["RLock"] = .object(PyRLockObject.type)
        ns["error"] = .object(PyType.runtimeError)
        ns["TIMEOUT_MAX"] = .float(LockArguments.timeoutMax)
        ns["_local"] = .object(PyLocalObject.type)
        for alias in ["allocate_lock", "allocate"] {
            module.defineFunction(alias) { _, args in
                _ = try args.exactly(alias, min: 0, max: 0)
                return .object(PyLockObject())
            }
        }
        for alias in ["start_new_thread", "start_new"] {
            module.defineFunction(alias) { thread, args in try startNewThread(thread, args, alias) }
        }
        for alias in ["exit", "exit_thread"] {
            module.defineFunction(alias) { _, _ in throw PyError(.systemExit, args: []) }
        }
        defineIdentity(module)
        module.defineFunction("stack_size") { _, args in
            _ = try args.exactly("stack_size", min: 0, max: 1)
            return .int(0)
        }
        module.defineFunction("interrupt_main") { _, _ in
            Interrupts.deliver()
            return .None
        }
        return module
    }

    /// `get_ident()` and `get_native_id()` (shared with `threading`).
    static func defineIdentity(_ module: PyModule) {
        module.defineFunction("get_ident") { _, args in
            _ = try args.exactly("get_ident", min: 0, max: 0)
            return .int(Int(bitPattern: Waiter.currentIdent()))
        }
        module.defineFunction("get_native_id") { _, args in
            _ = try args.exactly("get_native_id", min: 0, max: 0)
            return .int(Waiter.currentNativeID())
        }
    }

    /// `start_new_thread(function, args[, kwargs])`: returns the new thread's ident.
    private static func startNewThread(_ thread: ThreadState, _ args: Arguments, _ name: String) throws -> Value {
        let a = try args.exactly(name, min: 2, max: 3)
        guard a[1].asObject is PyTuple else { throw PyError(.typeError, "2nd arg must be a tuple") }
        if a.count == 3, !(a[2].asObject is PyDict) {
            throw PyError(.typeError, "optional 3rd arg must be a dictionary")
        }
        let function = a[0]
        let positional = Array(try thread.collect(a[1]))
        var keywords: [(name: String, value: Value)] = []
        if a.count == 3 {
            for key in try thread.collect(a[2]) {
                guard let k = key.asString else { throw PyError(.typeError, "keywords must be strings") }
                keywords.append((k, try thread.getItem(a[2], key)))
            }
        }
        let interpreter = thread.interpreter
        let native = NativeThread {
            let state = ThreadState(interpreter: interpreter)
            do {
                _ = try state.call(function, Arguments(positional, keywords: keywords))
            } catch let error as PyError where !error.matches(.systemExit) {
                let what = (try? state.repr(function)) ?? "a function"
                interpreter.standardError.write("Exception ignored in thread started by: \(what)\n"
                    + ThreadExceptionReport.format(state, error.exception))
            } catch {}
        }
        do {
            try native.start()
        } catch {
            throw PyError(.runtimeError, "can't start new thread")
        }
        return .int(Int(bitPattern: native.ident))
    }
}
