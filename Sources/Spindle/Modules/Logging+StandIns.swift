/// Minimal tuple, mapping and standard-stream objects that `LogRuntime`
/// uses until the object layer's `tuple`, `dict` and `sys.stderr` are
/// available; only `LogRuntime` creates or inspects them.
final class LogTuple: PyObject {
    let items: [Value]
    init(_ items: [Value]) { self.items = items }
    override var pyType: PyType { .tuple }
}

final class LogDict: PyObject {
    let pairs: [(String, Value)]
    init(_ pairs: [(String, Value)]) { self.pairs = pairs }
    override var pyType: PyType { .dict }
    func value(forKey key: String) -> Value? { pairs.first { $0.0 == key }?.1 }
}

final class StandardStreamHandle: PyObject {
    let stream: StandardStream
    let name: String
    init(_ stream: StandardStream, name: String) {
        self.stream = stream
        self.name = name
    }
}
