/// `str` case conversions and character-class predicates, following
/// Python's Unicode rules (full case mappings, `isdigit` vs `isdecimal`
/// vs `isnumeric`, cased-character logic of `istitle`).
enum StrCaseMethods {
    static func install() {
        let t = PyType.str
        conversion(t, "upper") { $0.uppercased() }
        conversion(t, "lower", lower)
        conversion(t, "casefold", casefold)
        conversion(t, "swapcase") { s in
            var out = ""
            for c in s.unicodeScalars {
                if c.properties.isUppercase { out += c.properties.lowercaseMapping }
                else if c.properties.isLowercase { out += c.properties.uppercaseMapping }
                else { out.unicodeScalars.append(c) }
            }
            return out
        }
        conversion(t, "capitalize") { s in
            guard let first = s.unicodeScalars.first else { return s }
            return first.properties.titlecaseMapping + String(s.unicodeScalars.dropFirst()).lowercased()
        }
        conversion(t, "title") { s in
            var out = ""
            var previousCased = false
            for c in s.unicodeScalars {
                if previousCased { out += c.properties.lowercaseMapping }
                else { out += c.properties.titlecaseMapping }
                previousCased = isCased(c)
            }
            return out
        }
        predicate(t, "isdigit") { $0.properties.numericType == .decimal || $0.properties.numericType == .digit }
        predicate(t, "isdecimal") { $0.properties.numericType == .decimal }
        predicate(t, "isnumeric") { $0.properties.numericType != nil }
        predicate(t, "isalpha", isAlpha)
        predicate(t, "isalnum") { isAlpha($0) || $0.properties.numericType != nil }
        predicate(t, "isspace") { $0.isPythonWhitespace }
        predicate(t, "isascii", allowEmpty: true) { $0.isASCII }
        predicate(t, "isprintable", allowEmpty: true) { StrRepr.isPrintable($0) }
        t.method("isupper", PyStr.self) { _, s, _ in .bool(casedCheck(s.value, wantUpper: true)) }
        t.method("islower", PyStr.self) { _, s, _ in .bool(casedCheck(s.value, wantUpper: false)) }
        t.method("istitle", PyStr.self) { _, s, _ in .bool(isTitle(s.value)) }
        t.method("isidentifier", PyStr.self) { _, s, _ in
            guard let first = s.value.unicodeScalars.first,
                  first == "_" || first.properties.isXIDStart else { return .bool(false) }
            return .bool(s.value.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue })
        }
    }

    private static func conversion(_ t: PyType, _ name: String, _ body: @escaping (String) -> String) {
        t.method(name, PyStr.self) { _, s, a in
            _ = try a.methodArguments(name, min: 0, max: 0)
            return .str(body(s.value))
        }
    }

    /// A predicate true when the string is non-empty and every code point satisfies `test`.
    private static func predicate(_ t: PyType, _ name: String, allowEmpty: Bool = false,
                                  _ test: @escaping (Unicode.Scalar) -> Bool) {
        t.method(name, PyStr.self) { _, s, a in
            _ = try a.methodArguments(name, min: 0, max: 0)
            if s.value.isEmpty { return .bool(allowEmpty) }
            return .bool(s.value.unicodeScalars.allSatisfy(test))
        }
    }

    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `str.lower`: full lowercase mappings, with a capital sigma that ends
    /// a word becoming the final form `ς`.
    static func lower(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        guard scalars.contains("\u{03A3}") else { return s.lowercased() }
        var out = ""
        for (i, c) in scalars.enumerated() {
            if c == "\u{03A3}" {
                out += endsWord(scalars, at: i) ? "\u{03C2}" : "\u{03C3}"
            } else {
                out += c.properties.lowercaseMapping
            }
        }
        return out
    }

    /// `str.casefold`: Unicode full case folding, code point by code point.
    /// The folding of a cased letter is its uppercase form lowercased, except
    /// for Cherokee small letters (which fold to their capitals) and capital
    /// sharp s (which folds to "ss" like the small one).
    static func casefold(_ s: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        for c in s.unicodeScalars {
            let properties = c.properties
            if properties.changesWhenCaseFolded {
                switch c.value {
                case 0x13F8...0x13FD, 0xAB70...0xABBF: out += properties.uppercaseMapping
                case 0x1E9E: out += "ss"
                default: out += lowercasedUppercase(c)
                }
            } else if properties.changesWhenUppercased {
                // Folding leaves the letter as it is, but may spell it decomposed
                // (`ǰ` folds to `j` + combining caron); dotless `ı` stays itself.
                let candidate = lowercasedUppercase(c)
                if candidate == String(c) { out += candidate } else { out.unicodeScalars.append(c) }
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    private static func lowercasedUppercase(_ c: Unicode.Scalar) -> String {
        var out = ""
        for u in c.properties.uppercaseMapping.unicodeScalars { out += u.properties.lowercaseMapping }
        return out
    }

    /// Unicode's Final_Sigma condition: a cased letter before position `i`
    /// and none after it (case-ignorable code points are skipped both ways).
    private static func endsWord(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        func nearestIsCased<S: Sequence>(_ side: S) -> Bool where S.Element == Unicode.Scalar {
            for c in side where !c.properties.isCaseIgnorable { return isCased(c) }
            return false
        }
        return nearestIsCased(scalars[..<i].reversed()) && !nearestIsCased(scalars[(i + 1)...])
    }

    static func isCased(_ c: Unicode.Scalar) -> Bool {
        c.properties.isUppercase || c.properties.isLowercase || c.properties.generalCategory == .titlecaseLetter
    }

    /// `isupper`/`islower`: at least one cased character, none of the other case.
    private static func casedCheck(_ s: String, wantUpper: Bool) -> Bool {
        var sawCased = false
        for c in s.unicodeScalars {
            let p = c.properties
            if wantUpper ? (p.isLowercase || p.generalCategory == .titlecaseLetter) : (p.isUppercase || p.generalCategory == .titlecaseLetter) {
                return false
            }
            if wantUpper ? p.isUppercase : p.isLowercase { sawCased = true }
        }
        return sawCased
    }

    private static func isTitle(_ s: String) -> Bool {
        var sawCased = false, previousCased = false
        for c in s.unicodeScalars {
            let p = c.properties
            if p.isUppercase || p.generalCategory == .titlecaseLetter {
                if previousCased { return false }
                previousCased = true
                sawCased = true
            } else if p.isLowercase {
                if !previousCased { return false }
                previousCased = true
                sawCased = true
            } else {
                previousCased = false
            }
        }
        return sawCased
    }
}
