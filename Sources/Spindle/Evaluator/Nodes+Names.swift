/// Reading and writing variables, one node class per kind of resolved name.

final class ConstantNode: ExprNode {
    let value: Value

    init(_ value: Value, line: Int) {
        self.value = value
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        if case .int(let i) = value { return .int(i) }
        return value
    }
}

@inline(never)
func unboundLocal(_ name: String) -> PyError {
    PyError(.unboundLocalError, "local variable '\(name)' referenced before assignment")
}

@inline(never)
func unboundFree(_ name: String) -> PyError {
    PyError(.nameError, "free variable '\(name)' referenced before assignment in enclosing scope")
}

@inline(never)
func undefinedName(_ name: String) -> PyError {
    PyError(.nameError, "name '\(name)' is not defined")
}

/// Stores `value` into a local slot. Only an object previously in the
/// slot needs releasing, so scalars are overwritten without the generic
/// destroy of the old `Value?`.
@inline(__always)
func storeLocal(_ value: Value, _ slot: UnsafeMutablePointer<Value?>) {
    switch slot.pointee {
    case .some(.object): slot.pointee = value
    default: slot.initialize(to: value)
    }
}

/// The slot of `node` when it reads a function local, else -1; operator
/// nodes read such operands straight from the frame (`scalarOperand`).
func localSlot(of node: ExprNode) -> Int { (node as? LocalLoad)?.slot ?? -1 }

/// The value of an operand: an int or float in local slot `slot` (when
/// not -1) is read directly; anything else goes through `node.eval`.
@inline(__always)
func scalarOperand(_ node: ExprNode, _ slot: Int, _ f: Frame) throws -> Value {
    if slot >= 0 {
        switch f.slots[slot] {
        case .int(let i)?: return .int(i)
        case .float(let d)?: return .float(d)
        default: break
        }
    }
    return try node.eval(f)
}

/// The int in local slot `slot` (when not -1), read without building a
/// `Value`; nil for any other content.
@inline(__always)
func localInt(_ f: Frame, _ slot: Int) -> Int? {
    if slot >= 0, case .int(let i)? = f.slots[slot] { return i }
    return nil
}

/// A function local kept in a frame slot.
final class LocalLoad: ExprNode {
    let slot: Int
    let name: String

    init(slot: Int, name: String, line: Int) {
        self.slot = slot
        self.name = name
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        if let v = f.slots[slot] { return v }
        throw unboundLocal(name)
    }
}

/// A variable shared between a function and the functions nested in it.
final class CellLoad: ExprNode {
    let index: Int
    let name: String
    /// True when the cell belongs to an enclosing function (a free variable).
    let isFree: Bool

    init(index: Int, name: String, isFree: Bool, line: Int) {
        self.index = index
        self.name = name
        self.isFree = isFree
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        if let v = f.cells[index].value { return v }
        throw isFree ? unboundFree(name) : unboundLocal(name)
    }
}

/// A module global, falling back to the builtin of the same name.
final class GlobalLoad: ExprNode {
    let cell: Cell
    let builtin: Cell
    let name: String

    init(cell: Cell, builtin: Cell, name: String, line: Int) {
        self.cell = cell
        self.builtin = builtin
        self.name = name
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        switch cell.peek() {
        case .scalar(let v): return v
        case .pinned(let o): return .object(o.takeUnretainedValue())
        case .unbound:
            switch builtin.peek() {
            case .pinned(let o): return .object(o.takeUnretainedValue())
            case .scalar(let v): return v
            case .unbound: throw undefinedName(name)
            case .locked: break
            }
            if let v = builtin.value { return v }
        case .locked:
            if let v = cell.value { return v }
            if let v = builtin.value { return v }
        }
        throw undefinedName(name)
    }

    /// The Python function the global is bound to, borrowed from its cell
    /// (valid while this node lives); nil for any other value.
    @inline(__always)
    func borrowedFunction() -> Unmanaged<PyFunction>? { cell.borrowedFunction() }

    /// The pinned object (a function, class, module or builtin function)
    /// this name reads: the global's, or the builtin's while the global is
    /// unbound. Borrowed from the cell, valid while this node lives (see
    /// `Cell`); nil for any other value.
    @inline(__always)
    func borrowedCallee() -> Unmanaged<PyObject>? {
        switch cell.peek() {
        case .pinned(let o): return o
        case .unbound:
            if case .pinned(let o) = builtin.peek() { return o }
            return nil
        default: return nil
        }
    }
}

/// A name read in a class body: the class namespace, then globals, then builtins.
final class ClassLoad: ExprNode {
    let name: String
    let global: GlobalLoad

    init(name: String, global: GlobalLoad, line: Int) {
        self.name = name
        self.global = global
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        if let v = f.classNamespace?[name] { return v }
        return try global.eval(f)
    }
}

final class LocalTarget: TargetNode {
    let slot: Int
    let name: String

    init(slot: Int, name: String, line: Int) {
        self.slot = slot
        self.name = name
        super.init(line: line)
    }

    override func assign(_ value: Value, _ f: Frame) throws { storeLocal(value, f.slots + slot) }

    override func delete(_ f: Frame) throws {
        if f.slots[slot] == nil { throw unboundLocal(name) }
        f.slots[slot] = nil
    }
}

final class CellTarget: TargetNode {
    let index: Int
    let name: String
    let isFree: Bool

    init(index: Int, name: String, isFree: Bool, line: Int) {
        self.index = index
        self.name = name
        self.isFree = isFree
        super.init(line: line)
    }

    override func assign(_ value: Value, _ f: Frame) throws { f.cells[index].value = value }

    override func delete(_ f: Frame) throws {
        if f.cells[index].value == nil { throw isFree ? unboundFree(name) : unboundLocal(name) }
        f.cells[index].value = nil
    }
}

final class GlobalTarget: TargetNode {
    let cell: Cell
    let name: String

    init(cell: Cell, name: String, line: Int) {
        self.cell = cell
        self.name = name
        super.init(line: line)
    }

    override func assign(_ value: Value, _ f: Frame) throws { cell.value = value }

    override func delete(_ f: Frame) throws {
        if cell.value == nil { throw undefinedName(name) }
        cell.value = nil
    }
}

final class ClassTarget: TargetNode {
    let name: String

    init(name: String, line: Int) {
        self.name = name
        super.init(line: line)
    }

    override func assign(_ value: Value, _ f: Frame) throws { f.classNamespace?[name] = value }

    override func delete(_ f: Frame) throws {
        if f.classNamespace?[name] == nil { throw undefinedName(name) }
        f.classNamespace?[name] = nil
    }
}
