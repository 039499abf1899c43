/// A function implemented in Swift: module functions (`len`,
/// `time.sleep`) and the methods of built-in types (`list.append`). A
/// method receives its receiver as the first positional argument.
public final class PyNativeFunction: PyObject {
    public typealias Body = (ThreadState, Arguments) throws -> Value

    public let name: String
    /// For methods, the type that defines it (`list` for `list.append`), used in reprs.
    public let owner: PyType?
    public let body: Body
    /// Optional shortcut for a method called with no argument but its
    /// receiver (`lock.acquire()`): same behaviour as `body`, without
    /// building an argument list.
    let receiverOnly: ((ThreadState, Value) throws -> Value)?

    public init(_ name: String, owner: PyType? = nil, _ body: @escaping Body) {
        self.name = name
        self.owner = owner
        self.body = body
        self.receiverOnly = nil
    }

    init(_ name: String, owner: PyType?, receiverOnly: @escaping (ThreadState, Value) throws -> Value,
         _ body: @escaping Body) {
        self.name = name
        self.owner = owner
        self.body = body
        self.receiverOnly = receiverOnly
    }

    public override var pyType: PyType { PyType.builtinFunction }

    public override func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        try body(thread, arguments)
    }
}

/// A callable bound to its receiver (`obj.method`): calling it prepends
/// `receiver` to the arguments.
public final class PyBoundMethod: PyObject {
    public let receiver: Value
    public let function: Value

    public init(receiver: Value, function: Value) {
        self.receiver = receiver
        self.function = function
    }

    public override var pyType: PyType { PyType.method }

    public override func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        var args = arguments
        args.positional.insert(receiver, at: 0)
        return try thread.call(function, args)
    }
}

extension PyType {
    /// Installs a native method on a built-in type.
    public func defineMethod(_ name: String, _ body: @escaping PyNativeFunction.Body) {
        setAttribute(name, .object(PyNativeFunction(name, owner: self, body)))
    }

    /// Installs a native method with a shortcut for calls without arguments.
    func defineMethod(_ name: String, receiverOnly: @escaping (ThreadState, Value) throws -> Value,
                      _ body: @escaping PyNativeFunction.Body) {
        setAttribute(name, .object(PyNativeFunction(name, owner: self, receiverOnly: receiverOnly, body)))
    }
}
