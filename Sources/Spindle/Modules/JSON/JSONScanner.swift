/// A parsed JSON document before it becomes Python objects. Numbers keep
/// their source text so integers of any size survive.
indirect enum JSONNode: Equatable {
    case null
    case bool(Bool)
    case integer(String)
    case float(Double)
    case string(String)
    case array([JSONNode])
    /// Members in document order (later duplicates win when converted to a dict).
    case object([(String, JSONNode)])

    static func == (a: JSONNode, b: JSONNode) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.integer(x), .integer(y)): return x == y
        case let (.float(x), .float(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }
}

/// `json.loads`' recursive-descent scanner, reporting errors with the
/// message, line, column and character offset Python's `JSONDecodeError` shows.
struct JSONScanner {
    struct Failure: Error, Equatable {
        let message: String
        let position: Int
        let line: Int
        let column: Int

        /// `Expecting value: line 1 column 1 (char 0)`.
        var text: String { "\(message): line \(line) column \(column) (char \(position))" }
    }

    private let input: [Unicode.Scalar]
    private var index = 0

    static func parse(_ text: String) throws -> JSONNode {
        var scanner = JSONScanner(input: Array(text.unicodeScalars))
        scanner.skipWhitespace()
        let value = try scanner.value()
        scanner.skipWhitespace()
        if scanner.index < scanner.input.count { throw scanner.failure("Extra data", at: scanner.index) }
        return value
    }

    private init(input: [Unicode.Scalar]) {
        self.input = input
    }

    private func failure(_ message: String, at position: Int) -> Failure {
        let before = input[..<min(position, input.count)]
        let line = before.filter { $0 == "\n" }.count + 1
        let lastNewline = before.lastIndex(of: "\n")
        let column = lastNewline.map { position - $0 } ?? position + 1
        return Failure(message: message, position: position, line: line, column: column)
    }

    private var current: Unicode.Scalar? { index < input.count ? input[index] : nil }

    private mutating func skipWhitespace() {
        while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" { index += 1 }
    }

    private func hasPrefix(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return index + scalars.count <= input.count && Array(input[index..<index + scalars.count]) == scalars
    }

    private mutating func value() throws -> JSONNode {
        guard let c = current else { throw failure("Expecting value", at: index) }
        switch c {
        case "{": return try object()
        case "[": return try array()
        case "\"": return .string(try string())
        default: break
        }
        let words: [(String, JSONNode)] = [("null", .null), ("true", .bool(true)), ("false", .bool(false)),
                                          ("NaN", .float(.nan)), ("Infinity", .float(.infinity)),
                                          ("-Infinity", .float(-.infinity))]
        for (word, node) in words where hasPrefix(word) {
            index += word.unicodeScalars.count
            return node
        }
        if let number = number() { return number }
        throw failure("Expecting value", at: index)
    }

    /// `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`; nil (index unchanged) when absent.
    private mutating func number() -> JSONNode? {
        let start = index
        var i = index
        func digits() -> Int {
            let from = i
            while i < input.count, ("0"..."9").contains(input[i]) { i += 1 }
            return i - from
        }
        if i < input.count && input[i] == "-" { i += 1 }
        guard i < input.count, ("0"..."9").contains(input[i]) else { return nil }
        if input[i] == "0" { i += 1 } else { _ = digits() }
        var isFloat = false
        if i + 1 < input.count, input[i] == ".", ("0"..."9").contains(input[i + 1]) {
            i += 1
            _ = digits()
            isFloat = true
        }
        if i < input.count, input[i] == "e" || input[i] == "E" {
            var j = i + 1
            if j < input.count, input[j] == "+" || input[j] == "-" { j += 1 }
            if j < input.count, ("0"..."9").contains(input[j]) {
                i = j
                _ = digits()
                isFloat = true
            }
        }
        index = i
        let text = String(String.UnicodeScalarView(input[start..<i]))
        return isFloat ? .float(Double(text) ?? .nan) : .integer(text)
    }

    private mutating func string() throws -> String {
        let start = index
        index += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let c = current else { throw failure("Unterminated string starting at", at: start) }
            index += 1
            if c == "\"" { return String(result) }
            if c == "\\" {
                result.append(contentsOf: try escape(stringStart: start))
            } else if c.value < 0x20 {
                throw failure("Invalid control character at", at: index - 1)
            } else {
                result.append(c)
            }
        }
    }

    private mutating func escape(stringStart: Int) throws -> [Unicode.Scalar] {
        guard let c = current else { throw failure("Unterminated string starting at", at: stringStart) }
        let simple: [Unicode.Scalar: Unicode.Scalar] = ["\"": "\"", "\\": "\\", "/": "/", "b": "\u{8}",
                                                         "f": "\u{c}", "n": "\n", "r": "\r", "t": "\t"]
        if let mapped = simple[c] {
            index += 1
            return [mapped]
        }
        guard c == "u" else { throw failure("Invalid \\escape", at: index - 1) }
        let high = try hexQuad(escapeAt: index)
        if (0xd800..<0xdc00).contains(high), hasPrefix("\\u") {
            let saved = index
            index += 1
            let low = try hexQuad(escapeAt: index)
            if (0xdc00..<0xe000).contains(low) {
                let combined = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)
                return [Unicode.Scalar(UInt32(combined))!]
            }
            index = saved
        }
        return [Unicode.Scalar(UInt32(high)) ?? "\u{fffd}"]
    }

    /// Reads `uXXXX` at the cursor (which is on the `u`).
    private mutating func hexQuad(escapeAt: Int) throws -> Int {
        guard index + 5 <= input.count,
              let value = Int(String(String.UnicodeScalarView(input[index + 1..<index + 5])), radix: 16),
              input[index + 1..<index + 5].allSatisfy({ $0.properties.isASCIIHexDigit }) else {
            throw failure("Invalid \\uXXXX escape", at: escapeAt)
        }
        index += 5
        return value
    }

    private mutating func array() throws -> JSONNode {
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if current == "]" { index += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            if current == "]" { index += 1; return .array(items) }
            guard current == "," else { throw failure("Expecting ',' delimiter", at: index) }
            index += 1
        }
    }

    private mutating func object() throws -> JSONNode {
        index += 1
        var members: [(String, JSONNode)] = []
        skipWhitespace()
        if current == "}" { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard current == "\"" else {
                throw failure("Expecting property name enclosed in double quotes", at: index)
            }
            let key = try string()
            skipWhitespace()
            guard current == ":" else { throw failure("Expecting ':' delimiter", at: index) }
            index += 1
            skipWhitespace()
            members.append((key, try value()))
            skipWhitespace()
            if current == "}" { index += 1; return .object(members) }
            guard current == "," else { throw failure("Expecting ',' delimiter", at: index) }
            index += 1
        }
    }
}
