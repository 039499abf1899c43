/// The `string` module: the character-class constants and `capwords`.
enum StringModule {
    static let lowercase = "abcdefghijklmnopqrstuvwxyz"
    static let uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    static let digits = "0123456789"
    static let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    static let whitespace = " \t\n\r\u{0B}\u{0C}"

    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "string")
        let constants: [(String, String)] = [
            ("ascii_lowercase", lowercase), ("ascii_uppercase", uppercase),
            ("ascii_letters", lowercase + uppercase), ("digits", digits),
            ("hexdigits", digits + "abcdefABCDEF"), ("octdigits", "01234567"),
            ("punctuation", punctuation), ("whitespace", whitespace),
            ("printable", digits + lowercase + uppercase + punctuation + whitespace),
        ]
        for (name, value) in constants { module.namespace[name] = .str(value) }
        module.defineFunction("capwords") { thread, args in
            let a = try args.exactly("capwords", min: 1, max: 2)
            let text = try thread.stringArgument(a[0], "capwords")
            let separator = a.count == 2 && !a[1].isNone ? try thread.stringArgument(a[1], "capwords") : nil
            let words: [String]
            if let separator {
                words = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            } else {
                words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            }
            let capitalised = words.map { word in word.prefix(1).uppercased() + word.dropFirst().lowercased() }
            return .str(capitalised.joined(separator: separator ?? " "))
        }
        return module
    }
}
