import Foundation

/// One expected output line: literal text with placeholders for the parts
/// that differ from run to run (timestamps, addresses, random numbers).
///
/// Placeholders, each matched strictly and captured in order:
/// `{time}` a logging `asctime` (`2026-01-31 12:34:56,789`), `{addr}` a hex
/// address (`0x7f3a...`), `{int}` an integer, `{float}` a decimal number,
/// `{word}` a run of non-blank characters, `{any}` anything. Everything else must match exactly.
struct LinePattern: ExpressibleByStringInterpolation, CustomStringConvertible {
    static let placeholders: [String: String] = [
        "time": #"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}"#,
        "addr": "0x[0-9a-f]+",
        "int": #"-?\d+"#,
        "float": #"-?\d+\.\d+"#,
        "word": #"\S+"#,
        "any": ".*",
    ]

    let template: String
    private let regex: NSRegularExpression

    init(_ template: String) {
        self.template = template
        self.regex = LinePattern.compile(template)
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    var description: String { template }

    /// The placeholder values if `line` matches the whole pattern, else nil.
    func match(_ line: String) -> [String]? {
        let range = NSRange(line.startIndex..., in: line)
        guard let result = regex.firstMatch(in: line, range: range) else { return nil }
        return (1..<result.numberOfRanges).map { index in
            Range(result.range(at: index), in: line).map { String(line[$0]) } ?? ""
        }
    }

    func matches(_ line: String) -> Bool {
        match(line) != nil
    }

    /// Turns the template into an anchored regex: literal text escaped,
    /// each known `{name}` replaced by a capturing group.
    private static func compile(_ template: String) -> NSRegularExpression {
        var source = "^"
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            source += NSRegularExpression.escapedPattern(for: String(rest[..<open]))
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
               let regex = placeholders[String(rest[afterOpen..<close])] {
                source += "(\(regex))"
                rest = rest[rest.index(after: close)...]
            } else {
                source += NSRegularExpression.escapedPattern(for: "{")
                rest = rest[afterOpen...]
            }
        }
        source += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        do {
            return try NSRegularExpression(pattern: source)
        } catch {
            preconditionFailure("line pattern \(template) does not compile: \(error)")
        }
    }
}
