/// The I/O builtins: `print`, `open`, `input` (and Python 2's
/// `raw_input`), `exit` and `quit`.
extension Builtins {
    static func installIO(into interpreter: Interpreter) {
        let builtins = interpreter.builtins
        builtins.defineFunction("print") { thread, args in
            try printValues(thread, args)
            return .None
        }
        builtins.defineFunction("open") { thread, args in try openFile(thread, args) }
        for name in ["input", "raw_input"] {
            builtins.defineFunction(name) { thread, args in
                let a = try args.exactly(name, min: 0, max: 1)
                return .str(try readInputLine(thread, prompt: a.first))
            }
        }
        for name in ["exit", "quit"] {
            builtins.namespace[name] = .object(PyQuitter(name: name))
        }
    }

    /// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
    static func printValues(_ thread: ThreadState, _ args: Arguments) throws {
        var sep = " ", end = "\n", file = Value.None, flush = false
        for (key, value) in args.keywords {
            switch key {
            case "sep", "end":
                guard value.isNone || value.asString != nil else {
                    throw PyError(.typeError, "\(key) must be None or a string, not \(value.pyType.name)")
                }
                if let s = value.asString { if key == "sep" { sep = s } else { end = s } }
            case "file": file = value
            case "flush": flush = try thread.isTrue(value)
            default: throw PyError(.typeError, "'\(key)' is an invalid keyword argument for print()")
            }
        }
        if file.isNone {
            file = thread.interpreter.module(named: "sys")?.namespace["stdout"]
                ?? .object(StandardFiles.output(thread.interpreter))
            if file.isNone { return }
        }
        let pieces = try args.positional.map(thread.str)
        try StandardFiles.write(thread, pieces, separator: sep, end: end, to: file)
        if flush { _ = try thread.call(try thread.getAttribute(file, "flush")) }
    }

    /// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)`.
    static func openFile(_ thread: ThreadState, _ args: Arguments) throws -> Value {
        let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"]
        let slots = try args.bind("open", names, required: 1)
        let modeText = try slots[1].map { try thread.stringArgument($0, "open") } ?? "r"
        guard let mode = FileMode(modeText) else { throw PyError(.valueError, "invalid mode: '\(modeText)'") }
        if mode.binary, let encoding = slots[3], !encoding.isNone {
            throw PyError(.valueError, "binary mode doesn't take an encoding argument")
        }
        let target = slots[0]!
        let stream: FileStream
        if let path = target.asString {
            do {
                stream = try FileStream.open(path: path, mode: mode)
            } catch let failure as FileStream.SystemError {
                throw SystemErrors.error(failure.code, filename: path)
            }
        } else if case .int(let fd) = target {
            let closes = slots[6].map { (try? thread.isTrue($0)) ?? true } ?? true
            stream = FileStream(descriptor: Int32(truncatingIfNeeded: fd), name: "\(fd)",
                                readable: mode.readable, writable: mode.writable, owns: closes)
        } else if case .float = target {
            throw PyError(.typeError, "integer argument expected, got float")
        } else {
            throw PyError(.typeError, "expected str, bytes or os.PathLike object, not \(target.pyType.name)")
        }
        let type: PyType
        if !mode.binary { type = PyFile.textType }
        else if mode.readable && mode.writable { type = PyFile.randomType }
        else { type = mode.readable ? PyFile.readerType : PyFile.writerType }
        let shownMode = mode.binary ? modeText.filter { $0 != "t" } : modeText.filter { $0 != "t" && $0 != "b" }
        return .object(PyFile(cls: type, channel: .file(stream), name: target, mode: shownMode,
                              binary: mode.binary, readable: mode.readable, writable: mode.writable))
    }

    /// `input([prompt])`: the prompt goes to `sys.stdout`, the line comes from
    /// `sys.stdin` without its newline; end of input raises EOFError.
    static func readInputLine(_ thread: ThreadState, prompt: Value?) throws -> String {
        let sys = thread.interpreter.module(named: "sys")
        let output = sys?.namespace["stdout"] ?? .object(StandardFiles.output(thread.interpreter))
        if let prompt {
            try StandardFiles.write(thread, [try thread.str(prompt)], separator: "", end: "", to: output)
        }
        if let file = output.asObject as? PyFile { try file.flush() }
        else if !output.isNone { _ = try? thread.call(try thread.getAttribute(output, "flush")) }
        let input = sys?.namespace["stdin"] ?? .object(StandardFiles.input(thread.interpreter))
        var line: String
        if let file = input.asObject as? PyFile {
            line = try file.readLineText(limit: nil)
        } else {
            let result = try thread.call(try thread.getAttribute(input, "readline"))
            guard let text = result.asString else {
                throw PyError(.typeError, "object.readline() returned non-string")
            }
            line = text
        }
        if line.isEmpty { throw PyError(.eofError, "EOF when reading a line") }
        if line.hasSuffix("\n") { line.removeLast() }
        return line
    }
}

/// `exit` and `quit`: callables that raise SystemExit, with the reminder
/// CPython shows as their repr.
final class PyQuitter: PyInstance {
    static let type: PyType = {
        let type = PyType(builtin: "Quitter", moduleName: "_sitebuiltins", base: .object)
        type.defineMethod("__repr__") { _, args in
            let name = (args.positional.first?.asObject as? PyQuitter)?.name ?? "exit"
            return .str("Use \(name)() or Ctrl-D (i.e. EOF) to exit")
        }
        type.defineCallForwarding()
        return type
    }()

    let name: String

    init(name: String) {
        self.name = name
        super.init(cls: PyQuitter.type)
    }

    override func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        let a = try arguments.exactly(name, min: 0, max: 1)
        throw try thread.instantiateException(.systemExit, a)
    }
}
