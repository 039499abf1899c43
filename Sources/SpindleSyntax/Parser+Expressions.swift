/// Expressions from `test` down to `power`: the operator-precedence ladder.
extension ParseSession {
    /// `test: or_test ["if" or_test "else" test] | lambdef`
    mutating func test() throws -> Expr {
        try enterNesting()
        defer { depth -= 1 }
        if checkKeyword("lambda") { return try lambda(bodyRule: { try $0.test() }) }
        let start = current.location
        let body = try orTest()
        guard matchKeyword("if") else { return body }
        let condition = try orTest()
        try expectKeyword("else")
        let orElse = try test()
        return Expr(.conditional(test: condition, body: body, orElse: orElse), at: start)
    }

    /// `test_nocond: or_test | lambdef_nocond`
    mutating func testNoCondition() throws -> Expr {
        if checkKeyword("lambda") { return try lambda(bodyRule: { try $0.testNoCondition() }) }
        return try orTest()
    }

    /// `or_test: and_test ("or" and_test)*`
    mutating func orTest() throws -> Expr {
        let start = current.location
        let first = try andTest()
        guard checkKeyword("or") else { return first }
        var operands = [first]
        while matchKeyword("or") { operands.append(try andTest()) }
        return Expr(.boolean(.or, operands), at: start)
    }

    /// `and_test: not_test ("and" not_test)*`
    mutating func andTest() throws -> Expr {
        let start = current.location
        let first = try notTest()
        guard checkKeyword("and") else { return first }
        var operands = [first]
        while matchKeyword("and") { operands.append(try notTest()) }
        return Expr(.boolean(.and, operands), at: start)
    }

    /// `not_test: "not" not_test | comparison`
    mutating func notTest() throws -> Expr {
        if checkKeyword("not") {
            try enterNesting()
            defer { depth -= 1 }
            let location = advance().location
            return Expr(.unary(.not, try notTest()), at: location)
        }
        return try comparison()
    }

    /// `comparison: expr (comp_op expr)*`
    mutating func comparison() throws -> Expr {
        let start = current.location
        let first = try bitOr()
        var comparisons: [Comparison] = []
        while let op = comparisonOperator() {
            comparisons.append(Comparison(op, try bitOr()))
        }
        return comparisons.isEmpty ? first : Expr(.compare(first, comparisons), at: start)
    }

    /// `comp_op: "<" | ">" | "==" | ">=" | "<=" | "!=" | "<>" | "in" | "not" "in" | "is" | "is" "not"`
    /// (consumes the operator when one is present)
    mutating func comparisonOperator() -> CompareOperator? {
        let token = current
        if token.kind == .op {
            let op: CompareOperator
            switch token.text {
            case "<": op = .less
            case ">": op = .greater
            case "==": op = .equal
            case ">=": op = .greaterEqual
            case "<=": op = .lessEqual
            case "!=", "<>": op = .notEqual
            default: return nil
            }
            advance()
            return op
        }
        if token.isKeyword("in") { advance(); return .in }
        if token.isKeyword("not"), peek().isKeyword("in") { advance(); advance(); return .notIn }
        if token.isKeyword("is") {
            advance()
            return matchKeyword("not") ? .isNot : .is
        }
        return nil
    }

    /// `star_expr: "*" expr`
    mutating func starExpr() throws -> Expr {
        let location = try expect("*").location
        return Expr(.starred(try bitOr()), at: location)
    }

    /// `expr: xor_expr ("|" xor_expr)*` — the top of the binary-operator levels.
    mutating func bitOr() throws -> Expr {
        try binaryLevel(0)
    }

    /// The binary operators of each level, loosest first (see `binaryLevel`).
    static let binaryLevels: [[String: BinaryOperator]] = [
        ["|": .bitOr],
        ["^": .bitXor],
        ["&": .bitAnd],
        ["<<": .leftShift, ">>": .rightShift],
        ["+": .add, "-": .subtract],
        ["*": .multiply, "@": .matrixMultiply, "/": .divide, "%": .modulo, "//": .floorDivide],
    ]

