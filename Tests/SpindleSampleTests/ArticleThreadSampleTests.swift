import XCTest

/// The threading article's first half: starting, naming, daemon threads,
/// enumerating, subclassing and timers. Each test runs one sample from
/// `samples/` and states what CPython 2.7 prints for it.
final class ArticleThreadSampleTests: XCTestCase {
    private func run(_ name: String) throws -> SampleRun {
        try SampleRunner.run(name, language: .python2)
    }

    func testSimple() throws {
        let run = try run("threading_simple.py")
        run.stdout.expectPrintedItems(of: Array(repeating: "worker", count: 5))
        run.stderr.expectEmpty()
    }

    func testSimpleArgs() throws {
        let run = try run("threading_simpleargs.py")
        run.stdout.expectPrintedItems(of: (0..<5).map { "worker: \($0)" })
        run.stderr.expectEmpty()
    }

    func testNames() throws {
        let run = try run("threading_names.py")
        let names = ["worker", "Thread-1", "my_service"]
        run.stdout.expectPrintedItems(of: names.map { "\($0) Starting" } + names.map { "\($0) Exiting" })
        run.stderr.expectEmpty()
    }

    func testNamesLog() throws {
        let run = try run("threading_names_log.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr, prefix: "[DEBUG] ")
        log.expectThreads(["worker", "Thread-1", "my_service"])
        for name in log.threads {
            log.expect(name, sequence: ["Starting", "Exiting"])
        }
    }

    func testDaemon() throws {
        let run = try run("threading_daemon.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        // The program ends before the daemon wakes up (or, on a busy
        // machine, even before the daemon has logged anything).
        log.expectThreads(["non-daemon"], optional: ["daemon"])
        log.expect("daemon", prefixOf: ["Starting"])
        log.expect("non-daemon", sequence: ["Starting", "Exiting"])
    }

    func testDaemonJoin() throws {
        let run = try run("threading_daemon_join.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        log.expectThreads(["daemon", "non-daemon"])
        log.expect("daemon", sequence: ["Starting", "Exiting"])
        log.expect("non-daemon", sequence: ["Starting", "Exiting"])
    }

    func testDaemonJoinTimeout() throws {
        let run = try run("threading_daemon_join_timeout.py")
        run.stdout.expectSequence(["d.isAlive() True"])
        let log = ThreadLog(run.stderr)
        log.expectThreads(["daemon", "non-daemon"])
        log.expect("daemon", sequence: ["Starting"])
        log.expect("non-daemon", sequence: ["Starting", "Exiting"])
    }

    func testEnumerate() throws {
        let run = try run("threading_enumerate.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        let workers = ["Thread-1", "Thread-2", "Thread-3"]
        log.expectThreads(Set(workers + ["MainThread"]))
        for name in workers {
            let values = log.expect(name, sequence: ["sleeping {int}", "ending"])
            let pause = values.first?.first.flatMap { Int($0) } ?? 0
            XCTAssertTrue((1...5).contains(pause), "\(name) sleeps \(pause), not randint(1, 5)")
        }
        let joined = log.messages(of: "MainThread")
        XCTAssertEqual(joined.sorted(), workers.map { "joining \($0)" })
        // join() returns only after the thread's last message.
        for (previous, next) in zip(joined, joined.dropFirst()) {
            let thread = String(previous.dropFirst("joining ".count))
            log.expectOrder((thread, "ending"), before: ("MainThread", LinePattern(next)))
        }
    }

    func testSubclass() throws {
        let run = try run("threading_subclass.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        log.expectThreads(Set((1...5).map { "Thread-\($0)" }))
        for name in log.threads {
            log.expect(name, sequence: ["running"])
        }
    }

    func testSubclassArgs() throws {
        let run = try run("threading_subclass_args.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        log.expectThreads(Set((1...5).map { "Thread-\($0)" }))
        for number in 1...5 {
            log.expect("Thread-\(number)",
                       sequence: [LinePattern("running with (\(number - 1),) and {'a': 'A', 'b': 'B'}")])
        }
    }

    func testTimer() throws {
        let run = try run("threading_timer.py")
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        log.expectThreads(["MainThread", "t1"])  // t2 was cancelled and never runs
        log.expect("MainThread", sequence: ["starting timers", "waiting before canceling t2",
                                            "canceling t2", "done"])
        log.expect("t1", sequence: ["worker running"])
    }
}
