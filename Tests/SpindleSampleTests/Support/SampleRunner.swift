import Foundation
import XCTest

/// Which language a sample is written in, so a run under CPython can skip
/// the samples that interpreter cannot parse.
enum SampleLanguage {
    /// Python 2 syntax (print statements): Spindle and CPython 2.7.
    case python2
    /// Python 3 only: Spindle and CPython 3.
    case python3
    /// Runs unchanged under both Python 2.7 and Python 3.
    case either
}

/// Which interpreter produced a run; a few outputs legitimately differ.
enum Dialect: Equatable {
    /// The `spindle` executable: Python 3 values.
    case spindle
    /// CPython 2.7: Python 2 values (`RLock.acquire()` returns 1).
    case cpython2
    case cpython3
}

/// The captured result of running one sample to completion.
struct SampleRun {
    let sample: String
    let dialect: Dialect
    let status: Int32
    let stdout: Transcript
    let stderr: Transcript
}

/// Runs the files in `samples/` through the real `spindle` executable (or,
/// for checking the checks, through the interpreter command given in
/// `SPINDLE_SAMPLE_INTERPRETER`, e.g. `python` with `PYENV_VERSION=2.7.18`).
///
/// Environment: `SPINDLE_EXECUTABLE` overrides where `spindle` is found;
/// `SPINDLE_SAMPLE_TIME_SCALE` overrides the default time scale of 0.2.
/// CPython gets the same time scale through `Tests/CPythonTimeScale`.
enum SampleRunner {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let samplesDirectory = packageRoot.appendingPathComponent("samples")
    static let environment = ProcessInfo.processInfo.environment
    static let timeScale = environment["SPINDLE_SAMPLE_TIME_SCALE"] ?? "0.2"
    /// Longest a sample may run before it is killed and the test fails.
    static let timeLimit: TimeInterval = 60

    /// The interpreter command other than spindle, split on blanks.
    static let alternativeInterpreter: [String]? = environment["SPINDLE_SAMPLE_INTERPRETER"]
        .map { $0.split(separator: " ").map(String.init) }
        .flatMap { $0.isEmpty ? nil : $0 }

    static let dialect: Dialect = {
        guard let command = alternativeInterpreter else { return .spindle }
        let version = try? execute(command + ["-c", "import sys; print(sys.version_info[0])"],
                                   environment: [:])
        return version?.stdout.hasPrefix("2") == true ? .cpython2 : .cpython3
    }()

    /// Runs `samples/<name>` at the test time scale and returns its output;
    /// skips the test when the interpreter cannot parse the sample.
    static func run(_ name: String, language: SampleLanguage,
                    file: StaticString = #filePath, line: UInt = #line) throws -> SampleRun {
        switch (language, dialect) {
        case (.python2, .cpython3): throw XCTSkip("\(name) is Python 2; the interpreter is Python 3")
        case (.python3, .cpython2): throw XCTSkip("\(name) is Python 3; the interpreter is Python 2")
        default: break
        }
        let path = samplesDirectory.appendingPathComponent(name).path
        let result: (stdout: String, stderr: String, status: Int32)
        if let command = alternativeInterpreter {
            let shim = packageRoot.appendingPathComponent("Tests/CPythonTimeScale").path
            result = try execute(command + [path],
                                 environment: ["PYTHONPATH": shim, "SPINDLE_TIME_SCALE": timeScale])
        } else {
            result = try execute([try spindleExecutable().path, "--time-scale", timeScale, path],
                                 environment: [:])
        }
        XCTAssertEqual(result.status, 0, "\(name) exited with status \(result.status); stderr:\n\(result.stderr)",
                       file: file, line: line)
        return SampleRun(sample: name, dialect: dialect, status: result.status,
                         stdout: Transcript(name: "\(name) stdout", text: result.stdout),
                         stderr: Transcript(name: "\(name) stderr", text: result.stderr))
    }

    /// The built `spindle` next to this test bundle (the build's products
    /// directory), or under `.build/debug` of this package.
    static func spindleExecutable() throws -> URL {
        if let path = environment["SPINDLE_EXECUTABLE"] { return URL(fileURLWithPath: path) }
        let bundleDirectories = [Bundle.main.executableURL, Bundle(for: BundleMarker.self).bundleURL]
            .compactMap { $0?.deletingLastPathComponent() }
        let candidates = bundleDirectories + [packageRoot.appendingPathComponent(".build/debug")]
        for directory in candidates {
            let url = directory.appendingPathComponent("spindle")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw SampleRunnerError.executableNotFound(candidates.map(\.path))
    }

    /// Runs a command to completion (killing it after `timeLimit`), with
    /// its output collected in temporary files so no pipe can fill up.
    static func execute(_ command: [String], environment extra: [String: String]) throws
        -> (stdout: String, stderr: String, status: Int32) {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("spindle-sample-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.environment = environment.merging(extra) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw SampleRunnerError.timedOut(command.joined(separator: " "), timeLimit)
        }
        return (try String(contentsOf: outURL, encoding: .utf8),
                try String(contentsOf: errURL, encoding: .utf8),
                process.terminationStatus)
    }
}

/// Why a sample could not be run at all.
enum SampleRunnerError: Error, CustomStringConvertible {
    case executableNotFound([String])
    case timedOut(String, TimeInterval)

    var description: String {
        switch self {
        case .executableNotFound(let places):
            return "spindle executable not found in \(places); build it or set SPINDLE_EXECUTABLE"
        case .timedOut(let command, let limit):
            return "\(command) still running after \(Int(limit)) s"
        }
    }
}

/// Lets `Bundle(for:)` find the bundle these tests are built into.
private final class BundleMarker {}
