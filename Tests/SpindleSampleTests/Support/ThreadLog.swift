import Foundation
import XCTest

/// A log written with a `(%(threadName)-10s) %(message)s` style format,
/// split into per-thread message sequences so a test can state what each
/// thread must say, in its own order, while lines of different threads
/// may interleave freely.
///
/// Every line must parse: an optional prefix (e.g. `[DEBUG] ` or
/// `{time} `), the thread name in parentheses padded with blanks to the
/// format's width exactly, one blank, and the message.
struct ThreadLog {
    struct Entry {
        let position: Int
        let thread: String
        let message: String
        let prefixValues: [String]
    }

    let transcript: Transcript
    let entries: [Entry]
    private static let shape = try! NSRegularExpression(pattern: #"^(.*?)\(([^)]*)\) (.*)$"#)

    init(_ transcript: Transcript, prefix: LinePattern = "", width: Int = 10,
         file: StaticString = #filePath, line: UInt = #line) {
        self.transcript = transcript
        var entries: [Entry] = []
        for (position, text) in transcript.lines.enumerated() {
            if let entry = ThreadLog.parse(text, at: position, prefix: prefix, width: width) {
                entries.append(entry)
            } else {
                transcript.fail("line \(position + 1) \"\(text)\" is not \"\(prefix)(<thread padded to \(width)>) <message>\"",
                                file: file, line: line)
            }
        }
        self.entries = entries
    }

    private static func parse(_ text: String, at position: Int, prefix: LinePattern, width: Int) -> Entry? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = shape.firstMatch(in: text, range: range),
              let prefixRange = Range(match.range(at: 1), in: text),
              let nameRange = Range(match.range(at: 2), in: text),
              let messageRange = Range(match.range(at: 3), in: text),
              let prefixValues = prefix.match(String(text[prefixRange])) else { return nil }
        let padded = String(text[nameRange])
        var name = padded
        while name.hasSuffix(" ") { name.removeLast() }
        guard !name.isEmpty, padded.count == max(width, name.count) else { return nil }
        return Entry(position: position, thread: name, message: String(text[messageRange]),
                     prefixValues: prefixValues)
    }

    var threads: Set<String> { Set(entries.map(\.thread)) }

    func messages(of thread: String) -> [String] {
        entries.filter { $0.thread == thread }.map(\.message)
    }

    /// The threads that logged are exactly these (plus, perhaps, some of
    /// `optional`: threads that may be cut short before their first line).
    func expectThreads(_ names: Set<String>, optional: Set<String> = [],
                       file: StaticString = #filePath, line: UInt = #line) {
        if !threads.isSuperset(of: names) || !threads.isSubset(of: names.union(optional)) {
            transcript.fail("threads that logged: \(threads.sorted()), expected \(names.sorted())",
                            file: file, line: line)
        }
    }

    /// The thread logged exactly these messages, in this order. Returns the
    /// placeholder values of each message.
    @discardableResult
    func expect(_ thread: String, sequence patterns: [LinePattern],
                file: StaticString = #filePath, line: UInt = #line) -> [[String]] {
        LineMatching.sequence(patterns, messages(of: thread), report: {
            transcript.fail("thread \(thread): \($0)", file: file, line: line)
        })
    }

    /// The thread logged the first few of these messages (maybe none), in
    /// this order: for a daemon thread the program may end at any point.
    func expect(_ thread: String, prefixOf patterns: [LinePattern],
                file: StaticString = #filePath, line: UInt = #line) {
        let messages = messages(of: thread)
        if messages.count > patterns.count {
            transcript.fail("thread \(thread) logged \(messages.count) lines, at most \(patterns.count) expected",
                            file: file, line: line)
            return
        }
        _ = LineMatching.sequence(Array(patterns.prefix(messages.count)), messages, report: {
            transcript.fail("thread \(thread): \($0)", file: file, line: line)
        })
    }

    /// Position in the log of the first message of `thread` matching `pattern`.
    func position(_ thread: String, _ pattern: LinePattern) -> Int? {
        entries.first { $0.thread == thread && pattern.matches($0.message) }?.position
    }

    /// The first matching message of one thread comes before that of another.
    func expectOrder(_ earlier: (String, LinePattern), before later: (String, LinePattern),
                     file: StaticString = #filePath, line: UInt = #line) {
        guard let first = position(earlier.0, earlier.1), let second = position(later.0, later.1) else {
            transcript.fail("missing \(earlier) or \(later)", file: file, line: line)
            return
        }
        if first >= second {
            transcript.fail("(\(earlier.0)) \(earlier.1) should come before (\(later.0)) \(later.1)",
                            file: file, line: line)
        }
    }

    /// Every message matching `earlier` (any thread) comes before every
    /// message matching `later`, and both occur.
    func expectAll(_ earlier: LinePattern, before later: LinePattern,
                   file: StaticString = #filePath, line: UInt = #line) {
        let firsts = entries.filter { earlier.matches($0.message) }.map(\.position)
        let seconds = entries.filter { later.matches($0.message) }.map(\.position)
        guard let lastEarlier = firsts.max(), let firstLater = seconds.min() else {
            transcript.fail("missing \"\(earlier)\" or \"\(later)\"", file: file, line: line)
            return
        }
        if lastEarlier >= firstLater {
            transcript.fail("every \"\(earlier)\" should come before every \"\(later)\"", file: file, line: line)
        }
    }

    /// The log's last line is this thread's message.
    func expectLast(_ thread: String, _ pattern: LinePattern,
                    file: StaticString = #filePath, line: UInt = #line) {
        guard let last = entries.last, last.thread == thread, pattern.matches(last.message) else {
            transcript.fail("last line should be (\(thread)) \(pattern)", file: file, line: line)
            return
        }
    }
}
