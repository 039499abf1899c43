/// Simple statements: everything that fits on one logical line.
extension ParseSession {
    /// `stmt: simple_stmt | compound_stmt`
    mutating func statement() throws -> [Stmt] {
        if let compound = try compoundStatement() { return [compound] }
        return try simpleStatement()
    }

    /// `simple_stmt: small_stmt (";" small_stmt)* [";"] _NEWLINE`
    mutating func simpleStatement() throws -> [Stmt] {
        var statements = [try smallStatement()]
        while match(";") {
            if current.kind == .newline { break }
            statements.append(try smallStatement())
        }
        try expectNewline()
        return statements
    }

    /// ```
    /// small_stmt: expr_stmt | print_stmt | del_stmt | pass_stmt | flow_stmt | import_stmt | global_stmt
    ///           | nonlocal_stmt | assert_stmt
    /// flow_stmt: break_stmt | continue_stmt | return_stmt | raise_stmt | yield_stmt
    /// import_stmt: import_name | import_from
    /// pass_stmt: "pass"
    /// break_stmt: "break"
    /// continue_stmt: "continue"
    /// yield_stmt: yield_expr
    /// ```
    mutating func smallStatement() throws -> Stmt {
        let token = current
        if token.kind == .name, token.text == "print", startsPrintStatement() {
            return try printStatement()
        }
        guard token.kind == .keyword else { return try expressionStatement() }
        switch token.text {
        case "pass": advance(); return Stmt(.pass, at: token.location)
        case "break": advance(); return Stmt(.break, at: token.location)
        case "continue": advance(); return Stmt(.continue, at: token.location)
        case "return": return try returnStatement()
        case "raise": return try raiseStatement()
        case "global", "nonlocal": return try scopeStatement()
        case "del": return try deleteStatement()
        case "assert": return try assertStatement()
        case "import": return try importStatement()
        case "from": return try fromImportStatement()
        default: return try expressionStatement()
        }
    }

    /// ```
    /// expr_stmt: testlist_star_expr (annassign | augassign (yield_expr | testlist)
    ///                               | ("=" (yield_expr | testlist_star_expr))*)
    /// annassign: ":" test ["=" (yield_expr | testlist_star_expr)]
    /// ```
    mutating func expressionStatement() throws -> Stmt {
        let location = current.location
        let first = try assignedValue()
        if match(":") {
            try checkTarget(first, .annotated)
            let annotation = try test()
            let value: Expr? = match("=") ? try assignedValue() : nil
            return Stmt(.annotatedAssign(target: first, annotation: annotation, value: value), at: location)
        }
        if current.kind == .op, let op = ParseSession.augmentedOperators[current.text] {
            try checkTarget(first, .augmented)
            advance()
            let value = checkKeyword("yield") ? try yieldExpr() : try testList()
            return Stmt(.augmentedAssign(target: first, op: op, value: value), at: location)
        }
        guard check("=") else {
            try rejectBareStar(first)
            return Stmt(.expression(first), at: location)
        }
        var targets = [first]
        while match("=") { targets.append(try assignedValue()) }
        let value = targets.removeLast()
        try rejectBareStar(value)
        for target in targets { try checkTarget(target, .assign) }
        return Stmt(.assign(targets: targets, value: value), at: location)
    }

    /// `yield_expr | testlist_star_expr`
    mutating func assignedValue() throws -> Expr {
        checkKeyword("yield") ? try yieldExpr() : try testListStarExpr()
    }

    func rejectBareStar(_ expr: Expr) throws {
        if expr.isStarred { throw failure("can't use starred expression here", at: expr.location) }
    }

    /// `augassign: "+=" | "-=" | "*=" | "@=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>=" | "**=" | "//="`
    static let augmentedOperators: [String: BinaryOperator] = [
        "+=": .add, "-=": .subtract, "*=": .multiply, "@=": .matrixMultiply, "/=": .divide,
        "%=": .modulo, "&=": .bitAnd, "|=": .bitOr, "^=": .bitXor, "<<=": .leftShift,
        ">>=": .rightShift, "**=": .power, "//=": .floorDivide,
    ]

