/// Fixed-arity entry points for the hottest built-in methods (`list.append`,
/// `dict.get`, `str.split`, `str.join`, …): a method call with one to three
/// positional arguments (the receiver counted) reaches them through
/// `PyObject.call1/2/3` with the arguments in place, instead of building
/// `[receiver] + arguments` and copying its tail. They return nil for
/// anything unusual (another receiver type, a non-str argument, non-ASCII
/// text where only the ASCII path is written), and the method's general
/// body then answers, with CPython's errors.
enum FastMethods {
    static func install() {
        fast(.list, "append", two: { _, l, x in
            guard let l = list(l) else { return nil }
            l.append(x)
            return .None
        })
        fast(.dict, "get", two: { t, d, key in
            guard let d = dict(d) else { return nil }
            return try d.get(t, key) ?? .None
        }, three: { t, d, key, fallback in
            guard let d = dict(d) else { return nil }
            return try d.get(t, key) ?? fallback
        })
        StrFastMethods.install()
    }

    /// The receiver as a list (exact or subclass): one compare, no cast.
    @inline(__always)
    static func list(_ v: Value) -> PyList? {
        guard case .object(let o) = v, o.objectKind == .list || o.objectKind == .listSubclass else { return nil }
        return unsafeDowncast(o, to: PyList.self)
    }

    /// The receiver as a dict (exact or subclass): one compare, no cast.
    @inline(__always)
    static func dict(_ v: Value) -> PyDict? {
        guard case .object(let o) = v, o.objectKind == .dict || o.objectKind == .dictSubclass else { return nil }
        return unsafeDowncast(o, to: PyDict.self)
    }

    /// Replaces the method `name` already installed on `type` by one with
    /// the given fixed-arity entry points and the same general body.
    static func fast(_ type: PyType, _ name: String, one: PyNativeFunction.One? = nil,
                     two: PyNativeFunction.Two? = nil, three: PyNativeFunction.Three? = nil) {
        guard let general = type.ownAttribute(name)?.asObject as? PyNativeFunction else { return }
        type.setAttribute(name, .object(PyNativeFunction(name, owner: type, one: one, two: two, three: three,
                                                         general.body)))
    }
}

/// The built-in methods a call site `receiver.name(...)` reaches when the
/// receiver is exactly a `list`, `dict`, `str` or `tuple`, found once when
/// the site is made. Built-in types cannot be changed from Python (setting
/// an attribute on them raises TypeError) and exact instances have no
/// attributes of their own, so for those receivers the answer never
/// changes: the site calls the function without a lookup, a cache probe or
/// a cast of the callable. The hottest list and dict methods are run
/// inline (`DirectMethod`). Subclass instances (which may override the
/// method) and every other receiver take the general lookup.
struct BuiltinMethodSite {
    private let list: PyNativeFunction?
    private let dict: PyNativeFunction?
    private let str: PyNativeFunction?
    private let tuple: PyNativeFunction?
    private let listDirect: DirectMethod
    private let dictDirect: DirectMethod

    /// Methods with an inline body for the usual argument shapes.
    enum DirectMethod {
        case none, append, pop, insert, get
    }

    init(_ name: String) {
        func method(_ type: PyType) -> PyNativeFunction? {
            type.ownAttribute(name)?.asObject as? PyNativeFunction
        }
        list = method(.list)
        dict = method(.dict)
        str = method(.str)
        tuple = method(.tuple)
        switch name {
        case "append": listDirect = .append
        case "pop": listDirect = .pop
        case "insert": listDirect = .insert
        default: listDirect = .none
        }
        dictDirect = name == "get" ? .get : .none
    }

    /// `o.name(arguments)` when the receiver `o` is an
    /// exact built-in with a native method of this name; nil, with no
    /// argument evaluated, for every other receiver.
    @inline(__always)
    func call(_ o: PyObject, _ arguments: [ExprNode], _ f: Frame, line: Int) throws -> Value? {
        switch o.objectKind {
        case .list:
            if list == nil { return nil }
            return try callList(unsafeDowncast(o, to: PyList.self), arguments, f, line)
        case .dict:
            if dict == nil { return nil }
            return try callDict(unsafeDowncast(o, to: PyDict.self), arguments, f, line)
        case .str:
            guard let method = str else { return nil }
            return try BuiltinMethodSite.callNative(method, .object(o), arguments, f, line)
        case .tuple:
            guard let method = tuple else { return nil }
            return try BuiltinMethodSite.callNative(method, .object(o), arguments, f, line)
        default:
            return nil
        }
    }

