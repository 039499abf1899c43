/// `queue.Queue`, `LifoQueue` and `PriorityQueue`, built as CPython builds
/// them: one mutex (a `NativeLock`, so waits go through the blocking seam)
/// and three conditions — `not_empty`, `not_full`, `all_tasks_done`. All
/// fields are touched only while the mutex is held; Python comparisons of a
/// priority queue run under it too, as in CPython (it is a Python-level
/// lock, not a container's internal one).
final class PyQueueObject: PyInstance {
    enum Discipline {
        case fifo, lifo, priority
    }

    private let mutex = NativeLock()
    private let notEmpty = NativeCondition()
    private let notFull = NativeCondition()
    private let allTasksDone = NativeCondition()
    private var maxsize = 0
    private var unfinished = 0
    private var items: [Value] = []
    /// Index of the oldest item of a FIFO queue (items before it are spent).
    private var head = 0

    private var discipline: Discipline {
        if cls.isSubtype(of: Self.priorityType) { return .priority }
        if cls.isSubtype(of: Self.lifoType) { return .lifo }
        return .fifo
    }

    private var count: Int { items.count - head }

    // MARK: Locking helpers

    private func locked<R>(_ body: () throws -> R) throws -> R {
        if mutex.acquire() == .interrupted { throw PyError.keyboardInterrupt() }
        defer { mutex.release() }
        return try body()
    }

    /// Waits on `condition` with the mutex held; false on timeout.
    private func wait(_ condition: NativeCondition, until deadline: Deadline?) throws -> Bool {
        let outcome = try condition.wait(until: deadline, release: { mutex.release() },
                                         reacquire: { _ in _ = mutex.acquire(interruptible: false) })
        try PyError.check(outcome)
        return outcome == .signaled
    }

    // MARK: Operations

    func configure(maxsize: Int) {
        self.maxsize = maxsize
    }

    func size() throws -> Int { try locked { count } }
    func isEmpty() throws -> Bool { try locked { count == 0 } }
    func isFull() throws -> Bool { try locked { maxsize > 0 && count >= maxsize } }

    /// `put(item, block=True, timeout=None)`; `deadline` nil waits forever.
    func put(_ thread: ThreadState, _ item: Value, block: Bool, deadline: Deadline?) throws {
        try locked {
            if maxsize > 0 {
                while count >= maxsize {
                    let timedOut = try !block || (!wait(notFull, until: deadline) && deadline?.hasPassed == true)
                    if timedOut && count >= maxsize { throw PyError(Self.fullError, args: []) }
                }
            }
            try insert(thread, item)
            unfinished += 1
            notEmpty.notify()
        }
    }

    /// `get(block=True, timeout=None)`.
    func get(_ thread: ThreadState, block: Bool, deadline: Deadline?) throws -> Value {
        try locked {
            while count == 0 {
                let timedOut = try !block || (!wait(notEmpty, until: deadline) && deadline?.hasPassed == true)
                if timedOut && count == 0 { throw PyError(Self.emptyError, args: []) }
            }
            let item = try remove(thread)
            notFull.notify()
            return item
        }
    }

    func taskDone() throws {
        try locked {
            let left = unfinished - 1
            if left < 0 { throw PyError(.valueError, "task_done() called too many times") }
            if left == 0 { allTasksDone.notifyAll() }
            unfinished = left
        }
    }

    /// `join()`: waits until every item put has been marked done.
    func join() throws {
        try locked {
            while unfinished > 0 { _ = try wait(allTasksDone, until: nil) }
        }
    }

    // MARK: Storage

    private func insert(_ thread: ThreadState, _ item: Value) throws {
        items.append(item)
        if discipline == .priority { try siftUp(thread, from: items.count - 1) }
    }

    private func remove(_ thread: ThreadState) throws -> Value {
        switch discipline {
        case .lifo:
            return items.removeLast()
        case .fifo:
            let item = items[head]
            head += 1
            if head > 32 && head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            return item
        case .priority:
            let top = items[0]
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                try siftDown(thread, from: 0)
            }
            return top
        }
    }

    private func siftUp(_ thread: ThreadState, from start: Int) throws {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard try thread.lessThan(items[child], items[parent]) else { return }
            items.swapAt(child, parent)
            child = parent
        }
    }

    private func siftDown(_ thread: ThreadState, from start: Int) throws {
        var parent = start
        while true {
            var smallest = parent
            for child in [2 * parent + 1, 2 * parent + 2] where child < items.count {
                if try thread.lessThan(items[child], items[smallest]) { smallest = child }
            }
            if smallest == parent { return }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
