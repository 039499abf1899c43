import Synchronization

/// A `logging.Filter`: passes records from the logger named `name` and its
/// descendants. Its `name` lives in the attribute dictionary, as in CPython.
final class LogFilterObject: PyInstance {
    /// `Filter.filter` for a record from the logger `recordName`.
    static func passes(filterName: String, recordName: String) -> Bool {
        if filterName.isEmpty || filterName == recordName { return true }
        guard recordName.hasPrefix(filterName) else { return false }
        let next = recordName.index(recordName.startIndex, offsetBy: filterName.count)
        return recordName[next] == "."
    }

    var filterName: String { attribute("name")?.asString ?? "" }
}

/// The filters attached to a logger or handler (CPython's `Filterer`): a
/// filter is a `Filter`, any object with a `filter` method, or a callable.
final class LogFilterList {
    private let filters = GuardedState<[Value]>([])
    /// The number of filters, so records pass an empty list without locking.
    private let count = Atomic<Int>(0)

    var isEmpty: Bool { count.load(ordering: .acquiring) == 0 }
    var snapshot: [Value] { filters.withLock { $0 } }

    func add(_ filter: Value) {
        filters.withLock { list in
            if !list.contains(where: { $0.isIdentical(to: filter) }) { list.append(filter) }
            count.store(list.count, ordering: .releasing)
        }
    }

    func remove(_ filter: Value) {
        filters.withLock { list in
            if let i = list.firstIndex(where: { $0.isIdentical(to: filter) }) { list.remove(at: i) }
            count.store(list.count, ordering: .releasing)
        }
    }

    /// Runs every filter on `record`; false as soon as one rejects it.
    /// The list is copied first, so no lock is held while Python filters run.
    func passes(_ thread: ThreadState, _ record: LogRecordObject, _ state: LoggingState) throws -> Bool {
        if isEmpty { return true }
        let list = snapshot
        for filter in list {
            if !(try LogFilterList.apply(thread, filter, record, state)) { return false }
        }
        return true
    }

    private static func apply(_ thread: ThreadState, _ filter: Value, _ record: LogRecordObject,
                              _ state: LoggingState) throws -> Bool {
        if let native = filter.asObject as? LogFilterObject, state.isNative(native.cls, "filter") {
            return LogFilterObject.passes(filterName: native.filterName, recordName: record.loggerName)
        }
        record.publish()
        let recordValue = Value.object(record)
        let result: Value
        if let method = try? thread.getAttribute(filter, "filter") {
            result = try thread.call(method, recordValue)
        } else {
            result = try thread.call(filter, recordValue)
        }
        return try LogRuntime.isTrue(thread, result)
    }
}
