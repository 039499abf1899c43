/// The file objects for the process's standard streams, and the one write
/// path `print` and `input` use.
///
/// stdout and stderr write through the interpreter's `StandardStream`s,
/// so a `print` from any thread lands as one piece. Standard input is one
/// buffered reader for the whole process (there is only one descriptor 0).
enum StandardFiles {
    static let inputStream = FileStream(descriptor: 0, name: "<stdin>", readable: true, writable: false, owns: false)

    static func output(_ interpreter: Interpreter) -> PyFile {
        standard(.output(interpreter.standardOutput), name: "<stdout>", mode: "w")
    }

    static func error(_ interpreter: Interpreter) -> PyFile {
        standard(.output(interpreter.standardError), name: "<stderr>", mode: "w")
    }

    static func input(_ interpreter: Interpreter) -> PyFile {
        standard(.file(inputStream), name: "<stdin>", mode: "r")
    }

    private static func standard(_ channel: PyFile.Channel, name: String, mode: String) -> PyFile {
        let file = PyFile(cls: PyFile.textType, channel: channel, name: .str(name), mode: mode,
                          binary: false, readable: mode == "r", writable: mode == "w")
        file.setAttribute("encoding", .str("utf-8"))
        return file
    }

    /// Writes `pieces` joined by `separator` and followed by `end` to `file`.
    /// Native files get the whole text in one write; any other object gets
    /// one `write` call per piece, as CPython's `print` makes them.
    static func write(_ thread: ThreadState, _ pieces: [String], separator: String, end: String,
                      to file: Value) throws {
        if let native = file.asObject as? PyFile, !native.isBinary {
            try native.write(text: pieces.joined(separator: separator) + end)
            return
        }
        if let buffer = file.asObject as? PyStringIO, buffer.cls === PyStringIO.type {
            let text = pieces.joined(separator: separator) + end
            _ = try buffer.withBuffer { $0.write(text) }
            return
        }
        let write = try thread.getAttribute(file, "write")
        for (i, piece) in pieces.enumerated() {
            if i > 0 { _ = try thread.call(write, .str(separator)) }
            _ = try thread.call(write, .str(piece))
        }
        _ = try thread.call(write, .str(end))
    }
}
