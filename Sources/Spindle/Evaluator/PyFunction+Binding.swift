/// Matching call arguments to parameters, with CPython's `TypeError`s.
extension PyFunction {
    func bind(_ arguments: Arguments, into slots: UnsafeMutablePointer<Value?>) throws {
        let signature = code.signature
        let name = code.name
        let positionalCount = signature.positionalCount
        let given = arguments.positional
        for i in 0..<min(given.count, positionalCount) { slots[i] = given[i] }
        if given.count > positionalCount {
            guard signature.varargs != nil else {
                throw tooManyPositional(given: given.count, keywordsGiven: arguments.keywords)
            }
            slots[signature.varargsSlot] = makeTuple(Array(given[positionalCount...]))
        } else if signature.varargs != nil {
            slots[signature.varargsSlot] = makeTuple([])
        }
        var extra: [(Value, Value)] = []
        for (key, value) in arguments.keywords {
            guard let slot = slotOfKeyword(key) else {
                guard signature.kwargs != nil else {
                    throw PyError(.typeError, "\(name)() got an unexpected keyword argument '\(key)'")
                }
                if extra.contains(where: { $0.0.asString == key }) {
                    throw PyError(.typeError, "\(name)() got multiple values for keyword argument '\(key)'")
                }
                extra.append((.str(key), value))
                continue
            }
            if slots[slot] != nil {
                throw PyError(.typeError, "\(name)() got multiple values for argument '\(key)'")
            }
            slots[slot] = value
        }
        if signature.kwargs != nil { slots[signature.kwargsSlot] = makeDict(extra) }
        try fillDefaults(slots)
    }

    private func slotOfKeyword(_ key: String) -> Int? {
        let signature = code.signature
        if let i = signature.positional.firstIndex(of: key) { return i }
        if let i = signature.keywordOnly.firstIndex(of: key) { return signature.keywordOnlyStart + i }
        return nil
    }

    private func fillDefaults(_ slots: UnsafeMutablePointer<Value?>) throws {
        let signature = code.signature
        let firstDefault = signature.positionalCount - defaults.count
        var missing: [String] = []
        for i in 0..<signature.positionalCount where slots[i] == nil {
            if i >= firstDefault { slots[i] = defaults[i - firstDefault] } else { missing.append(signature.positional[i]) }
        }
        if !missing.isEmpty { throw missingArguments(missing, kind: "positional") }
        for (i, key) in signature.keywordOnly.enumerated() where slots[signature.keywordOnlyStart + i] == nil {
            if let value = keywordDefaults[key] { slots[signature.keywordOnlyStart + i] = value } else { missing.append(key) }
        }
        if !missing.isEmpty { throw missingArguments(missing, kind: "keyword-only") }
    }

    private func missingArguments(_ names: [String], kind: String) -> PyError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let plural = names.count == 1 ? "argument" : "arguments"
        return PyError(.typeError, "\(code.name)() missing \(names.count) required \(kind) \(plural): \(list)")
    }

    private func tooManyPositional(given: Int, keywordsGiven: [(name: String, value: Value)]) -> PyError {
        let signature = code.signature
        let most = signature.positionalCount
        let least = most - defaults.count
        let takes = least == most ? "\(most) positional argument\(most == 1 ? "" : "s")"
            : "from \(least) to \(most) positional arguments"
        let keywordOnlyGiven = keywordsGiven.filter { signature.keywordOnly.contains($0.name) }.count
        let was = given == 1 ? "was" : "were"
        if keywordOnlyGiven > 0 {
            let kw = "\(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven == 1 ? "" : "s")"
            return PyError(.typeError, "\(code.name)() takes \(takes) but \(given) positional argument\(given == 1 ? "" : "s") (and \(kw)) \(was) given")
        }
        return PyError(.typeError, "\(code.name)() takes \(takes) but \(given) \(was) given")
    }
}