    /// One left-associative level of binary operators; level 0 is `expr`:
    /// ```
    /// expr: xor_expr ("|" xor_expr)*
    /// xor_expr: and_expr ("^" and_expr)*
    /// and_expr: shift_expr ("&" shift_expr)*
    /// shift_expr: arith_expr (_shift_op arith_expr)*
    /// arith_expr: term (_add_op term)*
    /// term: factor (_mul_op factor)*
    /// _shift_op: "<<" | ">>"
    /// _add_op: "+" | "-"
    /// _mul_op: "*" | "@" | "/" | "%" | "//"
    /// ```
    /// (one method for the six rules keeps the recursion per nesting level shallow).
    mutating func binaryLevel(_ level: Int) throws -> Expr {
        let operators = ParseSession.binaryLevels[level]
        let isLast = level == ParseSession.binaryLevels.count - 1
        let start = current.location
        var left = isLast ? try factor() : try binaryLevel(level + 1)
        while current.kind == .op, let op = operators[current.text] {
            advance()
            let right = isLast ? try factor() : try binaryLevel(level + 1)
            left = Expr(.binary(op, left, right), at: start)
        }
        return left
    }

    /// ```
    /// factor: _unary_op factor | power
    /// _unary_op: "+" | "-" | "~"
    /// ```
    mutating func factor() throws -> Expr {
        if current.kind == .op, let op = ParseSession.unaryOperators[current.text] {
            try enterNesting()
            defer { depth -= 1 }
            let location = advance().location
            return Expr(.unary(op, try factor()), at: location)
        }
        return try power()
    }

    static let unaryOperators: [String: UnaryOperator] = ["+": .plus, "-": .minus, "~": .invert]

    /// `power: atom_expr ["**" factor]`
    mutating func power() throws -> Expr {
        let start = current.location
        let base = try atomExpr()
        guard match("**") else { return base }
        try enterNesting()
        defer { depth -= 1 }
        let exponent = try factor()
        return Expr(.binary(.power, base, exponent), at: start)
    }

    /// ```
    /// lambdef: "lambda" [varargslist] ":" test
    /// lambdef_nocond: "lambda" [varargslist] ":" test_nocond
    /// ```
    /// (`bodyRule` is `test` or `test_nocond`)
    mutating func lambda(bodyRule: (inout ParseSession) throws -> Expr) throws -> Expr {
        let location = try expectKeyword("lambda").location
        let parameters = try parameterList(closing: ":", annotated: false, owner: location)
        try expect(":")
        let body = try bodyRule(&self)
        return Expr(.lambda(parameters, body: body), at: location)
    }

    /// `testlist: test ("," test)* [","]`
    mutating func testList() throws -> Expr {
        try commaList(allowStar: false)
    }

    /// `testlist_star_expr: (test | star_expr) ("," (test | star_expr))* [","]`
    mutating func testListStarExpr() throws -> Expr {
        try commaList(allowStar: true)
    }

    /// `exprlist: (expr | star_expr) ("," (expr | star_expr))* [","]`
    mutating func exprList() throws -> Expr {
        try commaList(allowStar: true, element: { try $0.bitOr() })
    }

    /// A comma-separated list that is a tuple when it has a comma, else its one element.
    mutating func commaList(allowStar: Bool,
                            element: (inout ParseSession) throws -> Expr = { try $0.test() }) throws -> Expr {
        let start = current.location
        let first = try listElement(allowStar: allowStar, element: element)
        guard check(",") else { return first }
        var items = [first]
        while match(",") {
            guard startsExpression(current, allowStar: allowStar) else { break }
            items.append(try listElement(allowStar: allowStar, element: element))
        }
        return Expr(.tuple(items), at: start)
    }

    mutating func listElement(allowStar: Bool, element: (inout ParseSession) throws -> Expr) throws -> Expr {
        if allowStar, check("*") { return try starExpr() }
        return try element(&self)
    }

    /// Whether `token` can be the first token of an expression.
    func startsExpression(_ token: Token, allowStar: Bool = false) -> Bool {
        switch token.kind {
        case .name, .number, .string, .formattedString:
            return true
        case .keyword:
            return ParseSession.expressionKeywords.contains(token.text)
        case .op:
            if allowStar, token.text == "*" { return true }
            return ParseSession.expressionOperators.contains(token.text)
        default:
            return false
        }
    }

    static let expressionKeywords: Set<String> = ["not", "lambda", "None", "True", "False"]
    static let expressionOperators: Set<String> = ["(", "[", "{", "-", "+", "~", "...", "`"]

    /// `yield_expr: "yield" ["from" test | testlist_star_expr]`
    mutating func yieldExpr() throws -> Expr {
        let location = try expectKeyword("yield").location
        if matchKeyword("from") {
            return Expr(.yieldFrom(try test()), at: location)
        }
        guard startsExpression(current, allowStar: true) else { return Expr(.yield(nil), at: location) }
        return Expr(.yield(try testListStarExpr()), at: location)
    }
}
