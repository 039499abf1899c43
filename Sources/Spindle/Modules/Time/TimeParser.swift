/// `time.strptime`: matches a string against a format of `%` directives
/// the way Python's pure-Python implementation does (case-insensitive,
/// each directive accepting a range of digit counts, whitespace in the
/// format matching any run of whitespace), then fills in the fields the
/// format left out.
struct TimeParser {
    enum Failure: Error, Equatable {
        case mismatch
        case unconverted(String)
        case badDirective(Character)
        case invalidValue
    }

    /// One parsed directive and its numeric (or name-index) value.
    private typealias Capture = (directive: Character, value: Int)

    private let text: [Character]
    private let format: [Character]

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july",
                             "august", "september", "october", "november", "december"]
    static let dayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Parses `text` with `format`; `microseconds` receives `%f`.
    static func parse(_ text: String, format: String) throws -> (time: CalendarTime, microseconds: Int) {
        let parser = TimeParser(text: Array(text), format: Array(format))
        try parser.validateFormat()
        guard let (end, captures) = parser.match(textIndex: 0, formatIndex: 0, captures: []) else {
            throw Failure.mismatch
        }
        if end < parser.text.count {
            throw Failure.unconverted(String(parser.text[end...]))
        }
        return try assemble(captures)
    }

    private func validateFormat() throws {
        var i = 0
        while i < format.count {
            if format[i] == "%" {
                guard i + 1 < format.count else { throw Failure.badDirective("%") }
                if !"YymdHIMSfpbBhaAjzZ%".contains(format[i + 1]) { throw Failure.badDirective(format[i + 1]) }
                i += 2
            } else {
                i += 1
            }
        }
    }

    /// Backtracking match of format[formatIndex...] against text[textIndex...];
    /// returns where the text match ended and the captured values.
    private func match(textIndex: Int, formatIndex: Int, captures: [Capture]) -> (Int, [Capture])? {
        if formatIndex >= format.count { return (textIndex, captures) }
        let f = format[formatIndex]
        if f.isWhitespace {
            var next = formatIndex
            while next < format.count && format[next].isWhitespace { next += 1 }
            var t = textIndex
            while t < text.count && text[t].isWhitespace { t += 1 }
            if t == textIndex { return nil }
            return match(textIndex: t, formatIndex: next, captures: captures)
        }
        if f != "%" {
            guard textIndex < text.count, text[textIndex].lowercased() == f.lowercased() else { return nil }
            return match(textIndex: textIndex + 1, formatIndex: formatIndex + 1, captures: captures)
        }
        let directive = format[formatIndex + 1]
        for (value, length) in candidates(directive, at: textIndex) {
            let more = directive == "%" ? captures : captures + [(directive, value)]
            if let found = match(textIndex: textIndex + length, formatIndex: formatIndex + 2, captures: more) {
                return found
            }
        }
        return nil
    }

    /// The ways `directive` can match at `index`, preferred (longest) first.
    private func candidates(_ directive: Character, at index: Int) -> [(Int, Int)] {
        switch directive {
        case "Y": return number(at: index, digits: 4...4, range: 0...9999)
        case "y": return number(at: index, digits: 2...2, range: 0...99)
        case "m": return number(at: index, digits: 1...2, range: 1...12)
        case "d": return number(at: index, digits: 1...2, range: 1...31)
        case "H": return number(at: index, digits: 1...2, range: 0...23)
        case "I": return number(at: index, digits: 1...2, range: 1...12)
        case "M": return number(at: index, digits: 1...2, range: 0...59)
        case "S": return number(at: index, digits: 1...2, range: 0...61)
        case "j": return number(at: index, digits: 1...3, range: 1...366)
        case "f": return number(at: index, digits: 1...6, range: 0...999_999).map { (value, length) in
            (value * Int(pow10(6 - length)), length)
        }
        case "p": return words(at: index, ["am", "pm"])
        case "b", "h": return words(at: index, Self.monthNames.map { String($0.prefix(3)) })
        case "B": return words(at: index, Self.monthNames)
        case "a": return words(at: index, Self.dayNames.map { String($0.prefix(3)) })
        case "A": return words(at: index, Self.dayNames)
        case "Z": return words(at: index, ["utc", "gmt"])
        case "z": return offset(at: index)
        case "%": return index < text.count && text[index] == "%" ? [(0, 1)] : []
        default: return []
        }
    }

    private func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { r, _ in r * 10 } }

    private func number(at index: Int, digits: ClosedRange<Int>, range: ClosedRange<Int>) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        for length in digits.reversed() where index + length <= text.count {
            let slice = text[index..<index + length]
            guard slice.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(String(slice)) else { continue }
            if range.contains(value) { found.append((value, length)) }
        }
        return found
    }

    private func words(at index: Int, _ options: [String]) -> [(Int, Int)] {
        let rest = String(text[index...]).lowercased()
        return options.enumerated()
            .filter { rest.hasPrefix($0.element) }
            .sorted { $0.element.count > $1.element.count }
            .map { ($0.offset, $0.element.count) }
    }

    /// `+HHMM`, `-HH:MM` or `Z`, as seconds east of UTC.
    private func offset(at index: Int) -> [(Int, Int)] {
        guard index < text.count else { return [] }
        if text[index] == "Z" { return [(0, 1)] }
        guard text[index] == "+" || text[index] == "-" else { return [] }
        let sign = text[index] == "-" ? -1 : 1
        var i = index + 1
        func twoDigits() -> Int? {
            guard i + 2 <= text.count, let v = Int(String(text[i..<i + 2])),
                  text[i].isNumber, text[i + 1].isNumber else { return nil }
            i += 2
            return v
        }
        guard let hours = twoDigits() else { return [] }
        if i < text.count && text[i] == ":" { i += 1 }
        guard let minutes = twoDigits(), minutes < 60 else { return [] }
        return [(sign * (hours * 3600 + minutes * 60), i - index)]
    }

    /// Fills the struct from the captures, with Python's defaults and derived fields.
    private static func assemble(_ captures: [Capture]) throws -> (time: CalendarTime, microseconds: Int) {
        var t = CalendarTime()
        var micro = 0, hour12: Int?, isPM: Bool?, julian: Int?, weekday: Int?
        for (directive, value) in captures {
            switch directive {
            case "Y": t.year = value
            case "y": t.year = value + (value <= 68 ? 2000 : 1900)
            case "m": t.month = value
            case "b", "h", "B": t.month = value + 1
            case "d": t.day = value
            case "H": t.hour = value
            case "I": hour12 = value
            case "p": isPM = value == 1
            case "M": t.minute = value
            case "S": t.second = value
            case "f": micro = value
            case "j": julian = value
            case "a", "A": weekday = value
            case "z": t.utcOffset = value
            case "Z": t.zoneName = value == 0 ? "UTC" : "GMT"; t.isDST = 0
            default: break
            }
        }
        if let h = hour12 {
            t.hour = isPM == true ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
        }
        if let j = julian, !captures.contains(where: { "mbBhd".contains($0.directive) }) {
            var remaining = j
            var month = 1
            while month < 12 && remaining > CalendarTime.daysInMonth(year: t.year, month: month) {
                remaining -= CalendarTime.daysInMonth(year: t.year, month: month)
                month += 1
            }
            (t.month, t.day) = (month, remaining)
        }
        guard t.day <= CalendarTime.daysInMonth(year: t.year, month: t.month) else { throw Failure.invalidValue }
        t.yearDay = julian ?? CalendarTime.dayOfYear(year: t.year, month: t.month, day: t.day)
        t.weekday = weekday ?? CalendarTime.weekday(year: t.year, month: t.month, day: t.day)
        return (t, micro)
    }
}
