/// A double-ended ring buffer: O(1) push and pop at both ends and O(1)
/// indexing. The storage of `collections.deque`.
struct Ring<Element> {
    private var slots: [Element?] = Array(repeating: nil, count: 8)
    private var head = 0
    private(set) var count = 0

    init() {}

    init<S: Sequence>(_ elements: S) where S.Element == Element {
        for e in elements { pushBack(e) }
    }

    var isEmpty: Bool { count == 0 }

    private func physical(_ i: Int) -> Int { (head + i) & (slots.count - 1) }

    private mutating func growIfFull() {
        guard count == slots.count else { return }
        var bigger = [Element?](repeating: nil, count: slots.count * 2)
        for i in 0..<count { bigger[i] = slots[physical(i)] }
        slots = bigger
        head = 0
    }

    subscript(i: Int) -> Element {
        get { slots[physical(i)]! }
        set { slots[physical(i)] = newValue }
    }

    mutating func pushBack(_ e: Element) {
        growIfFull()
        slots[physical(count)] = e
        count += 1
    }

    mutating func pushFront(_ e: Element) {
        growIfFull()
        head = (head - 1) & (slots.count - 1)
        slots[head] = e
        count += 1
    }

    mutating func popBack() -> Element? {
        guard count > 0 else { return nil }
        count -= 1
        let i = physical(count)
        defer { slots[i] = nil }
        return slots[i]
    }

    mutating func popFront() -> Element? {
        guard count > 0 else { return nil }
        defer {
            slots[head] = nil
            head = (head + 1) & (slots.count - 1)
            count -= 1
        }
        return slots[head]
    }

    var elements: [Element] { (0..<count).map { self[$0] } }

    mutating func replace(with elements: [Element]) {
        self = Ring(elements)
    }
}
