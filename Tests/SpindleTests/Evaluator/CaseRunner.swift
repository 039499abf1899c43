import Foundation
import XCTest
@testable import Spindle

/// Runs one Python program in-process through the embedding API with its
/// stdout and stderr sent to temporary files, and returns what it wrote.
struct CaseRunner {
    struct Outcome {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The `Cases` folder next to this file's parent.
    static var casesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Cases")
    }

    /// Runs `script` (a path relative to `directory`) with the current
    /// directory set to `directory`, as `regenerate.sh` runs CPython.
    static func run(script: String, in directory: URL, arguments: [String] = []) throws -> Outcome {
        let files = FileManager.default
        let outPath = files.temporaryDirectory.appendingPathComponent("spindle-case-\(UUID().uuidString).out").path
        let errPath = outPath.replacingOccurrences(of: ".out", with: ".err")
        let outFD = open(outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let errFD = open(errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer {
            close(outFD)
            close(errFD)
            try? files.removeItem(atPath: outPath)
            try? files.removeItem(atPath: errPath)
        }
        let previous = files.currentDirectoryPath
        files.changeCurrentDirectoryPath(directory.path)
        defer { files.changeCurrentDirectoryPath(previous) }
        var options = InterpreterOptions()
        options.argv = [script] + arguments
        options.standardOutputDescriptor = outFD
        options.standardErrorDescriptor = errFD
        let interpreter = Interpreter(options: options)
        let status = interpreter.runFile(script)
        interpreter.finishOutput()
        // Tracebacks name files by absolute path; the expectations do not.
        let prefix = directory.standardizedFileURL.path + "/"
        return Outcome(stdout: try String(contentsOfFile: outPath, encoding: .utf8)
                           .replacingOccurrences(of: prefix, with: ""),
                       stderr: try String(contentsOfFile: errPath, encoding: .utf8)
                           .replacingOccurrences(of: prefix, with: ""),
                       status: status)
    }
}