    @inline(__always)
    private func callList(_ l: PyList, _ arguments: [ExprNode],
                          _ f: Frame, _ line: Int) throws -> Value {
        switch (listDirect, arguments.count) {
        case (.append, 1):
            l.append(try arguments[0].eval(f))
            return .None
        case (.pop, 0):
            return try l.pop(-1)
        case (.pop, 1):
            let index = try arguments[0].eval(f)
            if case .int(let i) = index { return try l.pop(i) }
            f.thread.evaluation.noteCallSite(f.code, line)
            return try list.unsafelyUnwrapped.call2(f.thread, .object(l), index)
        case (.insert, 2):
            let index = try arguments[0].eval(f)
            let x = try arguments[1].eval(f)
            if case .int(let i) = index {
                l.insert(x, at: i)
                return .None
            }
            f.thread.evaluation.noteCallSite(f.code, line)
            return try list.unsafelyUnwrapped.call3(f.thread, .object(l), index, x)
        default:
            return try BuiltinMethodSite.callNative(list.unsafelyUnwrapped, .object(l), arguments, f, line)
        }
    }

    @inline(__always)
    private func callDict(_ d: PyDict, _ arguments: [ExprNode],
                          _ f: Frame, _ line: Int) throws -> Value {
        switch (dictDirect, arguments.count) {
        case (.get, 1):
            return try BuiltinMethodSite.get(d, try arguments[0].eval(f), f) ?? .None
        case (.get, 2):
            let key = try arguments[0].eval(f)
            let fallback = try arguments[1].eval(f)
            return try BuiltinMethodSite.get(d, key, f) ?? fallback
        default:
            return try BuiltinMethodSite.callNative(dict.unsafelyUnwrapped, .object(d), arguments, f, line)
        }
    }

    /// `d.get(key)` without the default: built-in keys are decided under
    /// one lock acquisition, without touching the thread state.
    @inline(__always)
    private static func get(_ d: PyDict, _ key: Value, _ f: Frame) throws -> Value? {
        if let hash = NativeKey.hash(key) {
            switch d.nativeLookup(key, hash: hash) {
            case .found(let v): return v
            case .missing: return nil
            case .undecided: break
            }
        }
        return try f.withThread { try d.get($0, key) }
    }

    /// The method through its fixed-arity entry points.
    @inline(__always)
    private static func callNative(_ method: PyNativeFunction, _ receiver: Value, _ arguments: [ExprNode],
                                   _ f: Frame, _ line: Int) throws -> Value {
        try method.callAtSite(receiver, arguments, f, f.thread, line: line) { try arguments[$0].eval(f) }
    }
}

extension PyNativeFunction {
    /// Calls a native method found at a method-call site with `receiver`
    /// and the site's arguments, through the fixed-arity entry points when
    /// there are at most two. `argument(i)` yields argument 0 or 1 (a site
    /// may copy a local straight from its slot); the rest are evaluated.
    @inline(__always)
    func callAtSite(_ receiver: Value, _ arguments: [ExprNode], _ f: Frame, _ thread: ThreadState,
                    line: Int, _ argument: (Int) throws -> Value) throws -> Value {
        switch arguments.count {
        case 0:
            thread.evaluation.noteCallSite(f.code, line)
            return try call1(thread, receiver)
        case 1:
            let a0 = try argument(0)
            thread.evaluation.noteCallSite(f.code, line)
            return try call2(thread, receiver, a0)
        case 2:
            let a0 = try argument(0)
            let a1 = try argument(1)
            thread.evaluation.noteCallSite(f.code, line)
            return try call3(thread, receiver, a0, a1)
        default:
            var values: [Value] = [receiver]
            values.reserveCapacity(arguments.count + 1)
            for node in arguments { values.append(try node.eval(f)) }
            thread.evaluation.noteCallSite(f.code, line)
            return try call(thread, Arguments(values))
        }
    }
}
