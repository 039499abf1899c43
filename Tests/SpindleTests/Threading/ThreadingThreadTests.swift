import XCTest
import Synchronization
@testable import Spindle

/// Native threads, the wait registry, interrupts and the time scale.
final class ThreadingThreadTests: XCTestCase {
    func testThreadsHaveDistinctIdentities() {
        // Idents of finished threads may be reused, so all four stay alive together.
        let idents = Tally()
        let together = NativeBarrier(parties: 4)
        let threads = (0..<4).map { _ in
            NativeThread(stackSize: 1 << 20) {
                idents.add(Int(bitPattern: Waiter.currentIdent()))
                _ = try? together.wait(until: .after(seconds: 10))
            }
        }
        for t in threads { try? t.start() }
        for t in threads { XCTAssertEqual(t.join(), .signaled) }
        XCTAssertEqual(Set(idents.all).count, 4)
        XCTAssertEqual(Set(threads.map { $0.nativeID }).count, 4)
        XCTAssertFalse(threads.map { $0.ident }.contains(0))
        XCTAssertTrue(threads.allSatisfy { $0.isFinished })
    }

    func testStartingTwiceFails() throws {
        let thread = NativeThread(stackSize: 1 << 20) {}
        try thread.start()
        XCTAssertThrowsError(try thread.start()) { error in
            XCTAssertEqual(error as? NativeThread.StartFailure, .alreadyStarted)
        }
        _ = thread.join()
    }

    func testJoinTimesOutAndRegistryShowsTheWait() {
        let gate = NativeEvent()
        let thread = NativeThread { _ = gate.wait() }
        try? thread.start()
        XCTAssertEqual(thread.join(until: .after(seconds: 0.02)), .timedOut)
        while !Waits.snapshot().contains(where: { $0.wait.target.object == ObjectIdentifier(gate) }) {
            Blocking.sleep(realSeconds: 0.001)
        }
        XCTAssertTrue(Waits.describe().contains("event"))
        gate.set()
        XCTAssertEqual(thread.join(until: .after(seconds: 10)), .signaled)
    }

    func testDeepRecursionOnDefaultStack() throws {
        try XCTSkipIf(threadSanitizerIsActive, "ThreadSanitizer's per-thread shadow stack cannot follow 400,000 frames")
        func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
        let result = Atomic<Int>(0)
        let thread = NativeThread { result.store(depth(400_000), ordering: .relaxed) }
        try? thread.start()
        _ = thread.join()
        XCTAssertEqual(result.load(ordering: .relaxed), 400_000)
    }

    func testEndedThreadsLeaveTheirStacksForReuse() {
        // One thread at a time: each ends before the next starts, so the
        // next one runs on a returned stack instead of a new mapping.
        let bases = Tally()
        for _ in 0..<200 {
            let thread = NativeThread(stackSize: 1 << 20) {
                bases.add(Int(NativeThread.currentStack()?.low ?? 0))
            }
            try? thread.start()
            XCTAssertEqual(thread.join(until: .after(seconds: 30)), .signaled)
        }
        XCTAssertEqual(bases.all.count, 200)
        XCTAssertFalse(bases.all.contains(0))
        XCTAssertLessThan(Set(bases.all).count, ThreadStacks.kept + 8)
    }

    func testRecursionOnAReusedStackAfterADeepOne() throws {
        try XCTSkipIf(threadSanitizerIsActive, "ThreadSanitizer's per-thread shadow stack cannot follow 400,000 frames")
        func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
        let result = Atomic<Int>(0)
        for _ in 0..<3 {
            let thread = NativeThread { result.add(depth(400_000), ordering: .relaxed) }
            try? thread.start()
            _ = thread.join()
        }
        XCTAssertEqual(result.load(ordering: .relaxed), 1_200_000)
    }

    func testThousandIdleThreads() {
        let gate = NativeEvent()
        // ThreadSanitizer cannot shadow a thousand 512 MB stacks; there the
        // thread count is what is tested, on small stacks.
        let stack = threadSanitizerIsActive ? 1 << 20 : NativeThread.defaultStackSize
        let threads = (0..<1_000).map { _ in NativeThread(stackSize: stack) { _ = gate.wait() } }
        var startedCount = 0
        for t in threads where (try? t.start()) != nil { startedCount += 1 }
        XCTAssertEqual(startedCount, 1_000)
        gate.set()
        for t in threads { XCTAssertEqual(t.join(until: .after(seconds: 30)), .signaled) }
    }

    func testInterruptWakesMainThreadWait() {
        Interrupts.designateMainThread()
        let event = NativeEvent()
        let interrupter = NativeThread(stackSize: 1 << 20) {
            Blocking.sleep(realSeconds: 0.02)
            Interrupts.deliver()
        }
        try? interrupter.start()
        XCTAssertNil(event.wait(until: .after(seconds: 10)), "nil means interrupted")
        _ = interrupter.join()
        XCTAssertFalse(Interrupts.takePending(), "the wait consumed the interrupt")
        let lock = NativeLock()
        _ = lock.acquire()
        Interrupts.deliver()
        XCTAssertEqual(lock.acquire(until: .after(seconds: 10)), .interrupted)
    }

    func testTimeScaleStretchesWaitsAndSlowsClocks() {
        let scale = TimeScale(0.1)
        XCTAssertEqual(scale.realSeconds(2), 0.2, accuracy: 1e-12)
        let elapsed = milliseconds { Blocking.sleep(realSeconds: scale.realSeconds(0.3)) }
        XCTAssertGreaterThanOrEqual(elapsed, 28)
        XCTAssertLessThan(elapsed, 250)
        let before = scale.monotonicTime()
        Blocking.sleep(realSeconds: 0.01)
        XCTAssertGreaterThanOrEqual(scale.monotonicTime() - before, 0.09, "10 ms real read as ~0.1 s script time")
        XCTAssertEqual(TimeScale(0).factor, 1.0, "a nonsense scale falls back to 1")
    }
}
