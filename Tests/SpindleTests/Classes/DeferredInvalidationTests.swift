import XCTest
@testable import Spindle

/// Start-up defines the builtin types' attributes with cache invalidation
/// postponed to the end of the scope; lookups cached before or during the
/// scope must not survive it, and other threads must not be affected.
final class DeferredInvalidationTests: XCTestCase {
    func testLookupsCachedDuringTheScopeAreDroppedAtItsEnd() {
        let base = PyType(builtin: "DeferredBase", base: .object) { PyInstance(cls: $0) }
        let derived = PyType(builtin: "DeferredDerived", base: base) { PyInstance(cls: $0) }
        base.setAttribute("x", .int(1))
        XCTAssertTrue(derived.classAttribute("x").value.isIdentical(to: .int(1)))
        let versionBefore = derived.version
        PyType.deferringCacheInvalidation {
            base.setAttribute("x", .int(2))
        }
        XCTAssertNotEqual(derived.version, versionBefore)
        XCTAssertTrue(PyType.isStable(derived.version))
        XCTAssertTrue(derived.classAttribute("x").value.isIdentical(to: .int(2)))
        XCTAssertTrue(base.classAttribute("x").value.isIdentical(to: .int(2)))
    }

    func testOtherThreadsInvalidateImmediately() {
        let type = PyType(builtin: "DeferredOther", base: .object) { PyInstance(cls: $0) }
        type.setAttribute("y", .int(1))
        XCTAssertTrue(type.classAttribute("y").value.isIdentical(to: .int(1)))
        PyType.deferringCacheInvalidation {
            let done = DispatchSemaphore(value: 0)
            let seen = SeenValue()
            let thread = Thread {
                type.setAttribute("y", .int(3))
                seen.value = type.classAttribute("y").value
                done.signal()
            }
            thread.start()
            done.wait()
            XCTAssertTrue(seen.value.isIdentical(to: .int(3)))
        }
        XCTAssertTrue(type.classAttribute("y").value.isIdentical(to: .int(3)))
    }
}

/// Carries a value out of the helper thread (handed over by the semaphore).
private final class SeenValue: @unchecked Sendable {
    var value: Value = .None
}
