import ArgumentParser
import Foundation
import Spindle

/// The `spindle` command: runs a script, a `-c` string, stdin, or the REPL.
/// Everything it does goes through Spindle's embedding API.
struct SpindleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spindle",
        abstract: "Run Python programs on native threads without a global lock.",
        version: "spindle 0.1.0")

    @Option(name: .customShort("c"), help: "Program passed in as a string.")
    var command: String?

    @Option(name: .customLong("time-scale"), help: "Multiply every sleep and timeout by this factor.")
    var timeScale: Double?

    @Argument(parsing: .captureForPassthrough,
              help: "Script path ('-' for stdin) followed by the arguments passed to it.")
    var arguments: [String] = []

    mutating func validate() throws {
        guard command == nil, let first = arguments.first else { return }
        if first == "--version" || first == "-V" { throw CleanExit.message("spindle 0.1.0") }
        if first == "--help" || first == "-h" { throw CleanExit.helpRequest(self) }
        if first.hasPrefix("-"), first != "-" {
            throw ValidationError("unknown option '\(first)'")
        }
    }

    func run() throws {
        Interrupts.installSignalHandler()
        var options = InterpreterOptions()
        if let timeScale {
            options.timeScale = timeScale
        } else if let env = ProcessInfo.processInfo.environment["SPINDLE_TIME_SCALE"], let scale = Double(env) {
            options.timeScale = scale
        }
        let status: Int32
        if let command {
            options.argv = ["-c"] + arguments
            status = Interpreter(options: options).runSource(command, fileName: "<string>")
        } else if let script = arguments.first, script != "-" {
            options.argv = arguments
            status = Interpreter(options: options).runFile(script)
        } else if arguments.first == "-" || isatty(0) == 0 {
            options.argv = arguments.isEmpty ? [""] : ["-"] + arguments.dropFirst()
            let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            status = Interpreter(options: options).runSource(text, fileName: "<stdin>")
        } else {
            options.argv = [""]
            status = REPL(interpreter: Interpreter(options: options)).run()
        }
        Foundation.exit(status)
    }
}

do {
    var command = try SpindleCommand.parseAsRoot()
    try command.run()
} catch {
    if SpindleCommand.exitCode(for: error) == .success {
        SpindleCommand.exit(withError: error)
    }
    let message = SpindleCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
    FileHandle.standardError.write("spindle: \(message)\nTry 'spindle --help' for more information.\n".data(using: .utf8)!)
    Foundation.exit(2)
}
