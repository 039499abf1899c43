import XCTest
@testable import Spindle

/// The native barrier's generations, action, timeout, abort and reset.
final class ThreadingBarrierTests: XCTestCase {
    func testGenerationsHandOutEveryIndexOnce() {
        let barrier = NativeBarrier(parties: 4)
        let indices = Tally()
        let actions = Tally()
        runThreads(4) { _ in
            for round in 0..<20 {
                if let i = try? barrier.wait(until: nil, action: { actions.add(round) }) {
                    indices.add(round * 10 + i)
                }
            }
        }
        let expected = (0..<20).flatMap { r in (0..<4).map { r * 10 + $0 } }
        XCTAssertEqual(indices.all.sorted(), expected)
        XCTAssertEqual(actions.all, Array(0..<20), "the action runs once per generation, in order")
        XCTAssertFalse(barrier.isBroken)
        XCTAssertEqual(barrier.waitingCount, 0)
    }

    func testTimeoutBreaksBarrierForEveryone() {
        let barrier = NativeBarrier(parties: 3)
        let failures = Tally()
        runThreads(2) { i in
            do {
                _ = try barrier.wait(until: i == 0 ? .after(seconds: 0.05) : nil)
            } catch {
                failures.add((error as? NativeBarrier.Failure) == .broken ? 1 : 0)
            }
        }
        XCTAssertEqual(failures.all, [1, 1])
        XCTAssertTrue(barrier.isBroken)
        XCTAssertThrowsError(try barrier.wait(until: nil))
        barrier.reset()
        XCTAssertFalse(barrier.isBroken)
    }

    func testFailingActionBreaksBarrier() {
        struct Boom: Error {}
        let barrier = NativeBarrier(parties: 2)
        let outcomes = Tally()
        runThreads(2) { _ in
            do {
                _ = try barrier.wait(until: .after(seconds: 10), action: { throw Boom() })
                outcomes.add(0)
            } catch is Boom {
                outcomes.add(1)
            } catch {
                outcomes.add(2)
            }
        }
        XCTAssertEqual(outcomes.all.sorted(), [1, 2], "one thread sees the action's error, the other a broken barrier")
    }

    func testAbortReleasesWaiters() {
        let barrier = NativeBarrier(parties: 5)
        let failures = Tally()
        let waiters = (0..<3).map { _ in
            NativeThread(stackSize: 1 << 20) {
                do { _ = try barrier.wait(until: nil) } catch { failures.add(1) }
            }
        }
        for w in waiters { try? w.start() }
        while barrier.waitingCount < 3 { Blocking.sleep(realSeconds: 0.001) }
        barrier.abort()
        for w in waiters { _ = w.join() }
        XCTAssertEqual(failures.all, [1, 1, 1])
    }
}
