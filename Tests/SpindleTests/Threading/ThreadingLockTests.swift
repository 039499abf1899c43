import XCTest
@testable import Spindle

/// The native lock and re-entrant lock: exclusion, timeouts, ownership.
final class ThreadingLockTests: XCTestCase {
    func testManyThreadsKeepCounterExact() {
        let lock = NativeLock()
        let counter = UnguardedCounter()
        runThreads(16) { _ in
            for _ in 0..<5_000 {
                XCTAssertEqual(lock.acquire(), .acquired)
                counter.increment()
                lock.release()
            }
        }
        XCTAssertEqual(counter.value, 80_000)
        XCTAssertFalse(lock.isLocked)
    }

    func testTryAcquireFailsWhileHeld() {
        let lock = NativeLock()
        XCTAssertTrue(lock.tryAcquire())
        XCTAssertFalse(lock.tryAcquire())
        XCTAssertTrue(lock.release())
        XCTAssertFalse(lock.release(), "releasing an unlocked lock reports failure")
        XCTAssertTrue(lock.tryAcquire())
    }

    func testTimedAcquireGivesUp() {
        let lock = NativeLock()
        XCTAssertEqual(lock.acquire(), .acquired)
        var result = AcquireResult.acquired
        let elapsed = milliseconds { result = lock.acquire(until: .after(seconds: 0.05)) }
        XCTAssertEqual(result, .timedOut)
        XCTAssertGreaterThanOrEqual(elapsed, 45)
        XCTAssertLessThan(elapsed, 2_000)
    }

    func testAnotherThreadMayRelease() {
        let lock = NativeLock()
        XCTAssertEqual(lock.acquire(), .acquired)
        let releaser = NativeThread(stackSize: 1 << 20) {
            Blocking.sleep(realSeconds: 0.02)
            lock.release()
        }
        try? releaser.start()
        XCTAssertEqual(lock.acquire(until: .after(seconds: 5)), .acquired, "woken by a release from another thread")
        _ = releaser.join()
    }

    func testRLockCountsAndOwnership() throws {
        let rlock = NativeRLock()
        for _ in 0..<3 { XCTAssertEqual(rlock.acquire(), .acquired) }
        XCTAssertEqual(rlock.count, 3)
        XCTAssertTrue(rlock.isOwnedByCurrentThread())
        let otherGotIt = Tally()
        let other = NativeThread(stackSize: 1 << 20) {
            otherGotIt.add(rlock.acquire(blocking: false) == .acquired ? 1 : 0)
            do { try rlock.release(); otherGotIt.add(2) } catch { otherGotIt.add(3) }
        }
        try other.start()
        _ = other.join()
        XCTAssertEqual(otherGotIt.all, [0, 3], "another thread can neither take nor release it")
        try rlock.release()
        try rlock.release()
        XCTAssertEqual(rlock.count, 1)
        try rlock.release()
        XCTAssertNil(rlock.ownerIdent)
        XCTAssertThrowsError(try rlock.release())
    }

    func testRLockReleaseAllAndRestore() throws {
        let rlock = NativeRLock()
        _ = rlock.acquire()
        _ = rlock.acquire()
        let saved = try rlock.releaseAll()
        XCTAssertEqual(saved, 2)
        XCTAssertNil(rlock.ownerIdent)
        rlock.restore(count: saved)
        XCTAssertEqual(rlock.count, 2)
        try rlock.release()
        try rlock.release()
        XCTAssertNil(rlock.ownerIdent)
    }

    func testRLockExcludesOtherThreads() {
        let rlock = NativeRLock()
        let counter = UnguardedCounter()
        runThreads(8) { _ in
            for _ in 0..<2_000 {
                _ = rlock.acquire()
                _ = rlock.acquire()
                counter.increment()
                try? rlock.release()
                try? rlock.release()
            }
        }
        XCTAssertEqual(counter.value, 16_000)
    }
}
