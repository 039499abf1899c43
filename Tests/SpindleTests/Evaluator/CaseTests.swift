import Foundation
import XCTest
@testable import Spindle

/// The data-driven corpus: every `Cases/<name>.py` runs through the
/// embedding API and must print exactly `<name>.out` on stdout, exactly
/// `<name>.err` on stderr when that file exists, and exit with the status
/// in `<name>.code` (0 when absent). The expectations come from CPython
/// (`Cases/regenerate.sh`).
final class CaseTests: XCTestCase {
    func testEveryCase() throws {
        let directory = CaseRunner.casesDirectory
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".py") }
            .map { String($0.dropLast(3)) }
            .sorted()
        XCTAssertGreaterThan(names.count, 0, "no cases found in \(directory.path)")
        let only = ProcessInfo.processInfo.environment["SPINDLE_CASE"]
        var failures: [String] = []
        for name in names where only == nil || name.hasPrefix(only!) {
            if let problem = try check(name, in: directory) { failures.append(problem) }
        }
        XCTAssert(failures.isEmpty, "\(failures.count) of \(names.count) cases failed:\n" + failures.joined(separator: "\n"))
    }

    /// Nil when the case passes, else a description of the differences.
    private func check(_ name: String, in directory: URL) throws -> String? {
        func expected(_ suffix: String) -> String? {
            try? String(contentsOf: directory.appendingPathComponent(name + suffix), encoding: .utf8)
        }
        let outcome = try CaseRunner.run(script: name + ".py", in: directory)
        var problems: [String] = []
        let wantOut = expected(".out") ?? ""
        if outcome.stdout != wantOut {
            problems.append("stdout differs:\n--- expected\n\(wantOut)--- got\n\(outcome.stdout)---")
        }
        if let wantErr = expected(".err"), outcome.stderr != wantErr {
            problems.append("stderr differs:\n--- expected\n\(wantErr)--- got\n\(outcome.stderr)---")
        }
        let wantStatus = Int32(expected(".code")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "0") ?? 0
        if outcome.status != wantStatus {
            problems.append("exit status \(outcome.status), expected \(wantStatus); stderr:\n\(outcome.stderr)")
        }
        return problems.isEmpty ? nil : "[\(name)] " + problems.joined(separator: "\n")
    }
}
