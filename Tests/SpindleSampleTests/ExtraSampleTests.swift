import XCTest

/// Samples beyond the article: barriers, queues, `Condition.wait_for`, a
/// thread pool, exceptions in threads and a two-handler logging setup.
/// Expected output is what CPython 3.9 (and 2.7 where noted) prints.
final class ExtraSampleTests: XCTestCase {
    func testBarrier() throws {
        let run = try SampleRunner.run("threading_barrier.py", language: .python3)
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        let workers = ["worker-0", "worker-1", "worker-2"]
        log.expectThreads(Set(workers + ["MainThread"]))
        var indices: [String] = []
        for name in workers {
            // The barrier's action runs in exactly one of the workers.
            let acts = log.messages(of: name).contains("all 3 workers arrived")
            let values = log.expect(name, sequence: ["working for {float}", "waiting at the barrier"]
                + (acts ? ["all 3 workers arrived"] : []) + ["passed the barrier as {int}"])
            indices += values.last ?? []
        }
        XCTAssertEqual(log.entries.filter { $0.message == "all 3 workers arrived" }.count, 1)
        XCTAssertEqual(indices.sorted(), ["0", "1", "2"])
        log.expectAll("waiting at the barrier", before: "all 3 workers arrived")
        log.expectAll("all 3 workers arrived", before: "passed the barrier as {int}")
        log.expectLast("MainThread", "barrier broken: False")
    }

    func testQueue() throws {
        let run = try SampleRunner.run("threading_queue.py", language: .python3)
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        let consumers = ["consumer-0", "consumer-1"]
        XCTAssertTrue(log.threads.isSubset(of: Set(consumers + ["MainThread"])), "\(log.threads)")
        log.expect("MainThread", sequence: (0..<8).map { LinePattern("producing item \($0)") }
            + ["all items processed, 0 left in the queue"])
        var consumed: [Int] = []
        for name in consumers {
            let items = log.messages(of: name).map { LinePattern("consumed item {int}").match($0)?.first.flatMap { Int($0) } ?? -1 }
            XCTAssertEqual(items, items.sorted(), "\(name) takes items in queue order")
            consumed += items
        }
        XCTAssertEqual(consumed.sorted(), Array(0..<8), "every item consumed once")
        log.expectAll("consumed item {int}", before: "all items processed, {int} left in the queue")
    }

    func testConditionWaitFor() throws {
        let run = try SampleRunner.run("threading_condition_wait_for.py", language: .python3)
        run.stdout.expectEmpty()
        let log = ThreadLog(run.stderr)
        log.expectThreads(["producer", "small", "large", "MainThread"])
        log.expect("producer", sequence: (0..<5).map { LinePattern("added \($0)") })
        log.expect("small", sequence: ["ready: True, batch of 3: [0, 1, 2]"])
        log.expect("large", sequence: ["ready: True, batch of 5: [0, 1, 2, 3, 4]"])
        log.expectOrder(("producer", "added 2"), before: ("small", "ready: {any}"))
        log.expectOrder(("producer", "added 4"), before: ("large", "ready: {any}"))
        log.expectLast("MainThread", "ten items within 0.5 s: False")
    }

    func testPool() throws {
        let run = try SampleRunner.run("threading_pool.py", language: .python3)
        run.stdout.expectSequence(["results: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]", "total: 285"])
        let log = ThreadLog(run.stderr)
        let workers = ["pool-0", "pool-1", "pool-2"]
        log.expectThreads(Set(workers))
        var jobs: [String] = []
        for name in workers {
            let messages = log.messages(of: name)
            let done = messages.dropLast()
            jobs += done
            XCTAssertEqual(messages.last, "stopping after \(done.count) jobs")
        }
        XCTAssertEqual(jobs.sorted(), (0..<10).map { "square(\($0)) -> \($0 * $0)" }.sorted())
    }

    func testExceptHook() throws {
        let run = try SampleRunner.run("threading_excepthook.py", language: .python3)
        run.stdout.expectSequence([
            "parser failed with ValueError: invalid literal for int() with base 10: 'forty-two'",
            "parser alive after the exception: False",
            "divider failed with ZeroDivisionError: division by zero",
            "divider alive after the exception: False",
            "main thread still running",
        ])
        run.stderr.expectEmpty()
    }

    func testLoggingTwoHandlers() throws {
        let run = try SampleRunner.run("logging_two_handlers.py", language: .either)
        // INFO and up, short format, on stdout.
        run.stdout.expectLines(["INFO     app: starting 3 jobs", "WARNING  app: all jobs finished"]
            + (0..<3).map { LinePattern("INFO     app.job\($0): job \($0) done") })
        run.stdout.expectOrder("INFO     app: starting 3 jobs", before: "INFO     app.job{int}: {any}")
        run.stdout.expectOrder("INFO     app.job{int}: {any}", before: "WARNING  app: all jobs finished")
        run.stdout.expectEnds(with: ["WARNING  app: all jobs finished"])
        // Everything, with time and thread, on stderr.
        run.stderr.expectLines(["{time} INFO [MainThread] app: starting 3 jobs",
                                "{time} WARNING [MainThread] app: all jobs finished",
                                "{time} DEBUG [MainThread] app: shutting down"]
            + (0..<3).flatMap { n in [LinePattern("{time} DEBUG [job-\(n)] app.job\(n): starting job \(n)"),
                                      LinePattern("{time} INFO [job-\(n)] app.job\(n): job \(n) done")] })
        run.stderr.expectEnds(with: ["{time} WARNING [MainThread] app: all jobs finished",
                                     "{time} DEBUG [MainThread] app: shutting down"])
        run.stderr.expectOrder("{time} INFO [MainThread] app: starting 3 jobs", before: "{time} {word} [job-{int}] {any}")
        for n in 0..<3 {
            run.stderr.expectOrder(LinePattern("{time} DEBUG [job-\(n)] {any}"), before: LinePattern("{time} INFO [job-\(n)] {any}"))
        }
    }
}
