/// Calls. Calls with up to three plain positional arguments have their own
/// node classes so a call to a simple Python function binds the arguments
/// straight into the new frame's slots without building an argument list.
/// When the callee is a global bound to a Python function, the function is
/// used borrowed from the global's `Cell` (which keeps it alive, see
/// `Cell`), so calling it touches no reference count of the shared function.

final class Call0Node: ExprNode {
    let callee: ExprNode
    let global: GlobalLoad?

    init(_ callee: ExprNode, line: Int) {
        self.callee = callee
        self.global = callee as? GlobalLoad
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        if let function = global?.borrowedFunction() {
            return try function._withUnsafeGuaranteedRef { try $0.callBorrowed(f, line, 0) { _ in } }
        }
        if let callee = global?.borrowedCallee() {
            f.thread.evaluation.noteCallSite(f.code, line)
            return try callee._withUnsafeGuaranteedRef { try $0.call(f.thread, Arguments()) }
        }
        let fn = try callee.eval(f)
        if case .object(let o) = fn, let function = o as? PyFunction, function.isSimple {
            return try function.callSimple(f.thread, 0) { _ in }
        }
        f.thread.evaluation.noteCallSite(f.code, line)
        return try f.thread.call(fn, Arguments())
    }
}

final class Call1Node: ExprNode {
    let callee: ExprNode
    let global: GlobalLoad?
    let a0: ExprNode

    init(_ callee: ExprNode, _ a0: ExprNode, line: Int) {
        self.callee = callee
        self.global = callee as? GlobalLoad
        self.a0 = a0
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        if let function = global?.borrowedFunction() {
            let v0 = try a0.eval(f)
            return try function._withUnsafeGuaranteedRef { try $0.callBorrowed(f, line, 1) { $0[0] = v0 } }
        }
        if let callee = global?.borrowedCallee() {
            let v0 = try a0.eval(f)
            f.thread.evaluation.noteCallSite(f.code, line)
            return try callee._withUnsafeGuaranteedRef { try $0.call1(f.thread, v0) }
        }
        let fn = try callee.eval(f)
        let v0 = try a0.eval(f)
        if case .object(let o) = fn, let function = o as? PyFunction, function.isSimple {
            return try function.callSimple(f.thread, 1) { $0[0] = v0 }
        }
        f.thread.evaluation.noteCallSite(f.code, line)
        return try f.thread.call1(fn, v0)
    }
}

final class Call2Node: ExprNode {
    let callee: ExprNode
    let global: GlobalLoad?
    let a0: ExprNode
    let a1: ExprNode

    init(_ callee: ExprNode, _ a0: ExprNode, _ a1: ExprNode, line: Int) {
        self.callee = callee
        self.global = callee as? GlobalLoad
        self.a0 = a0
        self.a1 = a1
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        if let function = global?.borrowedFunction() {
            let v0 = try a0.eval(f)
            let v1 = try a1.eval(f)
            return try function._withUnsafeGuaranteedRef { try $0.callBorrowed(f, line, 2) { $0[0] = v0; $0[1] = v1 } }
        }
        if let callee = global?.borrowedCallee() {
            let v0 = try a0.eval(f)
            let v1 = try a1.eval(f)
            f.thread.evaluation.noteCallSite(f.code, line)
            return try callee._withUnsafeGuaranteedRef { try $0.call2(f.thread, v0, v1) }
        }
        let fn = try callee.eval(f)
        let v0 = try a0.eval(f)
        let v1 = try a1.eval(f)
        if case .object(let o) = fn, let function = o as? PyFunction, function.isSimple {
            return try function.callSimple(f.thread, 2) { $0[0] = v0; $0[1] = v1 }
        }
        f.thread.evaluation.noteCallSite(f.code, line)
        return try f.thread.call2(fn, v0, v1)
    }
}

final class Call3Node: ExprNode {
    let callee: ExprNode
    let global: GlobalLoad?
    let a0: ExprNode
    let a1: ExprNode
    let a2: ExprNode

    init(_ callee: ExprNode, _ a0: ExprNode, _ a1: ExprNode, _ a2: ExprNode, line: Int) {
        self.callee = callee
        self.global = callee as? GlobalLoad
        self.a0 = a0
        self.a1 = a1
        self.a2 = a2
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        if let function = global?.borrowedFunction() {
            let v0 = try a0.eval(f)
            let v1 = try a1.eval(f)
            let v2 = try a2.eval(f)
            return try function._withUnsafeGuaranteedRef {
                try $0.callBorrowed(f, line, 3) { $0[0] = v0; $0[1] = v1; $0[2] = v2 }
            }
        }
        let fn = try callee.eval(f)
        let v0 = try a0.eval(f)
        let v1 = try a1.eval(f)
        let v2 = try a2.eval(f)
        if case .object(let o) = fn, let function = o as? PyFunction, function.isSimple {
            return try function.callSimple(f.thread, 3) { $0[0] = v0; $0[1] = v1; $0[2] = v2 }
        }
        f.thread.evaluation.noteCallSite(f.code, line)
        return try f.thread.call(fn, Arguments([v0, v1, v2]))
    }
}

/// One argument of a general call.
enum CallArgument {
    case positional(ExprNode)
    case star(ExprNode)
    case keyword(String, ExprNode)
    case doubleStar(ExprNode)
}

/// Any other call: keywords, `*iterable`, `**mapping`, or more arguments.
final class CallNode: ExprNode {
    let callee: ExprNode
    let arguments: [CallArgument]

    init(_ callee: ExprNode, _ arguments: [CallArgument], line: Int) {
        self.callee = callee
        self.arguments = arguments
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let fn = try callee.eval(f)
        let args = try evaluateArguments(arguments, f, calleeName: { calleeName(fn) })
        f.thread.evaluation.noteCallSite(f.code, line)
        return try f.thread.call(fn, args)
    }
}

/// The name a callee is known by in argument errors (`f()`).
func calleeName(_ fn: Value) -> String {
    switch fn.asObject {
    case let function as PyFunction: return function.code.moduleName + "." + function.code.qualifiedName
    case let native as PyNativeFunction: return native.name
    case let type as PyType: return type.name
    default: return fn.pyType.name + " object"
    }
}

func evaluateArguments(_ arguments: [CallArgument], _ f: Frame,
                       calleeName: () -> String) throws -> Arguments {
    var result = Arguments()
    for argument in arguments {
        switch argument {
        case .positional(let node):
            result.positional.append(try node.eval(f))
        case .star(let node):
            let iterable = try node.eval(f)
            let iterator: PyIteratorObject
            do {
                iterator = try f.thread.iterate(iterable)
            } catch let error as PyError where error.matches(.typeError) {
                throw PyError(.typeError, "\(calleeName())() argument after * must be an iterable, not \(iterable.pyType.name)")
            }
            while let v = try iterator.next(f.thread) { result.positional.append(v) }
        case .keyword(let name, let node):
            result.keywords.append((name, try node.eval(f)))
        case .doubleStar(let node):
            let mapping = try node.eval(f)
            if !(mapping.asObject is PyDict), mapping.pyType.lookup("keys") == nil {
                throw PyError(.typeError, "\(calleeName())() argument after ** must be a mapping, not \(mapping.pyType.name)")
            }
            for (key, value) in try f.thread.mappingItems(mapping) {
                guard let name = key.asString else {
                    throw PyError(.typeError, "keywords must be strings")
                }
                if result.keywords.contains(where: { $0.name == name }) {
                    throw PyError(.typeError, "\(calleeName())() got multiple values for keyword argument '\(name)'")
                }
                result.keywords.append((name, value))
            }
        }
    }
    return result
}
