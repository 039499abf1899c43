/// Call arguments and function/lambda parameter lists.
extension ParseSession {
    /// ```
    /// arglist: argument ("," argument)* [","]
    /// argument: test [comp_for] | NAME "=" test | "**" test | "*" test
    /// ```
    /// Called after the opening `(`; stops before the closing `)`.
    mutating func argumentList(open: Token) throws -> [Argument] {
        var arguments: [Argument] = []
        var order = ArgumentOrder()
        while !check(")") {
            let location = current.location
            if match("*") {
                if order.sawDoubleStar {
                    throw failure("iterable argument unpacking follows keyword argument unpacking", at: location)
                }
                arguments.append(.star(try test()))
            } else if match("**") {
                order.sawDoubleStar = true
                arguments.append(.doubleStar(try test()))
            } else {
                arguments.append(try plainArgument(open: open, isFirst: arguments.isEmpty, order: &order))
            }
            if !match(",") { break }
        }
        if let message = order.misplacedPositional, check(")") {
            throw failure(message, at: current.location)
        }
        return arguments
    }

    /// What kinds of argument have been seen so far, to enforce Python's ordering.
    struct ArgumentOrder {
        var sawKeyword = false
        var sawDoubleStar = false
        var keywords: Set<String> = []
        /// The message for a positional argument after keywords; CPython reports
        /// it at the closing parenthesis.
        var misplacedPositional: String?
    }

    /// `test [comp_for] | test '=' test`
    mutating func plainArgument(open: Token, isFirst: Bool, order: inout ArgumentOrder) throws -> Argument {
        let value = try test()
        if checkKeyword("for") {
            let clauses = try comprehensionClauses()
            guard isFirst, check(")") else {
                throw failure("Generator expression must be parenthesized", at: value.location)
            }
            return .positional(Expr(.generator(value, clauses), at: open.location))
        }
        if check("=") {
            guard case .name(let name) = value.kind else {
                throw failure("expression cannot contain assignment, perhaps you meant \"==\"?", at: value.location)
            }
            advance()
            if order.keywords.contains(name) {
                throw failure("keyword argument repeated: \(name)", at: value.location)
            }
            order.keywords.insert(name)
            order.sawKeyword = true
            return .keyword(name, try test())
        }
        if order.sawDoubleStar {
            order.misplacedPositional = order.misplacedPositional
                ?? "positional argument follows keyword argument unpacking"
        } else if order.sawKeyword {
            order.misplacedPositional = order.misplacedPositional ?? "positional argument follows keyword argument"
        }
        return .positional(value)
    }

    /// ```
    /// typedargslist: tfpdef_default ("," (tfpdef_default | "/"))* ["," [typed_star_params]]
    ///              | typed_star_params
    /// typed_star_params: "*" [tfpdef] ("," tfpdef_default)* ["," [typed_kwargs]] | typed_kwargs
    /// typed_kwargs: "**" tfpdef [","]
    /// varargslist: vfpdef_default ("," (vfpdef_default | "/"))* ["," [var_star_params]] | var_star_params
    /// var_star_params: "*" [NAME] ("," vfpdef_default)* ["," [var_kwargs]] | var_kwargs
    /// var_kwargs: "**" NAME [","]
    /// ```
    /// Stops before `closing` (`)` for `def`, `:` for `lambda`). `owner` is where
    /// duplicate-name errors are reported.
    mutating func parameterList(closing: String, annotated: Bool, owner: SourceLocation) throws -> Parameters {
        var parameters = Parameters()
        var state = ParameterState()
        while !check(closing) {
            if check("*") {
                try starParameter(&parameters, &state, annotated: annotated)
            } else if match("**") {
                parameters.kwargs = try parameter(annotated: annotated, withDefault: false)
                _ = match(",")
                guard check(closing) else { throw unexpected() }
                break
            } else if check("/") {
                guard !state.afterStar, !state.sawSlash, !parameters.positional.isEmpty else { throw unexpected() }
                state.sawSlash = true
                advance()
            } else {
                try plainParameter(&parameters, &state, annotated: annotated)
            }
            if !match(",") { break }
        }
        if let bareStar = state.bareStarFollower, parameters.keywordOnly.isEmpty {
            throw failure("named arguments must follow bare *", at: bareStar)
        }
        try rejectDuplicates(parameters, owner: owner)
        return parameters
    }

    /// What a parameter list has seen so far, to place each parameter and
    /// enforce Python's ordering rules.
    struct ParameterState {
        var afterStar = false
        var sawDefault = false
        var sawSlash = false
        /// Location of the token after a bare `*`, for its error message.
        var bareStarFollower: SourceLocation?
    }

    mutating func starParameter(_ parameters: inout Parameters, _ state: inout ParameterState,
                                annotated: Bool) throws {
        guard !state.afterStar else { throw unexpected() }
        state.afterStar = true
        advance()
        if current.kind == .name {
            parameters.varargs = try parameter(annotated: annotated, withDefault: false)
        } else {
            state.bareStarFollower = check(",") ? peek().location : current.location
        }
    }

    mutating func plainParameter(_ parameters: inout Parameters, _ state: inout ParameterState,
                                 annotated: Bool) throws {
        let parameter = try parameter(annotated: annotated, withDefault: true)
        if state.afterStar {
            parameters.keywordOnly.append(parameter)
            return
        }
        if parameter.defaultValue != nil {
            state.sawDefault = true
        } else if state.sawDefault {
            throw failure("non-default argument follows default argument", at: current.location)
        }
        parameters.positional.append(parameter)
    }

    /// ```
    /// tfpdef_default: tfpdef ["=" test]
    /// tfpdef: NAME [":" test]
    /// vfpdef_default: NAME ["=" test]
    /// ```
    mutating func parameter(annotated: Bool, withDefault: Bool) throws -> Parameter {
        let name = try expectName()
        if annotated, match(":") { _ = try test() }
        var defaultValue: Expr?
        if withDefault, match("=") { defaultValue = try test() }
        return Parameter(name: name.text, defaultValue: defaultValue, at: name.location)
    }

    func rejectDuplicates(_ parameters: Parameters, owner: SourceLocation) throws {
        var seen: Set<String> = []
        let all = parameters.positional + [parameters.varargs].compactMap { $0 }
            + parameters.keywordOnly + [parameters.kwargs].compactMap { $0 }
        for parameter in all {
            if !seen.insert(parameter.name).inserted {
                throw failure("duplicate argument '\(parameter.name)' in function definition", at: owner)
            }
        }
    }
}
