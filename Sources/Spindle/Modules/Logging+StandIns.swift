/// The process's stderr as a stream object, used by `LogRuntime.sysStderr`
/// until a `sys` module provides `sys.stderr`.
final class StandardStreamHandle: PyObject {
    let stream: StandardStream
    let name: String
    init(_ stream: StandardStream, name: String) {
        self.stream = stream
        self.name = name
    }
}
