import XCTest
import Synchronization
@testable import Spindle

/// Conditions, semaphores, events and barriers of the native layer.
final class ThreadingSyncTests: XCTestCase {
    /// Waits on `condition` under `lock` (the way Python's Condition does).
    private func wait(_ condition: NativeCondition, _ lock: NativeLock, until deadline: Deadline? = nil) -> WaitOutcome {
        (try? condition.wait(until: deadline, release: { lock.release() }, reacquire: { _ in _ = lock.acquire() })) ?? .timedOut
    }

    func testConditionHandsOverItems() {
        let lock = NativeLock()
        let condition = NativeCondition()
        let items = UnguardedCounter()
        let consumed = Tally()
        let consumers = (0..<4).map { _ in
            NativeThread(stackSize: 1 << 20) {
                for _ in 0..<250 {
                    _ = lock.acquire()
                    while items.value == 0 { _ = self.wait(condition, lock) }
                    items.decrement()
                    lock.release()
                    consumed.add(1)
                }
            }
        }
        for c in consumers { try? c.start() }
        for _ in 0..<1_000 {
            _ = lock.acquire()
            items.increment()
            condition.notify()
            lock.release()
        }
        for c in consumers { _ = c.join() }
        XCTAssertEqual(consumed.all.count, 1_000)
        XCTAssertEqual(items.value, 0)
    }

    func testNotifyWakesExactlyN() {
        let lock = NativeLock()
        let condition = NativeCondition()
        let woken = Tally()
        let waiters = (0..<3).map { i in
            NativeThread(stackSize: 1 << 20) {
                _ = lock.acquire()
                if self.wait(condition, lock, until: .after(seconds: 0.5)) == .signaled { woken.add(i) }
                lock.release()
            }
        }
        for w in waiters { try? w.start() }
        while condition.waitingCount < 3 { Blocking.sleep(realSeconds: 0.001) }
        _ = lock.acquire()
        XCTAssertEqual(condition.notify(2), 2)
        lock.release()
        for w in waiters { _ = w.join() }
        XCTAssertEqual(woken.all.count, 2)
        XCTAssertEqual(condition.waitingCount, 0, "the timed-out waiter dequeued itself")
    }

    func testNotifyAllWakesEveryone() {
        let lock = NativeLock()
        let condition = NativeCondition()
        let woken = Tally()
        runThreadsWith(main: {
            while condition.waitingCount < 5 { Blocking.sleep(realSeconds: 0.001) }
            _ = lock.acquire()
            XCTAssertEqual(condition.notifyAll(), 5)
            lock.release()
        }, workers: 5) { i in
            _ = lock.acquire()
            if self.wait(condition, lock, until: .after(seconds: 10)) == .signaled { woken.add(i) }
            lock.release()
        }
        XCTAssertEqual(woken.all.sorted(), [0, 1, 2, 3, 4])
    }

    func testConditionWaitTimesOut() {
        let lock = NativeLock()
        let condition = NativeCondition()
        _ = lock.acquire()
        var outcome = WaitOutcome.signaled
        let elapsed = milliseconds { outcome = wait(condition, lock, until: .after(seconds: 0.03)) }
        XCTAssertEqual(outcome, .timedOut)
        XCTAssertGreaterThanOrEqual(elapsed, 25)
        XCTAssertTrue(lock.isLocked, "the lock is re-acquired after a timeout")
    }

    func testSemaphoreLimitsConcurrency() {
        let semaphore = NativeSemaphore(value: 3)
        let inside = Atomic<Int>(0)
        let peak = Atomic<Int>(0)
        runThreads(12) { _ in
            for _ in 0..<200 {
                _ = semaphore.acquire()
                let now = inside.add(1, ordering: .relaxed).newValue
                peak.max(now, ordering: .relaxed)
                inside.subtract(1, ordering: .relaxed)
                try? semaphore.release()
            }
        }
        XCTAssertLessThanOrEqual(peak.load(ordering: .relaxed), 3)
        XCTAssertGreaterThanOrEqual(peak.load(ordering: .relaxed), 1)
        XCTAssertEqual(semaphore.value, 3)
    }

    func testBoundedSemaphoreRefusesOverRelease() throws {
        let bounded = NativeSemaphore(value: 2, bounded: true)
        XCTAssertTrue(bounded.tryAcquire())
        try bounded.release()
        XCTAssertThrowsError(try bounded.release()) { error in
            XCTAssertEqual(error as? NativeSemaphore.Failure, .releasedTooManyTimes)
        }
        XCTAssertEqual(bounded.value, 2)
        let plain = NativeSemaphore(value: 0)
        try plain.release(3)
        XCTAssertEqual(plain.value, 3)
        XCTAssertEqual(plain.acquire(until: .after(seconds: 0)), .acquired)
    }

    func testSemaphoreTimedAcquire() {
        let semaphore = NativeSemaphore(value: 0)
        XCTAssertFalse(semaphore.tryAcquire())
        XCTAssertEqual(semaphore.acquire(until: .after(seconds: 0.02)), .timedOut)
    }

    func testEventWaitAndSet() {
        let event = NativeEvent()
        XCTAssertEqual(event.wait(until: .after(seconds: 0.01)), false)
        let seen = Tally()
        runThreadsWith(main: {
            Blocking.sleep(realSeconds: 0.01)
            event.set()
        }, workers: 4) { _ in
            seen.add(event.wait(until: .after(seconds: 10)) == true ? 1 : 0)
        }
        XCTAssertEqual(seen.all, [1, 1, 1, 1])
        XCTAssertTrue(event.isSet)
        event.clear()
        XCTAssertFalse(event.isSet)
    }

    /// Starts `workers` threads, runs `main` on this thread, then joins them.
    private func runThreadsWith(main: () -> Void, workers: Int, _ body: @escaping (Int) -> Void) {
        let threads = (0..<workers).map { i in NativeThread(stackSize: 1 << 20) { body(i) } }
        for t in threads { try? t.start() }
        main()
        for t in threads { _ = t.join() }
    }
}

