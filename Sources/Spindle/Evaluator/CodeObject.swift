import SpindleSyntax
import Synchronization

/// What the resolver knows about one piece of code (a module body, a
/// function, a lambda, a class body or a comprehension): its compiled body,
/// how many local slots and cells a frame needs, and its parameter list.
/// Shared by every function object made from the same `def`.
final class CodeObject {
    let name: String
    let qualifiedName: String
    let file: SourceFile
    let firstLine: Int
    /// The module whose globals the code sees (its `__name__`).
    let moduleName: String
    let body: StmtNode
    let slotCount: Int
    /// Names of the slots (for `locals()` and error messages).
    let slotNames: [String]
    /// Cells created fresh by each call (variables captured by inner code).
    let cellNames: [String]
    /// Cells inherited from the defining function (`closure`).
    let freeNames: [String]
    /// For each own cell that is also a parameter: (parameter slot, cell index).
    let parameterCells: [(slot: Int, cell: Int)]
    let signature: Signature
    let isGenerator: Bool
    /// The first statement is a string literal: the docstring.
    let docstring: String?

    init(body: StmtNode, name: String, qualifiedName: String, file: SourceFile, firstLine: Int, moduleName: String,
         slotNames: [String], cellNames: [String], freeNames: [String],
         parameterCells: [(slot: Int, cell: Int)], signature: Signature,
         isGenerator: Bool, docstring: String?) {
        self.body = body
        self.name = name
        self.qualifiedName = qualifiedName
        self.file = file
        self.firstLine = firstLine
        self.moduleName = moduleName
        self.slotCount = slotNames.count
        self.slotNames = slotNames
        self.cellNames = cellNames
        self.freeNames = freeNames
        self.parameterCells = parameterCells
        self.signature = signature
        self.isGenerator = isGenerator
        self.docstring = docstring
        self.hasCells = !cellNames.isEmpty || !freeNames.isEmpty
        self.isSimple = cellNames.isEmpty && freeNames.isEmpty && !isGenerator
            && signature.varargs == nil && signature.kwargs == nil && signature.keywordOnly.isEmpty
    }

    /// True when a call can bind plain positional arguments straight into
    /// slots: no cells, no `*args`/`**kwargs`, no keyword-only parameters.
    let isSimple: Bool
    /// True when frames of this code need cells (captured or free variables).
    let hasCells: Bool

    /// The cells a new frame of this code uses: fresh ones for its own
    /// captured variables, then the closure's.
    @inline(__always)
    func makeCells(closure: ContiguousArray<Cell>) -> ContiguousArray<Cell> {
        if cellNames.isEmpty { return closure }
        var cells = ContiguousArray<Cell>()
        cells.reserveCapacity(cellNames.count + closure.count)
        for _ in cellNames { cells.append(Cell()) }
        cells.append(contentsOf: closure)
        return cells
    }
}

/// A function's parameter list after resolution: names in slot order
/// (positional, then `*args`, keyword-only, `**kwargs`).
struct Signature {
    var positional: [String] = []
    var varargs: String?
    var keywordOnly: [String] = []
    var kwargs: String?

    var positionalCount: Int { positional.count }
    var varargsSlot: Int { positional.count }
    var keywordOnlyStart: Int { positional.count + (varargs == nil ? 0 : 1) }
    var kwargsSlot: Int { keywordOnlyStart + keywordOnly.count }
    /// Number of slots the parameters occupy.
    var slotCount: Int { kwargsSlot + (kwargs == nil ? 0 : 1) }
}

/// The namespace a class body writes into, in definition order. Only the
/// thread running the class statement touches it.
final class ClassNamespace {
    private(set) var names: [String] = []
    private var values: [String: Value] = [:]

    subscript(name: String) -> Value? {
        get { values[name] }
        set {
            if values[name] == nil, newValue != nil { names.append(name) }
            if newValue == nil { names.removeAll { $0 == name } }
            values[name] = newValue
        }
    }

    var items: [(String, Value)] { names.compactMap { n in values[n].map { (n, $0) } } }
}
