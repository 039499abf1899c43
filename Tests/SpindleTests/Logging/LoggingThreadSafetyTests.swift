import XCTest
@testable import Spindle

/// Records logged from many threads at once reach a file whole: no line is
/// torn or interleaved with another, none is lost, and each thread's
/// records keep their order.
final class LoggingThreadSafetyTests: XCTestCase {
    private func call(_ thread: ThreadState, _ module: PyModule, _ name: String,
                      _ positional: [Value], _ keywords: [(name: String, value: Value)] = []) throws {
        guard let function = module.namespace[name] else { return XCTFail("logging.\(name) missing") }
        _ = try thread.call(function, Arguments(positional, keywords: keywords))
    }

    func testEightThreadsOfFiveThousandRecordsToOneFile() throws {
        let path = NSTemporaryDirectory() + "spindle-logging-\(getpid()).log"
        try? FileManager.default.removeItem(atPath: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let interpreter = Interpreter()
        let logging = LoggingModule.make(interpreter)
        let main = ThreadState(interpreter: interpreter)
        try call(main, logging, "basicConfig", [], [
            ("filename", .str(path)), ("level", .int(10)),
            ("format", .str("%(levelname)-8s|%(message)s|end")),
        ])
        let workers = 8, perWorker = 5_000
        let failures = Tally()
        runThreads(workers) { k in
            let thread = ThreadState(interpreter: interpreter)
            for i in 0..<perWorker {
                let name = i % 2 == 0 ? "info" : "debug"
                let message = Value.str("worker %d record %d padding-%s")
                do {
                    try self.call(thread, logging, name, [message, .int(k), .int(i), .str(String(repeating: "x", count: i % 97))])
                } catch {
                    failures.add(k)
                }
            }
        }
        try call(main, logging, "shutdown", [])
        XCTAssertEqual(failures.all, [])

        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, workers * perWorker)
        var next = [Int](repeating: 0, count: workers)
        var malformed = 0
        for line in lines {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false)
            let words = parts.count == 3 ? parts[1].split(separator: " ") : []
            guard parts.count == 3, parts[2] == "end", words.count == 5,
                  let k = Int(words[1]), let i = Int(words[3]), (0..<workers).contains(k),
                  words[4] == "padding-" + String(repeating: "x", count: i % 97),
                  parts[0] == (i % 2 == 0 ? "INFO    " : "DEBUG   ") else {
                malformed += 1
                continue
            }
            XCTAssertEqual(i, next[k], "records of worker \(k) out of order")
            next[k] = i + 1
        }
        XCTAssertEqual(malformed, 0)
        XCTAssertEqual(next, [Int](repeating: perWorker, count: workers))
    }
}
