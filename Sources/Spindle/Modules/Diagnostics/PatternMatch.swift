/// The small regular-expression subset warning filters use: literal
/// characters, `.`, `*` after a character or `.`, `\` escapes, a trailing
/// `$` or `\Z`; matched from the start of the text, case-insensitively
/// when asked (filter messages are).
struct PatternMatch {
    private enum Atom: Equatable { case any, literal(Character), end }
    private let atoms: [(atom: Atom, repeated: Bool)]
    private let ignoreCase: Bool

    init(_ pattern: String, ignoreCase: Bool) {
        self.ignoreCase = ignoreCase
        var atoms: [(Atom, Bool)] = []
        var chars = Array(pattern)[...]
        while let c = chars.popFirst() {
            var atom: Atom
            switch c {
            case ".": atom = .any
            case "$": atom = .end
            case "\\":
                guard let escaped = chars.popFirst() else { atom = .literal("\\"); break }
                atom = escaped == "Z" ? .end : .literal(escaped)
            default: atom = .literal(ignoreCase ? Character(c.lowercased()) : c)
            }
            if chars.first == "*" {
                chars.removeFirst()
                atoms.append((atom, true))
            } else {
                atoms.append((atom, false))
            }
        }
        self.atoms = atoms
    }

    /// True when the pattern matches a prefix of `text`.
    func matchesPrefix(_ text: String) -> Bool {
        let chars = Array(ignoreCase ? text.lowercased() : text)
        return match(chars[...], atoms[...])
    }

    private func match(_ text: ArraySlice<Character>, _ pattern: ArraySlice<(atom: Atom, repeated: Bool)>) -> Bool {
        guard let (atom, repeated) = pattern.first else { return true }
        if atom == .end { return text.isEmpty && match(text, pattern.dropFirst()) }
        func accepts(_ c: Character) -> Bool {
            if case .literal(let l) = atom { return l == c }
            return true
        }
        if repeated {
            var rest = text
            while true {
                if match(rest, pattern.dropFirst()) { return true }
                guard let c = rest.first, accepts(c) else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let c = text.first, accepts(c) else { return false }
        return match(text.dropFirst(), pattern.dropFirst())
    }
}
