import XCTest

/// The threading article's second half: events, locks, conditions,
/// semaphores and thread-local data. Each test runs one sample from
/// `samples/` and states what CPython 2.7 prints for it.
final class ArticleSyncSampleTests: XCTestCase {
    private func run(_ name: String) throws -> SampleRun {
        try SampleRunner.run(name, language: .python2)
    }

    func testEvent() throws {
        let run = try run("threading_event.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        log.expectThreads(["block", "non-block", "MainThread"])
        log.expect("block", sequence: ["wait_for_event starting", "event set: True"])
        log.expect("non-block", sequence: [
            "wait_for_event_timeout starting", "event set: False", "doing other work",
            "wait_for_event_timeout starting", "event set: True", "processing event",
        ])
        log.expect("MainThread", sequence: ["Waiting before calling Event.set()", "Event is set"])
    }

    func testLock() throws {
        let run = try run("threading_lock.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        log.expectThreads(["MainThread", "Thread-1", "Thread-2"])
        for name in ["Thread-1", "Thread-2"] {
            let values = log.expect(name, sequence: [
                "Sleeping {float}", "Waiting for lock", "Acquired lock",
                "Sleeping {float}", "Waiting for lock", "Acquired lock", "Done",
            ])
            for pause in values.compactMap({ $0.first.flatMap(Double.init) }) {
                XCTAssertTrue(pause >= 0 && pause <= 1, "\(name) sleeps \(pause), not random()")
            }
        }
        log.expect("MainThread", sequence: ["Waiting for worker threads", "Counter: 4"])
        log.expectLast("MainThread", "Counter: 4")
    }

    func testLockNoBlock() throws {
        let run = try run("threading_lock_noblock.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        log.expectThreads(["lockholder", "worker"])

        // The holder alternates for as long as the program runs.
        let held = log.messages(of: "lockholder")
        XCTAssertEqual(held.first, "Starting")
        for (index, message) in held.dropFirst().enumerated() {
            XCTAssertEqual(message, index % 2 == 0 ? "Holding" : "Not holding", "lockholder message \(index + 2)")
        }

        // The worker: Starting, then one try per iteration until it has
        // acquired the lock three times, then a count that matches.
        let tries = log.messages(of: "worker")
        XCTAssertEqual(tries.first, "Starting")
        let iterations = (tries.count - 2) / 2
        XCTAssertEqual(tries.count, 2 + 2 * iterations, "worker lines: \(tries)")
        var acquired = 0
        for number in 1...max(iterations, 1) {
            let pair = Array(tries.dropFirst(2 * number - 1).prefix(2))
            XCTAssertEqual(pair.first, "Trying to acquire")
            let outcome = LinePattern("Iteration \(number): {any}").match(pair.last ?? "")?.first
            XCTAssertTrue(outcome == "Acquired" || outcome == "Not acquired", "worker iteration \(number): \(pair)")
            if outcome == "Acquired" { acquired += 1 }
        }
        XCTAssertEqual(acquired, 3)
        XCTAssertEqual(tries.dropLast().last, "Iteration \(iterations): Acquired")
        XCTAssertEqual(tries.last, "Done after \(iterations) iterations")
    }

    func testLockReacquire() throws {
        let run = try run("threading_lock_reacquire.py")
        run.stdout.expectSequence(["First try: True", "Second try: False"])
        run.stderr.expectEmpty()
    }

    func testRLock() throws {
        let run = try run("threading_rlock.py")
        // Python 2's RLock.acquire() returns 1; Python 3's (and Spindle's) True.
        let second: LinePattern = run.dialect == .cpython2 ? "Second try: 1" : "Second try: True"
        run.stdout.expectSequence(["First try: True", second])
        run.stderr.expectEmpty()
    }

    func testLockWith() throws {
        let run = try run("threading_lock_with.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        log.expectThreads(["Thread-1", "Thread-2"])
        log.expect("Thread-1", sequence: ["lock acquired via with"])
        log.expect("Thread-2", sequence: ["lock acquired directly"])
    }

    func testCondition() throws {
        let run = try run("threading_condition.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr, prefix: "{time} ", width: 2)
        log.expectThreads(["c1", "c2", "p"])
        for consumer in ["c1", "c2"] {
            log.expect(consumer, sequence: ["Starting consumer thread", "Resource is available to consumer"])
            log.expectOrder(("p", "Making resource available"), before: (consumer, "Resource is available to consumer"))
        }
        log.expect("p", sequence: ["Starting producer thread", "Making resource available"])
        log.expectOrder(("c1", "Starting consumer thread"), before: ("c2", "Starting consumer thread"))
        log.expectOrder(("c2", "Starting consumer thread"), before: ("p", "Starting producer thread"))
    }

    func testSemaphore() throws {
        let run = try run("threading_semaphore.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        let names = (0..<4).map { "conn-\($0)" }
        log.expectThreads(Set(names))
        for name in names {
            log.expect(name, sequence: ["Waiting to connect", "Active: {any}", "Active: {any}"])
        }
        // The pool logs under its lock, so the log replays every change:
        // each worker joins, then leaves, and never more than two are active.
        var active: [String] = []
        for entry in log.entries where entry.message.hasPrefix("Active: ") {
            if let index = active.firstIndex(of: entry.thread) {
                active.remove(at: index)
            } else {
                active.append(entry.thread)
            }
            let shown = "[" + active.map { "'\($0)'" }.joined(separator: ", ") + "]"
            XCTAssertEqual(entry.message, "Active: \(shown)", "line \(entry.position + 1)")
            XCTAssertLessThanOrEqual(active.count, 2, "more than two connections at line \(entry.position + 1)")
        }
        XCTAssertEqual(active, [])
    }

    func testLocal() throws {
        let run = try run("threading_local.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        log.expectThreads(["MainThread", "Thread-1", "Thread-2"])
        log.expect("MainThread", sequence: ["No value yet", "value=1000"])
        for name in ["Thread-1", "Thread-2"] {
            let values = log.expect(name, sequence: ["No value yet", "value={int}"])
            let value = values.last?.first.flatMap { Int($0) } ?? 0
            XCTAssertTrue((1...100).contains(value), "\(name) value \(value) is not randint(1, 100)")
        }
    }

    func testLocalDefaults() throws {
        let run = try run("threading_local_defaults.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        log.expectThreads(["MainThread", "Thread-1", "Thread-2"])
        let initializing: LinePattern = "Initializing <__main__.MyLocal object at {addr}>"
        var addresses = log.expect("MainThread", sequence: [initializing, "value=1000"]).first ?? []
        for name in ["Thread-1", "Thread-2"] {
            let values = log.expect(name, sequence: [initializing, "value=1000", "value={int}"])
            addresses += values.first ?? []
            let value = values.last?.first.flatMap { Int($0) } ?? 0
            XCTAssertTrue((1...100).contains(value), "\(name) value \(value) is not randint(1, 100)")
        }
        // __init__ runs once per thread, on the same object.
        XCTAssertEqual(addresses.count, 3)
        XCTAssertEqual(Set(addresses).count, 1, "addresses \(addresses)")
    }
}
