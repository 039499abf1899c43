/// Expressions from `test` down to `power`: the operator-precedence ladder.
extension ParseSession {
    /// `test: or_test ['if' or_test 'else' test] | lambdef`
    mutating func test() throws -> Expr {
        if checkKeyword("lambda") { return try lambda(bodyRule: { try $0.test() }) }
        let body = try orTest()
        guard matchKeyword("if") else { return body }
        let condition = try orTest()
        try expectKeyword("else")
        let orElse = try test()
        return Expr(.conditional(test: condition, body: body, orElse: orElse), at: body.location)
    }

    /// `test_nocond: or_test | lambdef_nocond`
    mutating func testNoCondition() throws -> Expr {
        if checkKeyword("lambda") { return try lambda(bodyRule: { try $0.testNoCondition() }) }
        return try orTest()
    }

    /// `or_test: and_test ('or' and_test)*`
    mutating func orTest() throws -> Expr {
        let first = try andTest()
        guard checkKeyword("or") else { return first }
        var operands = [first]
        while matchKeyword("or") { operands.append(try andTest()) }
        return Expr(.boolean(.or, operands), at: first.location)
    }

    /// `and_test: not_test ('and' not_test)*`
    mutating func andTest() throws -> Expr {
        let first = try notTest()
        guard checkKeyword("and") else { return first }
        var operands = [first]
        while matchKeyword("and") { operands.append(try notTest()) }
        return Expr(.boolean(.and, operands), at: first.location)
    }

    /// `not_test: 'not' not_test | comparison`
    mutating func notTest() throws -> Expr {
        if checkKeyword("not") {
            let location = advance().location
            return Expr(.unary(.not, try notTest()), at: location)
        }
        return try comparison()
    }

    /// `comparison: expr (comp_op expr)*`
    mutating func comparison() throws -> Expr {
        let first = try bitOr()
        var comparisons: [Comparison] = []
        while let op = comparisonOperator() {
            comparisons.append(Comparison(op, try bitOr()))
        }
        return comparisons.isEmpty ? first : Expr(.compare(first, comparisons), at: first.location)
    }

    /// `comp_op: '<'|'>'|'=='|'>='|'<='|'!='|'<>'|'in'|'not' 'in'|'is'|'is' 'not'`
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

    /// `star_expr: '*' expr`
    mutating func starExpr() throws -> Expr {
        let location = try expect("*").location
        return Expr(.starred(try bitOr()), at: location)
    }

    /// `expr: xor_expr ('|' xor_expr)*`
    mutating func bitOr() throws -> Expr {
        try binaryLevel(["|": .bitOr]) { try $0.bitXor() }
    }

    /// `xor_expr: and_expr ('^' and_expr)*`
    mutating func bitXor() throws -> Expr {
        try binaryLevel(["^": .bitXor]) { try $0.bitAnd() }
    }

    /// `and_expr: shift_expr ('&' shift_expr)*`
    mutating func bitAnd() throws -> Expr {
        try binaryLevel(["&": .bitAnd]) { try $0.shift() }
    }

    /// `shift_expr: arith_expr (('<<'|'>>') arith_expr)*`
    mutating func shift() throws -> Expr {
        try binaryLevel(["<<": .leftShift, ">>": .rightShift]) { try $0.arith() }
    }

    /// `arith_expr: term (('+'|'-') term)*`
    mutating func arith() throws -> Expr {
        try binaryLevel(["+": .add, "-": .subtract]) { try $0.term() }
    }

    /// `term: factor (('*'|'@'|'/'|'%'|'//') factor)*`
    mutating func term() throws -> Expr {
        try binaryLevel(["*": .multiply, "@": .matrixMultiply, "/": .divide, "%": .modulo, "//": .floorDivide]) {
            try $0.factor()
        }
    }

    /// One left-associative binary level: `operand (op operand)*`.
    mutating func binaryLevel(_ operators: [String: BinaryOperator],
                              operand: (inout ParseSession) throws -> Expr) throws -> Expr {
        var left = try operand(&self)
        while current.kind == .op, let op = operators[current.text] {
            advance()
            let right = try operand(&self)
            left = Expr(.binary(op, left, right), at: left.location)
        }
        return left
    }

    /// `factor: ('+'|'-'|'~') factor | power`
    mutating func factor() throws -> Expr {
        let unary: [String: UnaryOperator] = ["+": .plus, "-": .minus, "~": .invert]
        if current.kind == .op, let op = unary[current.text] {
            let location = advance().location
            return Expr(.unary(op, try factor()), at: location)
        }
        return try power()
    }

    /// `power: atom_expr ['**' factor]`
    mutating func power() throws -> Expr {
        let base = try atomExpr()
        guard match("**") else { return base }
        let exponent = try factor()
        return Expr(.binary(.power, base, exponent), at: base.location)
    }

    /// `lambdef: 'lambda' [varargslist] ':' test` (and `lambdef_nocond` with `test_nocond`)
    mutating func lambda(bodyRule: (inout ParseSession) throws -> Expr) throws -> Expr {
        let location = try expectKeyword("lambda").location
        let parameters = try parameterList(closing: ":", annotated: false, owner: location)
        try expect(":")
        let body = try bodyRule(&self)
        return Expr(.lambda(parameters, body: body), at: location)
    }

    /// `testlist: test (',' test)* [',']`
    mutating func testList() throws -> Expr {
        try commaList(allowStar: false)
    }

    /// `testlist_star_expr: (test|star_expr) (',' (test|star_expr))* [',']`
    mutating func testListStarExpr() throws -> Expr {
        try commaList(allowStar: true)
    }

    /// `exprlist: (expr|star_expr) (',' (expr|star_expr))* [',']`
    mutating func exprList() throws -> Expr {
        try commaList(allowStar: true, element: { try $0.bitOr() })
    }

    /// A comma-separated list that is a tuple when it has a comma, else its one element.
    mutating func commaList(allowStar: Bool,
                            element: (inout ParseSession) throws -> Expr = { try $0.test() }) throws -> Expr {
        let first = try listElement(allowStar: allowStar, element: element)
        guard check(",") else { return first }
        var items = [first]
        while match(",") {
            guard startsExpression(current, allowStar: allowStar) else { break }
            items.append(try listElement(allowStar: allowStar, element: element))
        }
        return Expr(.tuple(items), at: first.location)
    }

    mutating func listElement(allowStar: Bool, element: (inout ParseSession) throws -> Expr) throws -> Expr {
        if allowStar, check("*") { return try starExpr() }
        return try element(&self)
    }

    /// Whether `token` can be the first token of an expression.
    func startsExpression(_ token: Token, allowStar: Bool = false) -> Bool {
        switch token.kind {
        case .name, .number, .string:
            return true
        case .keyword:
            return ["not", "lambda", "None", "True", "False"].contains(token.text)
        case .op:
            if allowStar, token.text == "*" { return true }
            return ["(", "[", "{", "-", "+", "~", "...", "`"].contains(token.text)
        default:
            return false
        }
    }

    /// `yield_expr: 'yield' ['from' test | testlist_star_expr]`
    mutating func yieldExpr() throws -> Expr {
        let location = try expectKeyword("yield").location
        if matchKeyword("from") {
            return Expr(.yieldFrom(try test()), at: location)
        }
        guard startsExpression(current, allowStar: true) else { return Expr(.yield(nil), at: location) }
        return Expr(.yield(try testListStarExpr()), at: location)
    }
}
