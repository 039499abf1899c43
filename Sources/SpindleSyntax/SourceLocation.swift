/// A position in a source file, carried by every token and AST node so that
/// errors and tracebacks can point at the exact line and column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// A parsed program's text and the name it is known by (`x.py`, `<stdin>`,
/// `<string>`), kept so errors can quote the offending source line.
public final class SourceFile: Sendable {
    public let name: String
    public let text: String
    public let lines: [String]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
    }

    /// The text of a 1-based line, or nil when out of range.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }
}
