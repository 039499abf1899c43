/// Atoms and trailers: names, literals, bracketed displays, calls, attributes
/// and subscripts.
extension ParseSession {
    /// ```
    /// atom_expr: atom trailer*
    /// trailer: "(" [arglist] ")" | "[" subscriptlist "]" | "." NAME
    /// ```
    /// Every trailer's node starts where the atom's first token does (a
    /// parenthesized callee included), as in CPython.
    mutating func atomExpr() throws -> Expr {
        let start = current.location
        var expr = try atom()
        while true {
            if check("(") {
                let open = advance()
                let arguments = try argumentList(open: open)
                try expect(")")
                expr = Expr(.call(expr, arguments), at: start)
            } else if match("[") {
                let index = try subscriptList()
                try expect("]")
                expr = Expr(.subscript(expr, index), at: start)
            } else if match(".") {
                let name = try expectName()
                expr = Expr(.attribute(expr, name.text), at: start)
            } else {
                return expr
            }
        }
    }

    /// ```
    /// atom: "(" [yield_expr | testlist_comp] ")" | "[" [testlist_comp] "]" | "{" [dictorsetmaker] "}"
    ///     | "`" testlist "`" | NAME | number | STRING+ | "..." | "None" | "True" | "False"
    /// number: DEC_NUMBER | HEX_NUMBER | OCT_NUMBER | BIN_NUMBER | FLOAT_NUMBER
    /// ```
    mutating func atom() throws -> Expr {
        let token = current
        switch token.kind {
        case .name:
            advance()
            return Expr(.name(token.text), at: token.location)
        case .number:
            advance()
            return Expr(.constant(token.literal ?? .none), at: token.location)
        case .string, .formattedString:
            return try strings()
        case .keyword:
            guard let constant = ParseSession.keywordConstants[token.text] else { throw unexpected() }
            advance()
            return Expr(.constant(constant), at: token.location)
        case .op:
            return try bracketAtom(token)
        default:
            throw unexpected()
        }
    }

    static let keywordConstants: [String: Constant] = ["None": .none, "True": .true, "False": .false]

    mutating func bracketAtom(_ token: Token) throws -> Expr {
        switch token.text {
        case "(": return try parenthesized()
        case "[": return try listDisplay()
        case "{": return try dictOrSetDisplay()
        case "`": return try backtickRepr()
        case "...":
            advance()
            return Expr(.constant(.ellipsis), at: token.location)
        default:
            throw unexpected()
        }
    }

    /// `STRING+`: adjacent literals concatenate; bytes and text may not mix.
    /// f-strings among them are lowered (see `Parser+FormattedStrings.swift`).
    mutating func strings() throws -> Expr {
        let first = current
        var pieces: [StringPiece] = []
        var bytes: [UInt8] = []
        var sawText = false
        var sawBytes = false
        while current.isStringLiteral {
            let token = advance()
            switch token.literal {
            case .bytes(let value)?:
                bytes += value
                sawBytes = true
            case .string(let value)?:
                pieces.append(.text(value))
                sawText = true
            default:
                pieces += try formattedStringPieces(token, errorLocation: current.location)
                sawText = true
            }
        }
        if sawText && sawBytes {
            throw failure("cannot mix bytes and nonbytes literals", at: current.location)
        }
        if sawBytes { return Expr(.constant(.bytes(bytes)), at: first.location) }
        return ParseSession.joinPieces(pieces, at: first.location)
    }

    /// `'`' testlist '`'`: Python 2's repr shorthand, lowered to `repr(...)`.
    mutating func backtickRepr() throws -> Expr {
        let location = try expect("`").location
        let value = try testList()
        try expect("`")
        let callee = Expr(.name("repr"), at: location)
        return Expr(.call(callee, [.positional(value)]), at: location)
    }

    /// `"(" [yield_expr | testlist_comp] ")"` with
    /// `testlist_comp: (test | star_expr) (comp_for | ("," (test | star_expr))* [","])`
    /// — a tuple, a generator expression, a
    /// yield, or a parenthesized expression (which keeps its own location).
    mutating func parenthesized() throws -> Expr {
        let location = try expect("(").location
        if match(")") { return Expr(.tuple([]), at: location) }
        if checkKeyword("yield") {
            let value = try yieldExpr()
            try expect(")")
            return value
        }
        let first = try listElement(allowStar: true) { try $0.test() }
        if checkKeyword("for") {
            try rejectStarredInComprehension(first)
            let clauses = try comprehensionClauses()
            try expect(")")
            return Expr(.generator(first, clauses), at: location)
        }
        if match(")") {
            try rejectBareStar(first)
            return first
        }
        let items = try remainingItems(first, closing: ")")
        return Expr(.tuple(items), at: location)
    }

