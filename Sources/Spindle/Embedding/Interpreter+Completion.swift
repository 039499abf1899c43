/// Tab completion for interactive front ends: which names could finish
/// what the user has typed so far.
extension Interpreter {
    /// Python keywords offered when completing a bare name.
    static let completionKeywords = [
        "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except",
        "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
        "or", "pass", "print", "raise", "return", "try", "while", "with", "yield",
    ]

    /// Completions for `text`, the word before the cursor. A bare prefix
    /// completes against `__main__`'s globals, the builtins and keywords;
    /// `a.b.pre` completes against `dir(a.b)`, returned as full words
    /// (`a.b.prefix`). Only dotted names are evaluated, so completion never
    /// calls anything but attribute lookups.
    public func completions(for text: String) -> [String] {
        guard let dot = text.lastIndex(of: ".") else {
            let names = mainModule.namespace.boundNames() + builtins.namespace.boundNames()
                + Self.completionKeywords
            return Self.matching(names, prefix: text, base: "")
        }
        let base = String(text[..<dot])
        let partial = String(text[text.index(after: dot)...])
        guard Self.isDottedName(base),
              let listing = try? evaluate("dir(\(base))"),
              let list = listing.asObject as? PyList else { return [] }
        let names = list.elements.compactMap { $0.asString }
        let visible = partial.hasPrefix("_") ? names : names.filter { !$0.hasPrefix("_") }
        return Self.matching(visible, prefix: partial, base: base + ".")
    }

    private static func matching(_ names: [String], prefix: String, base: String) -> [String] {
        Array(Set(names.filter { $0.hasPrefix(prefix) })).sorted().map { base + $0 }
    }

    private static func isDottedName(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first,
                  first == "_" || first.properties.isXIDStart else { return false }
            return part.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
        }
    }
}
