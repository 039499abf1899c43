/// `object.name(arguments)` with plain positional arguments: a method
/// found on the type is called with the receiver as first argument,
/// without allocating a bound method; a simple Python method binds
/// straight into its frame.
final class MethodCallNode: ExprNode {
    let object: ExprNode
    let name: String
    let arguments: [ExprNode]
    let cache = AttributeSiteCache()
    /// The local slot of `object` when it is a function local, else -1:
    /// the receiver is then borrowed from the frame (see `borrowedLocalObject`)
    /// and only the callee's frame retains it.
    let receiverSlot: Int
    /// Local slots of the first two arguments, or -1 (see `argument`).
    let firstSlot: Int
    let secondSlot: Int
    /// The methods of exact built-in receivers (`list.append`, `dict.get`).
    let builtins: BuiltinMethodSite

    init(_ object: ExprNode, _ name: String, _ arguments: [ExprNode], line: Int) {
        self.object = object
        self.name = name
        self.arguments = arguments
        self.receiverSlot = localSlot(of: object)
        self.builtins = BuiltinMethodSite(name)
        self.firstSlot = arguments.count > 0 ? localSlot(of: arguments[0]) : -1
        self.secondSlot = arguments.count > 1 ? localSlot(of: arguments[1]) : -1
        super.init(line: line)
    }

    /// Argument `index` (0 or 1) of a cached call: a bound local is copied
    /// straight from its slot; anything else is evaluated.
    @inline(__always)
    private func argument(_ index: Int, _ f: Frame) throws -> Value {
        let slot = index == 0 ? firstSlot : secondSlot
        if slot >= 0, let value = f.slots[slot] { return value }
        return try arguments[index].eval(f)
    }

    override func eval(_ f: Frame) throws -> Value {
        if receiverSlot >= 0, let borrowed = borrowedLocalObject(f, receiverSlot) {
            if let result = try borrowed._withUnsafeGuaranteedRef({ try builtins.call($0, arguments, f, line: line) }) {
                return result
            }
            let found = borrowed._withUnsafeGuaranteedRef { $0.cachedRead(cache) }
            if case .classAttribute(let entry) = found, let method = entry.pointee.simpleMethod {
                return try f.withThread { thread in
                    try method._withUnsafeGuaranteedRef { try callMethod($0, borrowed, f, thread) }
                }
            }
            return try f.withThread { thread in
                try borrowed._withUnsafeGuaranteedRef { try call(found, $0, f, thread) }
            }
        }
        return try f.withThread { thread in
            let receiverValue = try object.eval(f)
            if case .object(let receiver) = receiverValue {
                if let result = try builtins.call(receiver, arguments, f, line: line) { return result }
                return try call(receiver.cachedRead(cache), receiver, f, thread)
            }
            return try callUncached(receiverValue, f, thread)
        }
    }

    /// The call on an object receiver: a method the site's cache knows is
    /// called straight from the cache entry, which keeps the function alive
    /// (no retain of it per call).
    @inline(__always)
    private func call(_ found: CachedRead, _ receiver: PyObject, _ f: Frame,
                      _ thread: ThreadState) throws -> Value {
        switch found {
        case .classAttribute(let entry):
            if let method = entry.pointee.simpleMethod {
                return try method._withUnsafeGuaranteedRef {
                    try callMethod($0, Unmanaged.passUnretained(receiver), f, thread)
                }
            }
            if let method = entry.pointee.nativeMethod {
                return try method._withUnsafeGuaranteedRef { try callNative($0, .object(receiver), f, thread) }
            }
        case .miss:
            // A built-in receiver (a list, a lock) whose exact type the site
            // has learned (`lookupMethod` makes such entries only for them).
            let type = receiver.pyType
            if !type.isHeapType, let entry = cache.entry(type.version, nil),
               let method = entry.pointee.nativeMethod {
                return try method._withUnsafeGuaranteedRef { try callNative($0, .object(receiver), f, thread) }
            }
        case .value:
            break
        }
        return try callUncached(.object(receiver), f, thread)
    }

