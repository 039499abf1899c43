import XCTest

/// The sample checks are only as strict as their helpers: these pin down
/// what the patterns and matchers accept and reject.
final class CheckHelperTests: XCTestCase {
    func testPlaceholdersMatchStrictly() {
        let pattern: LinePattern = "{time} (c1) at {addr}, value={int}, pause {float}"
        let values = pattern.match("2026-11-24 21:46:59,790 (c1) at 0x7f89cc77ead0, value=42, pause 0.51")
        XCTAssertEqual(values, ["2026-11-24 21:46:59,790", "0x7f89cc77ead0", "42", "0.51"])
        XCTAssertNil(pattern.match("2026-11-24 21:46:59.790 (c1) at 0x7f89cc77ead0, value=42, pause 0.51"))
        XCTAssertNil(pattern.match("2026-11-24 21:46:59,790 (c1) at 7f89cc77ead0, value=42, pause 0.51"))
        XCTAssertNil(pattern.match("2026-11-24 21:46:59,790 (c1) at 0x7f89cc77ead0, value=4x, pause 0.51"))
        XCTAssertNil(pattern.match("2026-11-24 21:46:59,790 (c1) at 0x7f89cc77ead0, value=42, pause 0.51 "))
    }

    func testLiteralTextIsNotARegex() {
        XCTAssertTrue(LinePattern("running with (0,) and {'a': 'A'}").matches("running with (0,) and {'a': 'A'}"))
        XCTAssertFalse(LinePattern("a.c").matches("abc"))
        XCTAssertFalse(LinePattern("Counter: 4").matches("Counter: 44"))
    }

    func testSetMatchingFindsAPerfectMatching() {
        var problems: [String] = []
        // The greedy choice ("{word} Starting" taking "worker Starting") would fail.
        let values = LineMatching.set(["{word} Starting", "worker Starting"],
                                      ["worker Starting", "Thread-1 Starting"], report: { problems.append($0) })
        XCTAssertEqual(problems, [])
        XCTAssertEqual(values, [["Thread-1"], []])
        _ = LineMatching.set(["a", "a"], ["a", "b"], report: { problems.append($0) })
        XCTAssertEqual(problems, ["no line for: a", "unexpected lines: b"])
    }

    func testShuffleKeepsItemsWhole() {
        XCTAssertTrue(LineMatching.isShuffle(of: ["worker", "Starting", "Thread-1", "Starting"],
                                             "workerThread-1 Starting\nStarting\n"))
        XCTAssertFalse(LineMatching.isShuffle(of: ["worker", "Starting"], "worker Start\ning"))
        XCTAssertFalse(LineMatching.isShuffle(of: ["worker", "Starting"], "workerStartingStarting"))
        XCTAssertFalse(LineMatching.isShuffle(of: ["worker", "Starting"], "workStartinger"))
    }

    /// Collects what a check reports instead of failing the test.
    private final class Failures {
        var messages: [String] = []
        func transcript(_ text: String) -> Transcript {
            Transcript(name: "out", text: text, reporter: { message, _, _ in self.messages.append(message) })
        }
    }

    func testPrintedItems() {
        let failures = Failures()
        let expected = ["worker Starting", "Thread-1 Starting"]
        failures.transcript("workerThread-1 Starting\n Starting\n").expectPrintedItems(of: expected)
        failures.transcript("worker  Starting\nThread-1Starting\n\n").expectPrintedItems(of: expected)
        XCTAssertEqual(failures.messages, [])
        failures.transcript("worker Starting\n").expectPrintedItems(of: expected)
        XCTAssertEqual(failures.messages.count, 2, "a missing item and a missing line break")
        failures.transcript("worker Startin\ngThread-1 Starting\n").expectPrintedItems(of: expected)
        XCTAssertEqual(failures.messages.count, 3, "an item cut in two")
    }

    func testThreadLogChecksPaddingAndOrder() {
        let transcript = Transcript(name: "log", text: "(worker    ) Starting\n(Thread-1  ) Starting\n(worker    ) Exiting\n")
        let log = ThreadLog(transcript)
        log.expectThreads(["worker", "Thread-1"])
        log.expect("worker", sequence: ["Starting", "Exiting"])
        log.expectOrder(("Thread-1", "Starting"), before: ("worker", "Exiting"))
        let failures = Failures()
        _ = ThreadLog(failures.transcript("(worker) Starting\n"))
        XCTAssertEqual(failures.messages.count, 1, "a name padded to the wrong width is not the format's output")
        let daemonLog = ThreadLog(failures.transcript("(daemon    ) Starting\n(daemon    ) Exiting\n"))
        daemonLog.expect("daemon", prefixOf: ["Starting"])
        XCTAssertEqual(failures.messages.count, 2, "a daemon that logged more than allowed")
        daemonLog.expect("daemon", prefixOf: ["Starting", "Exiting", "Gone"])
        XCTAssertEqual(failures.messages.count, 2)
    }
}
