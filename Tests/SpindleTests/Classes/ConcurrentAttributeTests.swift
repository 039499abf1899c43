import XCTest
@testable import Spindle

/// Attribute reads and writes from several native threads at once: shared
/// shapes, per-instance locks and class-namespace invalidation.
final class ConcurrentAttributeTests: ClassModelTestCase {
    func testThreadsAddDistinctAttributesToSharedInstances() throws {
        let cls = try makeClass("Shared")
        let objects = try (0..<8).map { _ in try thread.call(.object(cls), Arguments()) }
        let interpreter = self.interpreter
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            let local = ThreadState(interpreter: interpreter)
            for round in 0..<500 {
                for object in objects {
                    try? local.setAttribute(object, "w\(worker)_\(round % 7)", .int(round))
                    _ = try? local.getAttribute(object, "w\(worker)_\(round % 7)")
                }
            }
        }
        for object in objects {
            for worker in 0..<4 {
                for slot in 0..<7 {
                    let expected = (0..<500).last { $0 % 7 == slot }!
                    XCTAssertTrue(try thread.getAttribute(object, "w\(worker)_\(slot)").isIdentical(to: .int(expected)))
                }
            }
            XCTAssertEqual((object.asObject as? PyInstance)?.attributeSnapshot().count, 28)
        }
    }

    func testClassAttributeChangesAreSeenByReadersOnOtherThreads() throws {
        let base = try makeClass("Base", [], [("level", .int(0))])
        let derived = try makeClass("Derived", [base])
        let object = try thread.call(.object(derived), Arguments())
        let interpreter = self.interpreter
        DispatchQueue.concurrentPerform(iterations: 3) { worker in
            let local = ThreadState(interpreter: interpreter)
            for step in 1...300 {
                if worker == 0 {
                    try? local.setAttribute(.object(base), "level", .int(step))
                } else {
                    _ = try? local.getAttribute(object, "level")
                }
            }
        }
        XCTAssertTrue(try thread.getAttribute(object, "level").isIdentical(to: .int(300)))
    }

    /// Class attributes and methods rebound by one thread while others read
    /// them through the same cached attribute sites (`Cases/threading_attribute_cache.py`,
    /// run in-process so the thread sanitizer sees it).
    /// Classes instantiated through their cached plan while another thread
    /// rebinds `__init__` (`Cases/threading_instantiation_plan.py`, in-process).
    func testInstantiationPlanWhileInitIsRebound() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Cases")
        let source = try String(contentsOf: directory.appendingPathComponent("threading_instantiation_plan.py"), encoding: .utf8)
        let expected = try String(contentsOf: directory.appendingPathComponent("threading_instantiation_plan.out"), encoding: .utf8)
        let (out, err, status) = ThreadingScriptTests.run(source, name: "threading_instantiation_plan.py")
        XCTAssertEqual(out, expected, "stderr was:\n\(err)")
        XCTAssertEqual(status, 0)
    }

    func testRebindingSeenThroughCachedSites() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Cases")
        let source = try String(contentsOf: directory.appendingPathComponent("threading_attribute_cache.py"), encoding: .utf8)
        let expected = try String(contentsOf: directory.appendingPathComponent("threading_attribute_cache.out"), encoding: .utf8)
        let (out, err, status) = ThreadingScriptTests.run(source, name: "threading_attribute_cache.py")
        XCTAssertEqual(out, expected, "stderr was:\n\(err)")
        XCTAssertEqual(status, 0)
    }

    /// `obj.name += k` from several threads through the same sites: the
    /// in-place int update, a lock-guarded shared counter and overflow into
    /// big ints (`Cases/threading_attribute_update.py`, in-process).
    func testAttributeUpdatesFromSeveralThreads() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Cases")
        let source = try String(contentsOf: directory.appendingPathComponent("threading_attribute_update.py"), encoding: .utf8)
        let expected = try String(contentsOf: directory.appendingPathComponent("threading_attribute_update.out"), encoding: .utf8)
        let (out, err, status) = ThreadingScriptTests.run(source, name: "threading_attribute_update.py")
        XCTAssertEqual(out, expected, "stderr was:\n\(err)")
        XCTAssertEqual(status, 0)
    }
}
