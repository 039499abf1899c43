/// What the `spindle` command line asks for. Parsed by hand, like CPython's
/// own option scanner: options come first; the first argument that is not
/// an option (the script, or `-` for stdin) and everything after it belong
/// to the program, and so does everything after `-c <command>`.
struct CommandLineOptions: Equatable {
    static let version = "0.1.0"

    static let helpText = """
        OVERVIEW: Run Python programs on native threads without a global lock.

        USAGE: spindle [-c <command>] [--time-scale <factor>] [<script> | -] [<arguments> ...]

        ARGUMENTS:
          <script>                Script path ('-' for stdin; no script starts the REPL
                                  when stdin is a terminal).
          <arguments>             Passed to the program as sys.argv[1:].

        OPTIONS:
          -c <command>            Program passed in as a string.
          --time-scale <factor>   Multiply every sleep and timeout by this factor
                                  (also SPINDLE_TIME_SCALE).
          -V, --version           Show the version.
          -h, --help              Show help information.

        """

    /// What to do after parsing.
    enum Invocation: Equatable {
        case run(CommandLineOptions)
        case help
        case version
    }

    /// A command line that cannot be run; `message` is shown after `spindle: `.
    struct UsageError: Error, Equatable {
        let message: String
    }

    /// The `-c` program, if given.
    var command: String?
    /// The `--time-scale` factor, if given.
    var timeScale: Double?
    /// The script path (or `-`) and its arguments; with `-c`, only the arguments.
    var arguments: [String] = []

    static func parse(_ words: [String]) throws -> Invocation {
        var options = CommandLineOptions()
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "--" { break }
            if word == "-" || !word.hasPrefix("-") {
                index -= 1
                break
            }
            switch word {
            case "-h", "--help":
                return .help
            case "-V", "--version":
                return .version
            case "-c":
                options.command = try value(after: word, in: words, at: &index)
                options.arguments = Array(words[index...])
                return .run(options)
            case "--time-scale":
                options.timeScale = try timeScale(try value(after: word, in: words, at: &index))
            default:
                if word.hasPrefix("--time-scale=") {
                    options.timeScale = try timeScale(String(word.dropFirst("--time-scale=".count)))
                } else if word.hasPrefix("-c") {
                    options.command = String(word.dropFirst(2))
                    options.arguments = Array(words[index...])
                    return .run(options)
                } else {
                    throw UsageError(message: "unknown option '\(word)'")
                }
            }
        }
        options.arguments = Array(words[index...])
        return .run(options)
    }

    private static func value(after option: String, in words: [String], at index: inout Int) throws -> String {
        guard index < words.count else { throw UsageError(message: "missing value for '\(option)'") }
        index += 1
        return words[index - 1]
    }

    private static func timeScale(_ text: String) throws -> Double {
        guard let factor = Double(text), factor.isFinite, factor > 0 else {
            throw UsageError(message: "invalid value '\(text)' for '--time-scale': expected a positive number")
        }
        return factor
    }
}