    /// The general path: the method looked up (and the cache taught) by
    /// `lookupMethod`, then called with the receiver first when it is one.
    private func callUncached(_ receiverValue: Value, _ f: Frame, _ thread: ThreadState) throws -> Value {
        let (callable, receiver) = try thread.lookupMethod(receiverValue, name, cache: cache)
        switch arguments.count {
        case 0:
            if let receiver, let function = callable.asObject as? PyFunction, function.isSimple {
                return try function.callSimple(thread, 1) { $0[0] = receiver }
            }
            if let receiver {
                thread.evaluation.noteCallSite(f.code, line)
                return try thread.call1(callable, receiver)
            }
        case 1:
            let a0 = try arguments[0].eval(f)
            if let receiver, let function = callable.asObject as? PyFunction, function.isSimple {
                return try function.callSimple(thread, 2) { $0[0] = receiver; $0[1] = a0 }
            }
            thread.evaluation.noteCallSite(f.code, line)
            if let receiver { return try thread.call2(callable, receiver, a0) }
            return try thread.call1(callable, a0)
        case 2:
            let a0 = try arguments[0].eval(f)
            let a1 = try arguments[1].eval(f)
            if let receiver, let function = callable.asObject as? PyFunction, function.isSimple {
                return try function.callSimple(thread, 3) { $0[0] = receiver; $0[1] = a0; $0[2] = a1 }
            }
            thread.evaluation.noteCallSite(f.code, line)
            if let receiver { return try thread.call3(callable, receiver, a0, a1) }
            return try thread.call2(callable, a0, a1)
        default:
            break
        }
        var values: [Value] = []
        values.reserveCapacity(arguments.count + 1)
        if let receiver { values.append(receiver) }
        for node in arguments { values.append(try node.eval(f)) }
        thread.evaluation.noteCallSite(f.code, line)
        return try thread.call(callable, Arguments(values))
    }

    /// A Swift method found through the site's cache (a lock's `acquire`):
    /// called through its fixed-arity entry points, with no second look at
    /// the receiver and no dynamic cast of the callable.
    @inline(__always)
    private func callNative(_ function: PyNativeFunction, _ receiver: Value, _ f: Frame,
                            _ thread: ThreadState) throws -> Value {
        try function.callAtSite(receiver, arguments, f, thread, line: line) { try argument($0, f) }
    }

    /// A simple Python method found through the site's cache: the receiver
    /// and the arguments go straight into its frame, each argument moved
    /// there rather than copied.
    @inline(__always)
    private func callMethod(_ function: PyFunction, _ receiver: Unmanaged<PyObject>, _ f: Frame,
                            _ thread: ThreadState) throws -> Value {
        switch arguments.count {
        case 0:
            return try function.callMethod(thread, receiver, 1, .None, .None)
        case 1:
            return try function.callMethod(thread, receiver, 2, try argument(0, f), .None)
        case 2:
            let a0 = try argument(0, f)
            return try function.callMethod(thread, receiver, 3, consume a0, try argument(1, f))
        default:
            var values: [Value] = [.object(receiver.takeUnretainedValue())]
            values.reserveCapacity(arguments.count + 1)
            for node in arguments { values.append(try node.eval(f)) }
            thread.evaluation.noteCallSite(f.code, line)
            return try function.call(thread, Arguments(values))
        }
    }
}

extension PyFunction {
    /// A call of this simple function as a method with `count` positional
    /// arguments: `receiver`, then `a0` and `a1` as far as `count` reaches.
    /// The receiver, borrowed by the caller, is retained once, by the new
    /// frame; the arguments are moved into it. Calls that need defaults take
    /// `callSimple`.
    @inline(__always)
    func callMethod(_ thread: ThreadState, _ receiver: Unmanaged<PyObject>, _ count: Int,
                    _ a0: consuming Value, _ a1: consuming Value) throws -> Value {
        guard count == positionalCount else {
            let first = consume a0, second = consume a1
            return try callSimple(thread, count) { slots in
                slots[0] = .object(receiver.takeUnretainedValue())
                if count > 1 { slots[1] = first }
                if count > 2 { slots[2] = second }
            }
        }
        try thread.enterCall()
        defer { thread.depth -= 1 }
        let stack = Unmanaged.passUnretained(thread.evaluation.stack)
        let slotCount = self.slotCount
        let slots = stack._withUnsafeGuaranteedRef { $0.push(slotCount) }
        defer { stack._withUnsafeGuaranteedRef { $0.pop(slots, slotCount) } }
        slots.initialize(to: .object(receiver.takeUnretainedValue()))
        if count > 1 { (slots + 1).initialize(to: consume a0) }
        if count > 2 { (slots + 2).initialize(to: consume a1) }
        return try run(thread, slots)
    }
}