    /// `print` starts a print statement when followed by `>>`, by the end of the
    /// statement, or by a token that can begin an expression other than `(`.
    func startsPrintStatement() -> Bool {
        let next = peek()
        if next.isOp("(") { return false }
        if next.isOp(">>") || next.isOp(";") { return true }
        switch next.kind {
        case .newline, .endOfInput: return true
        default: return startsExpression(next)
        }
    }

    /// `print_stmt: PRINT_KW [test ("," test)* [","] | ">>" test ("," test)* [","]]`
    mutating func printStatement() throws -> Stmt {
        let location = advance().location
        var destination: Expr?
        var values: [Expr] = []
        var trailingComma = false
        if match(">>") {
            destination = try test()
            guard match(",") else {
                return Stmt(.print(destination: destination, values: [], trailingComma: false), at: location)
            }
            trailingComma = true
        }
        while startsExpression(current) {
            values.append(try test())
            trailingComma = match(",")
            if !trailingComma { break }
        }
        return Stmt(.print(destination: destination, values: values, trailingComma: trailingComma), at: location)
    }

    /// `return_stmt: "return" [testlist_star_expr]`
    mutating func returnStatement() throws -> Stmt {
        let location = try expectKeyword("return").location
        let value: Expr? = startsExpression(current, allowStar: true) ? try testListStarExpr() : nil
        if let value { try rejectBareStar(value) }
        return Stmt(.return(value), at: location)
    }

    /// `raise_stmt: "raise" [test ["from" test | "," test]]` — Python 2's
    /// `raise E, V` becomes `raise E(V)` (`raise E(*V)` when V is a tuple display).
    mutating func raiseStatement() throws -> Stmt {
        let location = try expectKeyword("raise").location
        guard startsExpression(current) else { return Stmt(.raise(exception: nil, cause: nil), at: location) }
        let exception = try test()
        if matchKeyword("from") {
            return Stmt(.raise(exception: exception, cause: try test()), at: location)
        }
        guard match(",") else { return Stmt(.raise(exception: exception, cause: nil), at: location) }
        let value = try test()
        let arguments: [Argument]
        if case .tuple(let items) = value.kind {
            arguments = items.map { .positional($0) }
        } else {
            arguments = [.positional(value)]
        }
        let call = Expr(.call(exception, arguments), at: exception.location)
        return Stmt(.raise(exception: call, cause: nil), at: location)
    }

    /// `global_stmt: "global" NAME ("," NAME)*` / `nonlocal_stmt: "nonlocal" NAME ("," NAME)*`
    mutating func scopeStatement() throws -> Stmt {
        let keyword = advance()
        var names = [try expectName().text]
        while match(",") { names.append(try expectName().text) }
        let kind: StmtKind = keyword.text == "global" ? .global(names) : .nonlocal(names)
        return Stmt(kind, at: keyword.location)
    }

    /// `del_stmt: "del" exprlist`
    mutating func deleteStatement() throws -> Stmt {
        let location = try expectKeyword("del").location
        var targets: [Expr] = []
        repeat {
            if !targets.isEmpty, !startsExpression(current, allowStar: true) { break }
            let target = try listElement(allowStar: true) { try $0.bitOr() }
            try checkTarget(target, .delete)
            targets.append(target)
        } while match(",")
        return Stmt(.delete(targets), at: location)
    }

    /// `assert_stmt: "assert" test ["," test]`
    mutating func assertStatement() throws -> Stmt {
        let location = try expectKeyword("assert").location
        let condition = try test()
        let message: Expr? = match(",") ? try test() : nil
        return Stmt(.assert(test: condition, message: message), at: location)
    }
}