    /// The `, item, item [,]` tail of a display, through its closing bracket.
    mutating func remainingItems(_ first: Expr, closing: String) throws -> [Expr] {
        var items = [first]
        while !match(closing) {
            try expect(",")
            if match(closing) { break }
            items.append(try listElement(allowStar: true) { try $0.test() })
        }
        return items
    }

    /// `"[" [testlist_comp] "]"` (see `parenthesized` for `testlist_comp`)
    mutating func listDisplay() throws -> Expr {
        let location = try expect("[").location
        if match("]") { return Expr(.list([]), at: location) }
        let first = try listElement(allowStar: true) { try $0.test() }
        if checkKeyword("for") {
            try rejectStarredInComprehension(first)
            let clauses = try comprehensionClauses()
            try expect("]")
            return Expr(.listComprehension(first, clauses), at: location)
        }
        return Expr(.list(try remainingItems(first, closing: "]")), at: location)
    }

    func rejectStarredInComprehension(_ element: Expr) throws {
        if element.isStarred {
            throw failure("iterable unpacking cannot be used in comprehension", at: element.location)
        }
    }

    /// ```
    /// dictorsetmaker: dict_item (comp_for | ("," dict_item)* [","])
    ///               | (test | star_expr) (comp_for | ("," (test | star_expr))* [","])
    /// ```
    mutating func dictOrSetDisplay() throws -> Expr {
        let location = try expect("{").location
        if match("}") { return Expr(.dict([]), at: location) }
        if check("**") {
            let unpackLocation = current.location
            let first = try dictItem()
            if checkKeyword("for") {
                throw failure("dict unpacking cannot be used in dict comprehension", at: unpackLocation)
            }
            return try dictDisplay(first: first, at: location)
        }
        let first = try listElement(allowStar: true) { try $0.test() }
        if !first.isStarred, match(":") {
            let value = try test()
            if checkKeyword("for") {
                let clauses = try comprehensionClauses()
                try expect("}")
                return Expr(.dictComprehension(key: first, value: value, clauses), at: location)
            }
            return try dictDisplay(first: .pair(key: first, value: value), at: location)
        }
        if checkKeyword("for") {
            try rejectStarredInComprehension(first)
            let clauses = try comprehensionClauses()
            try expect("}")
            return Expr(.setComprehension(first, clauses), at: location)
        }
        return Expr(.set(try remainingItems(first, closing: "}")), at: location)
    }

    /// The rest of a dict display after its first item.
    mutating func dictDisplay(first: DictItem, at location: SourceLocation) throws -> Expr {
        var items = [first]
        while !match("}") {
            try expect(",")
            if match("}") { break }
            items.append(try dictItem())
        }
        return Expr(.dict(items), at: location)
    }

    /// `dict_item: test ":" test | "**" expr`
    mutating func dictItem() throws -> DictItem {
        if match("**") { return .unpack(try bitOr()) }
        let key = try test()
        try expect(":")
        return .pair(key: key, value: try test())
    }

    /// ```
    /// comp_for: "for" exprlist "in" or_test [comp_iter]
    /// comp_iter: comp_for | comp_if
    /// comp_if: "if" test_nocond [comp_iter]
    /// ```
    mutating func comprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while checkKeyword("for") {
            advance()
            let target = try exprList()
            try checkTarget(target, .assign)
            try expectKeyword("in")
            let iterable = try orTest()
            var conditions: [Expr] = []
            while matchKeyword("if") { conditions.append(try testNoCondition()) }
            clauses.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        return clauses
    }

    /// ```
    /// subscriptlist: subscript ("," subscript)* [","]
    /// subscript: test | [test] ":" [test] [sliceop]
    /// sliceop: ":" [test]
    /// ```
    mutating func subscriptList() throws -> Expr {
        let start = current.location
        let first = try subscriptItem()
        guard check(",") else { return first }
        var items = [first]
        while match(",") {
            if check("]") { break }
            items.append(try subscriptItem())
        }
        return Expr(.tuple(items), at: start)
    }

    mutating func subscriptItem() throws -> Expr {
        let location = current.location
        let lower: Expr? = check(":") ? nil : try test()
        guard match(":") else {
            guard let lower else { throw unexpected() }
            return lower
        }
        let upper: Expr? = startsExpression(current) ? try test() : nil
        var step: Expr?
        if match(":") { step = startsExpression(current) ? try test() : nil }
        return Expr(.slice(lower: lower, upper: upper, step: step), at: location)
    }
}

extension Expr {
    /// `*x` (only meaningful inside displays, calls and assignment targets).
    var isStarred: Bool {
        if case .starred = kind { return true }
        return false
    }
}
