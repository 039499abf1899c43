/// A function implemented in Swift: module functions (`len`,
/// `time.sleep`) and the methods of built-in types (`list.append`). A
/// method receives its receiver as the first positional argument.
///
/// Besides the general `body`, a function may have fixed-arity entry points
/// (`one`, `two`, `three`) for calls with that many positional arguments
/// and no keywords; they read the arguments in place (no argument list is
/// built) and may return nil to hand an unusual call (a receiver or
/// argument of another type, say) to `body`, which reports errors.
public final class PyNativeFunction: PyObject {
    public typealias Body = (ThreadState, Arguments) throws -> Value
    typealias One = (ThreadState, Value) throws -> Value?
    typealias Two = (ThreadState, Value, Value) throws -> Value?
    typealias Three = (ThreadState, Value, Value, Value) throws -> Value?

    public let name: String
    /// For methods, the type that defines it (`list` for `list.append`), used in reprs.
    public let owner: PyType?
    public let body: Body
    let one: One?
    let two: Two?
    let three: Three?

    public init(_ name: String, owner: PyType? = nil, _ body: @escaping Body) {
        self.name = name
        self.owner = owner
        self.body = body
        self.one = nil
        self.two = nil
        self.three = nil
    }

    init(_ name: String, owner: PyType?, one: One? = nil, two: Two? = nil, three: Three? = nil,
         _ body: @escaping Body) {
        self.name = name
        self.owner = owner
        self.body = body
        self.one = one
        self.two = two
        self.three = three
    }

    public override var pyType: PyType { PyType.builtinFunction }

    public override func call(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        try body(thread, arguments)
    }

    public override func call1(_ thread: ThreadState, _ a0: Value) throws -> Value {
        if let one, let result = try one(thread, a0) { return result }
        return try body(thread, Arguments([a0]))
    }

    public override func call2(_ thread: ThreadState, _ a0: Value, _ a1: Value) throws -> Value {
        if let two, let result = try two(thread, a0, a1) { return result }
        return try body(thread, Arguments([a0, a1]))
    }

    public override func call3(_ thread: ThreadState, _ a0: Value, _ a1: Value, _ a2: Value) throws -> Value {
        if let three, let result = try three(thread, a0, a1, a2) { return result }
        return try body(thread, Arguments([a0, a1, a2]))
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

    public override func call1(_ thread: ThreadState, _ a0: Value) throws -> Value {
        try thread.call2(function, receiver, a0)
    }

    public override func call2(_ thread: ThreadState, _ a0: Value, _ a1: Value) throws -> Value {
        try thread.call3(function, receiver, a0, a1)
    }
}

extension PyType {
    /// Installs a native method on a built-in type.
    public func defineMethod(_ name: String, _ body: @escaping PyNativeFunction.Body) {
        setAttribute(name, .object(PyNativeFunction(name, owner: self, body)))
    }
}
