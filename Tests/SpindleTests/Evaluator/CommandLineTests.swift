import Foundation
import XCTest

/// End-to-end runs of the built `spindle` executable: argument handling,
/// exit statuses and the error messages of the command itself.
final class CommandLineTests: XCTestCase {
    struct Run {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The `spindle` binary next to the test bundle (built with the tests).
    private var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("spindle")
    }

    private func spindle(_ arguments: [String], stdin: String? = nil,
                         directory: URL? = nil) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            XCTFail("spindle executable not built at \(executable.path)")
            return Run(stdout: "", stderr: "", status: -1)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin.data(using: .utf8)!) }
        input.fileHandleForWriting.closeFile()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(stdout: String(decoding: stdoutData, as: UTF8.self),
                   stderr: String(decoding: stderrData, as: UTF8.self),
                   status: process.terminationStatus)
    }

    private func temporaryScript(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spindle-e2e-\(UUID().uuidString).py")
        try text.write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testCommandString() throws {
        let run = try spindle(["-c", "print(1 + 2)"])
        XCTAssertEqual(run.stdout, "3\n")
        XCTAssertEqual(run.status, 0)
    }

    func testScriptReceivesArgumentsUntouched() throws {
        let script = try temporaryScript("import sys\nprint(sys.argv[1:])\n")
        let run = try spindle([script.path, "-x", "--flag", "value"])
        XCTAssertEqual(run.stdout, "['-x', '--flag', 'value']\n", run.stderr)
    }

    func testProgramFromStandardInput() throws {
        let run = try spindle(["-"], stdin: "x = 6\nprint(x * 7)\n")
        XCTAssertEqual(run.stdout, "42\n")
    }

    func testUncaughtExceptionExitsWithOneAndPrintsTraceback() throws {
        let run = try spindle(["-c", "def f():\n    return 1 // 0\nf()\n"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr, """
            Traceback (most recent call last):
              File "<string>", line 3, in <module>
              File "<string>", line 2, in f
            ZeroDivisionError: integer division or modulo by zero

            """)
    }

    func testSystemExitStatus() throws {
        XCTAssertEqual(try spindle(["-c", "raise SystemExit(7)"]).status, 7)
        let message = try spindle(["-c", "raise SystemExit('bye')"])
        XCTAssertEqual(message.status, 1)
        XCTAssertEqual(message.stderr, "bye\n")
    }

    func testSyntaxErrorAtLoad() throws {
        let run = try spindle(["-c", "x = (1,\n"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("SyntaxError"), run.stderr)
    }

    func testMissingScript() throws {
        let run = try spindle(["no_such_script.py"])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr, "spindle: can't open file 'no_such_script.py': [Errno 2] No such file or directory\n")
    }

    func testUnknownOption() throws {
        let run = try spindle(["--bogus"])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr.split(separator: "\n").first, "spindle: unknown option '--bogus'")
    }

    func testVersion() throws {
        let run = try spindle(["--version"])
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stdout.hasPrefix("spindle "), run.stdout)
    }

    func testHelpDescribesTheOptions() throws {
        for flag in ["--help", "-h"] {
            let run = try spindle([flag])
            XCTAssertEqual(run.status, 0)
            XCTAssertTrue(run.stdout.contains("USAGE: spindle"), run.stdout)
            XCTAssertTrue(run.stdout.contains("--time-scale <factor>"), run.stdout)
        }
    }

    func testWordsAfterTheCommandBelongToTheProgram() throws {
        let run = try spindle(["-c", "import sys; print(sys.argv)", "--help", "-c", "x"])
        XCTAssertEqual(run.stdout, "['-c', '--help', '-c', 'x']\n", run.stderr)
        let joined = try spindle(["-cprint(40 + 2)"])
        XCTAssertEqual(joined.stdout, "42\n", joined.stderr)
    }

    func testTimeScaleOption() throws {
        // Unscaled, the program would sleep for 20 minutes.
        let program = "import time; time.sleep(1200); print('woke')"
        for words in [["--time-scale", "0.0001"], ["--time-scale=0.0001"]] {
            let run = try spindle(words + ["-c", program])
            XCTAssertEqual(run.stdout, "woke\n", run.stderr)
        }
    }

    func testBadOptionValues() throws {
        let missing = try spindle(["-c"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "spindle: missing value for '-c'\nTry 'spindle --help' for more information.\n")
        let scale = try spindle(["--time-scale", "fast", "-c", "pass"])
        XCTAssertEqual(scale.status, 2)
        XCTAssertEqual(scale.stderr.split(separator: "\n").first,
                       "spindle: invalid value 'fast' for '--time-scale': expected a positive number")
    }

    func testDoubleDashEndsTheOptions() throws {
        let script = try temporaryScript("import sys\nprint(sys.argv[1:])\n")
        let run = try spindle(["--", script.path, "--version"])
        XCTAssertEqual(run.stdout, "['--version']\n", run.stderr)
    }

    func testControlCInterruptsARunningLoop() throws {
        let script = try temporaryScript("""
            import sys
            sys.stdout.write("started\\n")
            sys.stdout.flush()
            try:
                while True:
                    pass
            except KeyboardInterrupt:
                print("interrupted")
            """)
        let process = Process()
        process.executableURL = executable
        process.arguments = [script.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let started = out.fileHandleForReading.availableData
        XCTAssertEqual(String(decoding: started, as: UTF8.self), "started\n")
        process.interrupt()
        let rest = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(String(decoding: rest, as: UTF8.self), "interrupted\n")
        XCTAssertEqual(process.terminationStatus, 0)
    }
}
