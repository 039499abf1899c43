/// Compound statements: those that own an indented block.
extension ParseSession {
    /// `compound_stmt: if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef | decorated`
    /// Returns nil when the current token does not start a compound statement.
    mutating func compoundStatement() throws -> Stmt? {
        if check("@") { return try decorated() }
        guard current.kind == .keyword else { return nil }
        switch current.text {
        case "if": return try ifStatement()
        case "while": return try whileStatement()
        case "for": return try forStatement()
        case "try": return try tryStatement()
        case "with": return try withStatement()
        case "def": return try functionDefinition(decorators: [])
        case "class": return try classDefinition(decorators: [])
        default: return nil
        }
    }

    /// `suite: simple_stmt | _NEWLINE _INDENT stmt+ _DEDENT` (after its `:`)
    mutating func suite() throws -> [Stmt] {
        try expect(":")
        guard current.kind == .newline else { return try simpleStatement() }
        advance()
        guard current.kind == .indent else {
            if current.kind == .error { throw unexpected() }
            var error = failure("expected an indented block", at: current.location, kind: .indentation)
            error.isIncompleteInput = current.kind == .endOfInput
            throw error
        }
        advance()
        var body: [Stmt] = []
        while current.kind != .dedent && current.kind != .endOfInput {
            body += try statement()
        }
        if current.kind == .dedent { advance() }
        return body
    }

    /// `if_stmt: "if" test ":" suite ("elif" test ":" suite)* ["else" ":" suite]`
    /// An `elif` becomes an `if` nested in the `orElse` of the one before; the
    /// clauses are read in a loop so long chains need no deep recursion.
    mutating func ifStatement() throws -> Stmt {
        var clauses: [(location: SourceLocation, test: Expr, body: [Stmt])] = []
        repeat {
            let location = advance().location
            let condition = try test()
            clauses.append((location, condition, try suite()))
        } while checkKeyword("elif")
        var orElse = matchKeyword("else") ? try suite() : []
        for clause in clauses.reversed() {
            orElse = [Stmt(.if(test: clause.test, body: clause.body, orElse: orElse), at: clause.location)]
        }
        return orElse[0]
    }

    /// `while_stmt: "while" test ":" suite ["else" ":" suite]`
    mutating func whileStatement() throws -> Stmt {
        let location = try expectKeyword("while").location
        let condition = try test()
        let body = try suite()
        let orElse = matchKeyword("else") ? try suite() : []
        return Stmt(.while(test: condition, body: body, orElse: orElse), at: location)
    }

    /// `for_stmt: "for" exprlist "in" testlist ":" suite ["else" ":" suite]`
    mutating func forStatement() throws -> Stmt {
        let location = try expectKeyword("for").location
        let target = try exprList()
        try checkTarget(target, .assign)
        try expectKeyword("in")
        let iterable = try testList()
        let body = try suite()
        let orElse = matchKeyword("else") ? try suite() : []
        return Stmt(.for(target: target, iterable: iterable, body: body, orElse: orElse), at: location)
    }

    /// ```
    /// try_stmt: "try" ":" suite ((except_clause ":" suite)+ ["else" ":" suite] ["finally" ":" suite]
    ///                           | "finally" ":" suite)
    /// ```
    mutating func tryStatement() throws -> Stmt {
        let location = try expectKeyword("try").location
        let body = try suite()
        var handlers: [ExceptHandler] = []
        while checkKeyword("except") {
            if let last = handlers.last, last.type == nil {
                // CPython 3.9 points at the first statement of the `try` body.
                throw failure("default 'except:' must be last", at: body.first?.location ?? last.location)
            }
            handlers.append(try exceptClause())
        }
        let orElse = (!handlers.isEmpty && matchKeyword("else")) ? try suite() : []
        let final = matchKeyword("finally") ? try suite() : []
        if handlers.isEmpty && final.isEmpty { throw unexpected() }
        return Stmt(.try(body: body, handlers: handlers, orElse: orElse, finally: final), at: location)
    }

    /// `except_clause: "except" [test [("as" | ",") NAME]]` followed by its suite
    mutating func exceptClause() throws -> ExceptHandler {
        let location = try expectKeyword("except").location
        var type: Expr?
        var name: String?
        if !check(":") {
            type = try test()
            if matchKeyword("as") || match(",") { name = try expectName().text }
        }
        return ExceptHandler(type: type, name: name, body: try suite(), at: location)
    }

    /// ```
    /// with_stmt: "with" with_item ("," with_item)* ":" suite
    /// with_item: test ["as" expr]
    /// ```
    mutating func withStatement() throws -> Stmt {
        let location = try expectKeyword("with").location
        var items: [WithItem] = []
        repeat {
            let context = try test()
            var target: Expr?
            if matchKeyword("as") {
                let bound = try bitOr()
                try checkTarget(bound, .assign)
                target = bound
            }
            items.append(WithItem(context: context, target: target))
        } while match(",")
        return Stmt(.with(items: items, body: try suite()), at: location)
    }

    /// ```
    /// decorated: decorator+ (classdef | funcdef)
    /// decorator: "@" test _NEWLINE
    /// ```
    mutating func decorated() throws -> Stmt {
        var decorators: [Expr] = []
        while match("@") {
            decorators.append(try test())
            try expectNewline()
        }
        if checkKeyword("def") { return try functionDefinition(decorators: decorators) }
        if checkKeyword("class") { return try classDefinition(decorators: decorators) }
        throw unexpected()
    }

    /// ```
    /// funcdef: "def" NAME "(" [typedargslist] ")" ["->" test] ":" suite
    /// parameters: '(' [typedargslist] ')'
    /// ```
    mutating func functionDefinition(decorators: [Expr]) throws -> Stmt {
        let location = try expectKeyword("def").location
        let name = try expectName().text
        try expect("(")
        let parameters = try parameterList(closing: ")", annotated: true, owner: location)
        try expect(")")
        if match("->") { _ = try test() }
        let body = try suite()
        let definition = FunctionDef(name: name, parameters: parameters, body: body,
                                     decorators: decorators, at: location)
        return Stmt(.functionDef(definition), at: location)
    }

    /// `classdef: "class" NAME ["(" [arglist] ")"] ":" suite`
    mutating func classDefinition(decorators: [Expr]) throws -> Stmt {
        let location = try expectKeyword("class").location
        let name = try expectName().text
        var bases: [Argument] = []
        if check("(") {
            let open = advance()
            bases = try argumentList(open: open)
            for case .positional(let base) in bases {
                // A class's bases are not a call: a bare generator expression is not allowed.
                if case .generator = base.kind { throw unexpected() }
            }
            try expect(")")
        }
        let body = try suite()
        let definition = ClassDef(name: name, bases: bases, body: body, decorators: decorators, at: location)
        return Stmt(.classDef(definition), at: location)
    }
}
