import SpindleSyntax

/// What happened to one piece of interactive input.
public enum InteractiveResult: Equatable {
    /// The input ran (successfully or with a reported error).
    case done
    /// The input is an unfinished statement: read another line and retry.
    case incomplete
    /// The program asked to exit (`SystemExit`, `exit()`) with this status.
    case exit(Int32)
}

/// Running Python code: the embedding API the `spindle` command uses.
/// Every entry point runs the code as the interpreter's main Python thread
/// on a native thread with a large stack, reports uncaught exceptions the
/// way CPython does (traceback on stderr), and returns an exit status.
extension Interpreter {
    /// Runs a script file as `__main__`. Returns the process exit status
    /// (2 when the file cannot be read, as CPython).
    public func runFile(_ path: String) -> Int32 {
        guard let text = SourceFiles.text(atPath: path) else {
            standardError.write("spindle: can't open file '\(path)': [Errno 2] No such file or directory\n")
            return 2
        }
        // Like CPython 3.9, the main script is known by its absolute path,
        // and its directory heads the module search path.
        let absolute = PathModule.absolute(path)
        evaluator.scriptDirectory = PathModule.split(absolute).head
        mainModule.namespace["__file__"] = .str(absolute)
        return runSource(text, fileName: absolute)
    }

    /// Runs program text as `__main__` (`spindle -c`, `spindle -`).
    public func runSource(_ text: String, fileName: String = "<string>") -> Int32 {
        // Programs given as text import from the current directory first.
        if evaluator.scriptDirectory == nil { evaluator.scriptDirectory = "" }
        let status = onMainThread { thread -> Int32 in
            var status: Int32 = 0
            do {
                try self.runModule(source: SourceFile(name: fileName, text: text), module: self.mainModule, thread: thread)
            } catch {
                status = self.report(error)
            }
            let final = self.shutDownThreads(from: thread, status: status)
            self.shutDownLogging(from: thread)
            return final
        }
        finishOutput()
        return status
    }

    /// Evaluates one expression in `__main__` and returns its value.
    /// Throws `PyError` for Python exceptions and `SyntaxError` for bad input.
    public func evaluate(_ expression: String) throws -> Value {
        let file = SourceFile(name: "<string>", text: expression)
        let parsed = try Parser.parseExpression(file)
        let statement = Stmt(.return(parsed), at: parsed.location)
        let module = Module(body: [statement], file: file)
        let result = onMainThread { thread -> Result<Value, Error> in
            Result { try self.runCode(module, in: self.mainModule, thread: thread, allowsReturn: true) }
        }
        return try result.get()
    }

    /// Runs REPL input: expression statements print their value's repr.
    /// Errors are reported on stderr; `.incomplete` asks for more lines.
    public func runInteractive(_ text: String) -> InteractiveResult {
        let file = SourceFile(name: "<stdin>", text: text)
        let module: Module
        do {
            module = try Parser.parse(file)
        } catch let error as SyntaxError {
            if error.isIncompleteInput { return .incomplete }
            standardError.write(error.description + "\n")
            return .done
        } catch {
            return .done
        }
        let outcome = onMainThread { thread -> InteractiveResult in
            do {
                _ = try self.runCode(module, in: self.mainModule, thread: thread, interactive: true)
                return .done
            } catch let error as PyError where error.matches(.systemExit) {
                return .exit(self.exitStatus(of: error))
            } catch {
                _ = self.report(error)
                return .done
            }
        }
        standardOutput.flush()
        return outcome
    }

    /// The `__main__` module, created on first use.
    public var mainModule: PyModule {
        if let m = module(named: "__main__") { return m }
        let m = PyModule(name: "__main__")
        m.namespace["__package__"] = .None
        m.namespace["__doc__"] = .None
        registerModule(m)
        return m
    }

    /// Writes buffered output (at exit).
    public func finishOutput() {
        standardOutput.flush()
        standardError.flush()
    }

    /// Prints an uncaught error as CPython does and returns the exit status.
    func report(_ error: Error) -> Int32 {
        switch error {
        case let syntax as SyntaxError:
            standardError.write(syntax.description + "\n")
            return 1
        case let python as PyError:
            if python.matches(.systemExit) { return exitStatus(of: python) }
            standardError.write(formatException(python.exception))
            // As CPython, an uncaught Ctrl-C ends the process as SIGINT would (128 + 2).
            return python.matches(.keyboardInterrupt) ? 130 : 1
        default:
            standardError.write("\(error)\n")
            return 1
        }
    }

    /// The status `SystemExit` asks for; a non-integer code is printed.
    func exitStatus(of error: PyError) -> Int32 {
        let code = error.exception.args.first ?? .None
        switch code {
        case .None: return 0
        case .int(let i): return Int32(truncatingIfNeeded: i)
        case .bool(let b): return b ? 1 : 0
        default:
            let thread = ThreadState(interpreter: self)
            let text = (try? thread.str(code)) ?? ""
            standardError.write(text + "\n")
            return 1
        }
    }
}
