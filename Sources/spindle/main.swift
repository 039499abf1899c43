import Glibc
import Spindle

/// The `spindle` command: runs a script, a `-c` string, stdin, or the REPL.
/// Everything it does goes through Spindle's embedding API.
enum SpindleCommand {
    static func main() -> Int32 {
        let invocation: CommandLineOptions.Invocation
        do {
            invocation = try CommandLineOptions.parse(Array(CommandLine.arguments.dropFirst()))
        } catch let error as CommandLineOptions.UsageError {
            ConsoleOutput.writeError("spindle: \(error.message)\nTry 'spindle --help' for more information.\n")
            return 2
        } catch {
            return 2
        }
        switch invocation {
        case .help:
            ConsoleOutput.write(CommandLineOptions.helpText)
            return 0
        case .version:
            ConsoleOutput.write("spindle \(CommandLineOptions.version)\n")
            return 0
        case .run(let options):
            return run(options)
        }
    }

    private static func run(_ parsed: CommandLineOptions) -> Int32 {
        Interrupts.installSignalHandler()
        var options = InterpreterOptions()
        if let timeScale = parsed.timeScale {
            options.timeScale = timeScale
        } else if let env = getenv("SPINDLE_TIME_SCALE"), let scale = Double(String(cString: env)) {
            options.timeScale = scale
        }
        let arguments = parsed.arguments
        if let command = parsed.command {
            options.argv = ["-c"] + arguments
            return Interpreter(options: options).runSource(command, fileName: "<string>")
        }
        if let script = arguments.first, script != "-" {
            options.argv = arguments
            return Interpreter(options: options).runFile(script)
        }
        if arguments.first == "-" || isatty(0) == 0 {
            options.argv = arguments.isEmpty ? [""] : ["-"] + arguments.dropFirst()
            let text = ConsoleOutput.readStandardInput()
            return Interpreter(options: options).runSource(text, fileName: "<stdin>")
        }
        options.argv = [""]
        return REPL(interpreter: Interpreter(options: options)).run()
    }
}

exit(SpindleCommand.main())
