/// The arguments of one call, as the caller supplied them: positional
/// values in order, then keyword pairs in order. Native functions unpack
/// them with `bind`, which produces CPython's `TypeError` messages.
public struct Arguments {
    public var positional: [Value]
    public var keywords: [(name: String, value: Value)]

    public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    public var count: Int { positional.count + keywords.count }

    /// Binds the arguments to a native signature. `names` lists every
    /// parameter that may be given by position or keyword; the first
    /// `required` of them must be present. Returns one slot per name (nil
    /// for an omitted optional). Extra positional or unknown keyword
    /// arguments raise TypeError as CPython words it.
    public func bind(_ function: String, _ names: [String], required: Int) throws -> [Value?] {
        if positional.count > names.count {
            let plural = names.count == 1 ? "argument" : "arguments"
            let given = positional.count
            if required == names.count {
                throw PyError(.typeError, "\(function)() takes \(names.count) positional \(plural) but \(given) \(given == 1 ? "was" : "were") given")
            }
            throw PyError(.typeError, "\(function)() takes from \(required) to \(names.count) positional arguments but \(given) \(given == 1 ? "was" : "were") given")
        }
        var slots = [Value?](repeating: nil, count: names.count)
        for (i, v) in positional.enumerated() { slots[i] = v }
        for (name, value) in keywords {
            guard let i = names.firstIndex(of: name) else {
                throw PyError(.typeError, "\(function)() got an unexpected keyword argument '\(name)'")
            }
            if slots[i] != nil {
                throw PyError(.typeError, "\(function)() got multiple values for argument '\(name)'")
            }
            slots[i] = value
        }
        let missing = (0..<required).filter { slots[$0] == nil }.map { "'\(names[$0])'" }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0]
                : missing.dropLast().joined(separator: ", ") + " and " + missing.last!
            throw PyError(.typeError, "\(function)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return slots
    }

    /// Binds like CPython's `PyArg_ParseTupleAndKeywords` (used by `int()`,
    /// `str()`), with its wording: every parameter optional, the first
    /// `positionalOnly` of them not accepted by keyword.
    func parseOptional(_ function: String, _ names: [String], positionalOnly: Int = 0) throws -> [Value?] {
        let given = positional.count + keywords.count
        if given > names.count {
            throw PyError(.typeError, "\(function)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(given) given)")
        }
        var slots = [Value?](repeating: nil, count: names.count)
        for (i, v) in positional.enumerated() { slots[i] = v }
        for (name, value) in keywords {
            guard let i = names.firstIndex(of: name), i >= positionalOnly else {
                throw PyError(.typeError, "'\(name)' is an invalid keyword argument for \(function)()")
            }
            if slots[i] != nil {
                throw PyError(.typeError, "argument for \(function)() given by name ('\(name)') and position (\(i + 1))")
            }
            slots[i] = value
        }
        return slots
    }

    /// For functions that take only positional arguments: checks the count
    /// (`min...max`) and that no keywords were given, then returns them.
    public func exactly(_ function: String, min: Int, max: Int) throws -> [Value] {
        if let k = keywords.first {
            _ = k
            throw PyError(.typeError, "\(function)() takes no keyword arguments")
        }
        let n = positional.count
        if n < min || n > max {
            if min == max {
                throw PyError(.typeError, "\(function)() takes exactly \(min) argument\(min == 1 ? "" : "s") (\(n) given)")
            }
            if n < min {
                throw PyError(.typeError, "\(function) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)")
            }
            throw PyError(.typeError, "\(function) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
        return positional
    }
}
