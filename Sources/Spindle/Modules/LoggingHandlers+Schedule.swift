import Glibc

/// When a `TimedRotatingFileHandler` rolls over: the period units it
/// accepts (`S`, `M`, `H`, `D`, `MIDNIGHT`, `W0`–`W6`), the suffix each
/// gives rotated files, and the next rollover time.
enum LogRotationSchedule {
    /// Validates `when` and fills the unit-dependent settings.
    static func configure(_ settings: inout LogRotation, when: String, interval: Int) throws {
        let unit = when.uppercased()
        let seconds: Double
        switch unit {
        case "S": seconds = 1; settings.suffix = "%Y-%m-%d_%H-%M-%S"
        case "M": seconds = 60; settings.suffix = "%Y-%m-%d_%H-%M"
        case "H": seconds = 3600; settings.suffix = "%Y-%m-%d_%H"
        case "D", "MIDNIGHT": seconds = 86400; settings.suffix = "%Y-%m-%d"
        default:
            guard unit.hasPrefix("W") else {
                throw PyError(.valueError, "Invalid rollover interval specified: \(unit)")
            }
            guard unit.count == 2 else {
                throw PyError(.valueError, "You must specify a day for weekly rollover from 0 to 6 (0 is Monday): \(unit)")
            }
            guard let day = unit.last?.wholeNumberValue, day <= 6 else {
                throw PyError(.valueError, "Invalid day specified for weekly rollover: \(unit)")
            }
            seconds = 604800
            settings.suffix = "%Y-%m-%d"
            settings.weekday = day
        }
        settings.when = unit
        settings.interval = seconds * Double(interval)
    }

    /// Whether a rotated file's suffix has the shape `suffix` produces for `when`.
    static func matchesSuffix(_ suffix: String, _ when: String) -> Bool {
        let shape: String
        switch when {
        case "S": shape = "dddd-dd-dd_dd-dd-dd"
        case "M": shape = "dddd-dd-dd_dd-dd"
        case "H": shape = "dddd-dd-dd_dd"
        default: shape = "dddd-dd-dd"
        }
        let stem = suffix.split(separator: ".", maxSplits: 1).first.map(String.init) ?? suffix
        guard stem.count == shape.count else { return false }
        return zip(stem, shape).allSatisfy { c, s in s == "d" ? (c.isASCII && c.isNumber) : c == s }
    }

    /// CPython's `computeRollover`: the end of the current interval, or
    /// the next midnight (and then the chosen weekday) for `MIDNIGHT`/`W`.
    static func nextRollover(_ now: Double, _ settings: LogRotation) -> Double {
        let current = now.rounded(.down)
        guard settings.when == "MIDNIGHT" || settings.when.hasPrefix("W") else {
            return current + settings.interval
        }
        let parts = LogTime.brokenDown(current, utc: settings.utc)
        let secondsToday = (Int(parts.tm_hour) * 60 + Int(parts.tm_min)) * 60 + Int(parts.tm_sec)
        var day = (Int(parts.tm_wday) + 6) % 7
        var remaining = 86400 - secondsToday
        if remaining < 0 {
            remaining += 86400
            day = (day + 1) % 7
        }
        var result = current + Double(remaining)
        if settings.when.hasPrefix("W") && day != settings.weekday {
            let wait = day < settings.weekday ? settings.weekday - day : 6 - day + settings.weekday + 1
            result += Double(wait * 86400)
        }
        return result
    }
}
