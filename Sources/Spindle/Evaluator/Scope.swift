import SpindleSyntax

/// The symbol table of one scope (module, function or lambda, class body,
/// comprehension): which names it binds, declares and uses, and — after
/// `ScopeAnalysis.resolve` — where each name lives at run time.
final class Scope {
    enum Kind { case module, function, classBody, comprehension }

    let kind: Kind
    let name: String
    unowned let parent: Scope?
    var children: [Scope] = []
    var parameters: [String] = []
    var assigned = Set<String>()
    var declaredGlobal = Set<String>()
    var declaredNonlocal = Set<String>()
    /// Where each nonlocal name was first declared, for the "no binding" error.
    var nonlocalLocations: [String: SourceLocation] = [:]
    var used = Set<String>()
    var isGenerator = false
    /// Names bound in this scope that live in frame slots (functions) or
    /// the class namespace (class bodies).
    var locals = Set<String>()
    /// Own variables captured by inner scopes (in index order).
    var cellNames: [String] = []
    /// Variables of enclosing functions used here (in index order).
    var freeNames: [String] = []
    /// Slot of each local that is not a cell (parameters always have a slot).
    var slots: [String: Int] = [:]
    var slotNames: [String] = []

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
        parent?.children.append(self)
    }

    var isFunctionLike: Bool { kind == .function || kind == .comprehension }

    /// Index into a frame's cells: own cells first, then free variables.
    func cellIndex(_ name: String) -> Int? {
        if let i = cellNames.firstIndex(of: name) { return i }
        if let i = freeNames.firstIndex(of: name) { return cellNames.count + i }
        return nil
    }

    func isFree(_ name: String) -> Bool { freeNames.contains(name) }

    /// The qualified name prefix for scopes nested in this one.
    var qualifiedPrefix: String {
        switch kind {
        case .module: return ""
        case .classBody: return (parent?.qualifiedPrefix ?? "") + name + "."
        case .function, .comprehension: return (parent?.qualifiedPrefix ?? "") + name + ".<locals>."
        }
    }
}

/// Where a scope is found again when lowering: the location of its
/// defining node plus a tag for the kind of node.
struct ScopeKey: Hashable {
    let line: Int
    let column: Int
    let tag: Int
}

/// Decides, for every scope, which names are locals, cells, free
/// variables or globals (Python's rules: assignment makes a name local
/// unless declared `global`/`nonlocal`; inner functions see enclosing
/// function locals but not class-body names).
enum ScopeAnalysis {
    static func resolve(_ root: Scope, file: SourceFile) throws {
        computeLocals(root)
        try resolveFree(root, file: file)
        assignSlots(root)
    }

    private static func computeLocals(_ scope: Scope) {
        switch scope.kind {
        case .module:
            scope.locals = []
        case .function, .comprehension, .classBody:
            scope.locals = scope.assigned.union(scope.parameters)
                .subtracting(scope.declaredGlobal).subtracting(scope.declaredNonlocal)
        }
        scope.children.forEach(computeLocals)
    }

    private static func resolveFree(_ scope: Scope, file: SourceFile) throws {
        if scope.kind != .module {
            let wanted = scope.used.union(scope.assigned).union(scope.declaredNonlocal)
            for name in wanted.sorted() where !scope.locals.contains(name) && !scope.declaredGlobal.contains(name) {
                let found = bindFree(name, from: scope)
                if !found && scope.declaredNonlocal.contains(name) {
                    throw SyntaxError(.syntax, "no binding for nonlocal '\(name)' found",
                                      file: file, at: scope.nonlocalLocations[name] ?? SourceLocation(line: 1, column: 1))
                }
            }
        }
        for child in scope.children { try resolveFree(child, file: file) }
    }

    /// Looks `name` up in the enclosing function scopes of `scope`; when
    /// found, makes it a cell there and a free variable of every scope in
    /// between. Returns false for globals.
    private static func bindFree(_ name: String, from scope: Scope) -> Bool {
        var path: [Scope] = [scope]
        var current = scope.parent
        while let s = current {
            if s.kind == .module { return false }
            if s.kind == .classBody && name == "__class__" {
                addCell(name, to: s)
                for p in path { addFree(name, to: p) }
                return true
            }
            if s.isFunctionLike {
                if s.declaredGlobal.contains(name) { return false }
                if s.locals.contains(name) {
                    addCell(name, to: s)
                    for p in path { addFree(name, to: p) }
                    return true
                }
                if s.freeNames.contains(name) {
                    for p in path { addFree(name, to: p) }
                    return true
                }
            }
            path.append(s)
            current = s.parent
        }
        return false
    }

    private static func addCell(_ name: String, to scope: Scope) {
        if !scope.cellNames.contains(name) { scope.cellNames.append(name) }
    }

    private static func addFree(_ name: String, to scope: Scope) {
        if !scope.freeNames.contains(name) && !scope.cellNames.contains(name) { scope.freeNames.append(name) }
    }

    private static func assignSlots(_ scope: Scope) {
        if scope.isFunctionLike {
            for p in scope.parameters { addSlot(p, scope) }
            for name in scope.locals.sorted() where !scope.cellNames.contains(name) { addSlot(name, scope) }
        }
        scope.children.forEach(assignSlots)
    }

    private static func addSlot(_ name: String, _ scope: Scope) {
        guard scope.slots[name] == nil else { return }
        scope.slots[name] = scope.slotNames.count
        scope.slotNames.append(name)
    }
}
