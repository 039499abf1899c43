import Synchronization

/// `collections.deque`: a thread-safe double-ended queue with an optional
/// `maxlen`. Each operation (append, appendleft, pop, popleft, extend,
/// rotate, len, indexing) holds the lock only for the storage change;
/// comparisons and reprs run on a snapshot with the lock released.
final class PyDeque: PyInstance {
    let storage = GuardedState(Ring<Value>())
    private let limit = GuardedState<Int?>(nil)

    var maxLength: Int? { limit.withLock { $0 } }

    func snapshot() -> [Value] { storage.withLock { $0.elements } }

    var count: Int { storage.withLock { $0.count } }

    /// Appends at the right, dropping from the left beyond `maxlen`.
    func append(_ value: Value) {
        let cap = maxLength
        let dropped: Value? = storage.withLock { ring in
            if cap == 0 { return value }
            ring.pushBack(value)
            if let cap, ring.count > cap { return ring.popFront() }
            return nil
        }
        _ = dropped
    }

    func appendLeft(_ value: Value) {
        let cap = maxLength
        let dropped: Value? = storage.withLock { ring in
            if cap == 0 { return value }
            ring.pushFront(value)
            if let cap, ring.count > cap { return ring.popBack() }
            return nil
        }
        _ = dropped
    }

    func pop(left: Bool) throws -> Value {
        guard let v = storage.withLock({ left ? $0.popFront() : $0.popBack() }) else {
            throw PyError(.indexError, "pop from an empty deque")
        }
        return v
    }

    func rotate(_ steps: Int) {
        storage.withLock { ring in
            guard ring.count > 1 else { return }
            let n = ((steps % ring.count) + ring.count) % ring.count
            for _ in 0..<n { if let v = ring.popBack() { ring.pushFront(v) } }
        }
    }

    /// Runs `body` on the element index `i` (negative counts from the right).
    func withElement<T>(_ i: Int, _ body: (inout Ring<Value>, Int) -> T) throws -> T {
        let result: T? = storage.withLock { ring in
            let index = i < 0 ? i + ring.count : i
            guard index >= 0 && index < ring.count else { return nil }
            return body(&ring, index)
        }
        guard let result else { throw PyError(.indexError, "deque index out of range") }
        return result
    }

    func replaceAll(_ values: [Value]) {
        let cap = maxLength
        let kept = cap.map { Array(values.suffix($0)) } ?? values
        let old = storage.withLock { ring -> Ring<Value> in
            let previous = ring
            ring.replace(with: kept)
            return previous
        }
        _ = old
    }

    func setLimit(_ cap: Int?) { limit.withLock { $0 = cap } }
}
