import XCTest
import Dispatch
@testable import Spindle

/// Containers shared by threads without a global lock: every operation
/// is atomic, so counts come out exact and nothing crashes.
final class ContainerConcurrencyTests: XCTestCase {
    let interpreter = Interpreter()
    let threads = 8
    let perThread = 10_000

    func testConcurrentAppendsAreAllKept() throws {
        let list = PyList()
        let append = try XCTUnwrap(PyType.list.lookup("append"))
        DispatchQueue.concurrentPerform(iterations: threads) { n in
            let thread = ThreadState(interpreter: interpreter)
            for i in 0..<perThread {
                _ = try? thread.call(append, .object(list), .int(n * perThread + i))
            }
        }
        XCTAssertEqual(list.count, threads * perThread)
        let distinct = Set(list.elements.compactMap { $0.smallInteger })
        XCTAssertEqual(distinct.count, threads * perThread)
    }

    func testConcurrentDictStoresAreAllKept() throws {
        let dict = PyDict()
        var failures = 0
        let lock = NSLockLike()
        DispatchQueue.concurrentPerform(iterations: threads) { n in
            let thread = ThreadState(interpreter: interpreter)
            for i in 0..<perThread {
                do {
                    try thread.setItem(.object(dict), .str("k\(n)-\(i)"), .int(i))
                    try thread.setItem(.object(dict), .int(i), .int(n))
                } catch {
                    lock.run { failures += 1 }
                }
            }
        }
        XCTAssertEqual(failures, 0)
        XCTAssertEqual(dict.count, threads * perThread + perThread)
        let thread = ThreadState(interpreter: interpreter)
        XCTAssertEqual(try dict.get(thread, "k7-9999")?.smallInteger, 9999)
    }

    func testIteratingWhileAnotherThreadAppends() throws {
        let list = PyList([0])
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            for i in 0..<self.perThread { list.append(.int(i)) }
        }
        let thread = ThreadState(interpreter: interpreter)
        var seen = 0
        let it = try thread.iterate(.object(list))
        while try it.next(thread) != nil { seen += 1 }
        group.wait()
        XCTAssertGreaterThanOrEqual(seen, 1)
        XCTAssertEqual(list.count, perThread + 1)
    }

    func testConcurrentSetAdds() throws {
        let set = PySet()
        DispatchQueue.concurrentPerform(iterations: threads) { n in
            let thread = ThreadState(interpreter: interpreter)
            for i in 0..<perThread { _ = try? set.add(thread, .int(i % 5000 + (n % 2) * 5000)) }
        }
        XCTAssertEqual(set.count, 10_000)
    }
}

/// A minimal lock for test bookkeeping.
final class NSLockLike: @unchecked Sendable {
    private let mutex = DispatchSemaphore(value: 1)
    func run(_ body: () -> Void) {
        mutex.wait()
        body()
        mutex.signal()
    }
}
