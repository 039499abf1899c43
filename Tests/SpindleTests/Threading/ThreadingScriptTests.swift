import XCTest
import Foundation
@testable import Spindle

/// Runs the threading script cases (`Cases/threading_*.py`, `queue_*.py`,
/// `thread_*.py`) inside the test process — so the sanitizer sees the
/// interpreter's threads — and compares stdout (and the exit status) with
/// what CPython printed.
final class ThreadingScriptTests: XCTestCase {
    private static let casesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Cases")

    /// Runs `source` as `__main__` with fds 1 and 2 sent to files; returns
    /// (stdout, stderr, status).
    static func run(_ source: String, name: String, timeScale: Double = 1) -> (String, String, Int32) {
        var options = InterpreterOptions()
        options.argv = [name]
        options.timeScale = timeScale
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("spindle-\(UUID().uuidString).out")
        let err = out.appendingPathExtension("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        fflush(stdout)
        let savedOut = dup(1), savedErr = dup(2)
        let outFD = open(out.path, O_WRONLY), errFD = open(err.path, O_WRONLY)
        dup2(outFD, 1)
        dup2(errFD, 2)
        let status = Interpreter(options: options).runSource(source, fileName: name)
        dup2(savedOut, 1)
        dup2(savedErr, 2)
        for fd in [outFD, errFD, savedOut, savedErr] { close(fd) }
        let stdoutText = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        let stderrText = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        return (stdoutText, stderrText, status)
    }

    private func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let script = Self.casesDirectory.appendingPathComponent(name + ".py")
        let source = try String(contentsOf: script, encoding: .utf8)
        let expected = try String(contentsOf: Self.casesDirectory.appendingPathComponent(name + ".out"), encoding: .utf8)
        let codeFile = Self.casesDirectory.appendingPathComponent(name + ".code")
        let expectedCode = (try? String(contentsOf: codeFile, encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        let (out, err, status) = Self.run(source, name: name + ".py")
        XCTAssertEqual(out, expected, "stdout of \(name); stderr was:\n\(err)", file: file, line: line)
        XCTAssertEqual(status, expectedCode, "exit status of \(name)", file: file, line: line)
    }

    func testLockBasics() throws { try check("threading_lock_basics") }
    func testThreadAPI() throws { try check("threading_thread_api") }
    func testCounterStress() throws { try check("threading_counter_stress") }
    func testSharedContainers() throws { try check("threading_shared_containers") }
    func testStrAppendWhilePublished() throws { try check("threading_str_append") }
    func testBuiltinCalleeRebinding() throws { try check("eval_builtin_callee_rebinding") }
    func testCondition() throws { try check("threading_condition") }
    func testEventAndTimer() throws { try check("threading_event_timer") }
    func testExceptHook() throws { try check("threading_excepthook") }
    func testShutdownWaitsForNonDaemonThreads() throws { try check("threading_shutdown") }
    func testMainExceptionStillJoinsThreads() throws { try check("threading_main_exception") }
    func testPython2Names() throws { try check("threading_python2_names") }
    func testSemaphoreAndBarrier() throws { try check("threading_semaphore_barrier") }
    func testLocal() throws { try check("threading_local") }
    func testQueue() throws { try check("queue_basics") }
    func testThreadModule() throws { try check("thread_module") }
    func testLockFastPaths() throws { try check("threading_lock_fastpaths") }
    func testHandOffAndStart() throws { try check("threading_handoff") }
    func testStackReuse() throws { try check("threading_stack_reuse") }
    func testRunDropsTargetAndArguments() throws { try check("threading_run_cleanup") }
    func testWithOnContendedLocals() throws { try check("threading_with_contention") }

    /// The default `threading.excepthook` prints CPython's header and the
    /// traceback (without CPython's own `threading.py` frames) to stderr;
    /// the other threads and the main script go on.
    func testUncaughtThreadExceptionIsPrinted() {
        let source = """
        import threading

        def boom():
            raise ValueError("bad value in thread")

        t = threading.Thread(target=boom, name="boomer")
        t.start()
        t.join()
        print("main goes on", t.is_alive())
        """
        let (out, err, status) = Self.run(source, name: "hook.py")
        XCTAssertEqual(out, "main goes on False\n")
        XCTAssertEqual(status, 0)
        XCTAssertEqual(err, """
        Exception in thread boomer:
        Traceback (most recent call last):
          File "hook.py", line 4, in boom
            raise ValueError("bad value in thread")
        ValueError: bad value in thread

        """)
    }

    /// The time scale stretches sleeps and timeouts and slows the clocks a
    /// script reads, so the script still sees the durations it asked for.
    func testTimeScaleReachesSleepAndTimeouts() {
        let source = """
        import threading, time
        start = time.time()
        time.sleep(2)
        threading.Event().wait(1)
        threading.Lock().acquire() and None
        elapsed = time.time() - start
        print(2.9 < elapsed < 4)
        """
        var status: Int32 = -1
        var out = ""
        let milliseconds = milliseconds { (out, _, status) = Self.run(source, name: "scale.py", timeScale: 0.02) }
        XCTAssertEqual(out, "True\n")
        XCTAssertEqual(status, 0)
        XCTAssertLessThan(milliseconds, 1_500, "3 script seconds at scale 0.02 take about 60 ms")
    }

    /// Timed lock and condition waits go through the time scale: a held
    /// lock's `acquire(timeout=5)` and `Condition.wait(5)` give up (False)
    /// after 5 script seconds, which at scale 0.01 is 50 ms of real time.
    func testTimedLockAndConditionWaitsFollowTheTimeScale() {
        let source = """
        import threading, time
        lock = threading.Lock()
        lock.acquire()
        start = time.monotonic()
        print(lock.acquire(timeout=5))
        elapsed = time.monotonic() - start
        print(5 <= elapsed < 50)
        cond = threading.Condition(threading.RLock())
        with cond:
            start = time.monotonic()
            print(cond.wait(5), cond.wait_for(lambda: False, timeout=2))
            elapsed = time.monotonic() - start
        print(7 <= elapsed < 70)
        """
        let (out, err, status) = Self.run(source, name: "scaled_locks.py", timeScale: 0.01)
        XCTAssertEqual(out, "False\nTrue\nFalse False\nTrue\n", "stderr: \(err)")
        XCTAssertEqual(status, 0)
    }
}
