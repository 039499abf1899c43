import Synchronization

/// `itertools.groupby` and `tee`: iterators whose outputs share one
/// underlying iterator.
extension ItertoolsModule {
    /// The shared progress of a `groupby` and the groups it hands out.
    struct GroupState {
        var currentKey: Value?
        var currentValue: Value = .None
        var targetKey: Value?
        /// Bumped each time the groupby advances; a group whose id is stale yields nothing.
        var generation = 0
        var exhausted = false
    }

    static func groupingClasses() -> [PyType] {
        let grouper = PyType(builtin: "_grouper", moduleName: "itertools", base: .iterator)
        let groupby = IteratorClass.make("groupby") { thread, cls, args in
            let slots = try args.bind("groupby", ["iterable", "key"], required: 1)
            let source = try thread.iterate(slots[0]!)
            let keyFunction = slots[1].flatMap { $0.isNone ? nil : $0 }
            let shared = GuardedState(GroupState())
            func advance(_ thread: ThreadState) throws -> Bool {
                guard let v = try source.next(thread) else {
                    shared.withLock { $0.exhausted = true }
                    return false
                }
                let key = try keyFunction.map { try thread.call($0, v) } ?? v
                shared.withLock { $0.currentValue = v; $0.currentKey = key }
                return true
            }
            func keysEqual(_ thread: ThreadState, _ a: Value?, _ b: Value?) throws -> Bool {
                guard let a, let b else { return false }
                return try thread.equals(a, b)
            }
            return .object(LockedIterator(cls, ()) { thread, _ in
                let generation = shared.withLock { s -> Int in s.generation += 1; return s.generation }
                while true {
                    let (current, target, done) = shared.withLock { ($0.currentKey, $0.targetKey, $0.exhausted) }
                    if done { return nil }
                    if current != nil, try !keysEqual(thread, current, target) { break }
                    if try !advance(thread) { return nil }
                }
                let key = shared.withLock { s -> Value in s.targetKey = s.currentKey; return s.currentKey ?? .None }
                // The group advances the shared iterator lazily: only when asked
                // for the value after the one it last yielded.
                let group = LockedIterator(grouper, false) { thread, it in
                    if it.with({ $0 }) {
                        it.with { $0 = false }
                        guard shared.withLock({ $0.generation == generation }), try advance(thread) else { return nil }
                    }
                    let (stale, current, target, value, done) = shared.withLock {
                        ($0.generation != generation, $0.currentKey, $0.targetKey, $0.currentValue, $0.exhausted)
                    }
                    guard !stale, !done, try keysEqual(thread, current, target) else { return nil }
                    it.with { $0 = true }
                    return value
                }
                return .tuple([key, .object(group)])
            })
        }
        return [groupby]
    }
}

/// The buffer behind `itertools.tee`: values read from the source once and
/// kept until every copy has passed them.
final class TeeBuffer {
    private struct State {
        var values: [Value] = []
        var offset = 0
        var positions: [Int]
    }

    private let source: PyIteratorObject
    private let state: GuardedState<State>
    static let type = PyType(builtin: "_tee", moduleName: "itertools", base: .iterator)

    private init(source: PyIteratorObject, copies: Int) {
        self.source = source
        self.state = GuardedState(State(positions: [Int](repeating: 0, count: copies)))
    }

    static func split(_ thread: ThreadState, _ iterable: Value, _ n: Int) throws -> [Value] {
        let buffer = TeeBuffer(source: try thread.iterate(iterable), copies: n)
        return (0..<n).map { index in
            .object(LockedIterator(type, ()) { thread, _ in try buffer.next(thread, copy: index) })
        }
    }

    private func next(_ thread: ThreadState, copy: Int) throws -> Value? {
        if let v = state.withLock({ s -> Value? in
            let i = s.positions[copy] - s.offset
            guard i < s.values.count else { return nil }
            s.positions[copy] += 1
            return s.values[i]
        }) { return v }
        guard let v = try source.next(thread) else { return nil }
        state.withLock { s in
            s.values.append(v)
            s.positions[copy] += 1
            // Drop values every copy has consumed.
            let lowest = s.positions.min() ?? 0
            if lowest - s.offset > 64 {
                s.values.removeFirst(lowest - s.offset)
                s.offset = lowest
            }
        }
        return v
    }
}
