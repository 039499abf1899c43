import XCTest

/// The lines one run wrote to one stream, with the checks a sample test
/// declares about them. Every check reports the whole transcript on failure.
struct Transcript {
    /// Where failed checks go: XCTest, or a collector in the helpers' own tests.
    typealias Reporter = (_ message: String, _ file: StaticString, _ line: UInt) -> Void

    let name: String
    let text: String
    let lines: [String]
    private let reporter: Reporter

    init(name: String, text: String,
         reporter: @escaping Reporter = { XCTFail($0, file: $1, line: $2) }) {
        self.name = name
        self.text = text
        self.reporter = reporter
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    func fail(_ message: String, file: StaticString, line: UInt) {
        reporter("\(name): \(message)\n--- \(name) ---\n\(text)---", file, line)
    }

    func expectEmpty(file: StaticString = #filePath, line: UInt = #line) {
        if !text.isEmpty { fail("expected no output", file: file, line: line) }
    }

    /// Exactly these lines, in this order.
    @discardableResult
    func expectSequence(_ patterns: [LinePattern],
                        file: StaticString = #filePath, line: UInt = #line) -> [[String]] {
        LineMatching.sequence(patterns, lines, report: { fail($0, file: file, line: line) })
    }

    /// Exactly these lines in any order (for lines whose order depends on
    /// the scheduler); each pattern takes one line, none may be left over.
    /// Returns each pattern's placeholder values, in pattern order.
    @discardableResult
    func expectLines(_ patterns: [LinePattern],
                     file: StaticString = #filePath, line: UInt = #line) -> [[String]] {
        LineMatching.set(patterns, lines, report: { fail($0, file: file, line: line) })
    }

    /// The last lines are exactly these.
    func expectEnds(with patterns: [LinePattern], file: StaticString = #filePath, line: UInt = #line) {
        _ = LineMatching.sequence(patterns, Array(lines.suffix(patterns.count)), report: {
            fail("at the end: \($0)", file: file, line: line)
        })
    }

    /// The first line matching `earlier` comes before the first matching `later`.
    func expectOrder(_ earlier: LinePattern, before later: LinePattern,
                     file: StaticString = #filePath, line: UInt = #line) {
        guard let first = lines.firstIndex(where: earlier.matches),
              let second = lines.firstIndex(where: later.matches) else {
            fail("missing \"\(earlier)\" or \"\(later)\"", file: file, line: line)
            return
        }
        if first >= second { fail("\"\(earlier)\" should come before \"\(later)\"", file: file, line: line) }
    }

    /// Lines printed by several threads with Python 2 `print` statements.
    /// Like CPython 2, Spindle writes each item of a statement, the blank
    /// before it and the final newline separately, with one `softspace`
    /// flag per stream shared by all threads, so items of concurrent prints
    /// may land inside each other's lines. The check: the output is exactly
    /// these items, each whole, in any order, with this many line breaks
    /// (or one more: CPython 2 ends a line left open by that shared flag
    /// when the program exits).
    func expectPrintedItems(of expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        let breaks = text.filter { $0 == "\n" }.count
        if breaks != expected.count && breaks != expected.count + 1 {
            fail("expected \(expected.count) line breaks, found \(breaks)", file: file, line: line)
        }
        let items = expected.flatMap { $0.split(separator: " ").map(String.init) }
        if !LineMatching.isShuffle(of: items, text) {
            fail("output is not an interleaving of the items \(items)", file: file, line: line)
        }
    }
}

/// The matching algorithms behind `Transcript` and `ThreadLog` checks.
enum LineMatching {
    static func sequence(_ patterns: [LinePattern], _ lines: [String],
                         report: (String) -> Void) -> [[String]] {
        var captures: [[String]] = []
        for (index, pattern) in patterns.enumerated() {
            guard index < lines.count else {
                report("missing line \(index + 1): \(pattern)")
                return captures
            }
            guard let values = pattern.match(lines[index]) else {
                report("line \(index + 1) is \"\(lines[index])\", expected \"\(pattern)\"")
                return captures
            }
            captures.append(values)
        }
        if lines.count > patterns.count {
            report("unexpected extra lines from line \(patterns.count + 1): \(lines[patterns.count...].joined(separator: " | "))")
        }
        return captures
    }

    /// A perfect matching between patterns and lines (augmenting paths, so
    /// overlapping patterns cannot make a valid output fail).
    static func set(_ patterns: [LinePattern], _ lines: [String],
                    report: (String) -> Void) -> [[String]] {
        let candidates = patterns.map { pattern in lines.indices.filter { pattern.matches(lines[$0]) } }
        var owner = [Int?](repeating: nil, count: lines.count)
        func assign(_ p: Int, _ seen: inout Set<Int>) -> Bool {
            for l in candidates[p] where !seen.contains(l) {
                seen.insert(l)
                if owner[l] == nil || assign(owner[l]!, &seen) {
                    owner[l] = p
                    return true
                }
            }
            return false
        }
        var unmatched: [String] = []
        for p in patterns.indices {
            var seen = Set<Int>()
            if !assign(p, &seen) { unmatched.append(patterns[p].template) }
        }
        let extra = lines.indices.filter { owner[$0] == nil }.map { lines[$0] }
        if !unmatched.isEmpty { report("no line for: \(unmatched.joined(separator: " | "))") }
        if !extra.isEmpty { report("unexpected lines: \(extra.joined(separator: " | "))") }
        var lineOf = [Int: Int]()
        for (l, p) in owner.enumerated() { if let p { lineOf[p] = l } }
        return patterns.indices.map { p in lineOf[p].flatMap { patterns[p].match(lines[$0]) } ?? [] }
    }

    /// Whether the blank-separated runs of `text` are the items, each
    /// whole, in some order (an item may abut another, never be split).
    static func isShuffle(of items: [String], _ text: String) -> Bool {
        var remaining = Dictionary(items.map { ($0, 1) }, uniquingKeysWith: +)
        func consume(_ rest: Substring) -> Bool {
            if rest.isEmpty { return remaining.values.allSatisfy { $0 == 0 } }
            if let first = rest.first, first.isWhitespace { return consume(rest.dropFirst()) }
            for (item, count) in remaining where count > 0 && rest.hasPrefix(item) {
                remaining[item] = count - 1
                if consume(rest.dropFirst(item.count)) { return true }
                remaining[item] = count
            }
            return false
        }
        return consume(Substring(text))
    }
}
