#if canImport(Glibc)
import Glibc
#endif

/// A broken-down calendar time with Python's `struct_time` conventions:
/// months 1–12, `weekday` 0 = Monday, `yearDay` 1–366, `isDST` -1 when unknown.
struct CalendarTime: Equatable {
    var year = 1900, month = 1, day = 1
    var hour = 0, minute = 0, second = 0
    var weekday = 0, yearDay = 1, isDST = -1
    /// Seconds east of UTC and the zone's abbreviation, when known.
    var utcOffset: Int?
    var zoneName: String?

    /// The nine `struct_time` fields in tuple order.
    var fields: [Int] { [year, month, day, hour, minute, second, weekday, yearDay, isDST] }

    static let fieldNames = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                             "tm_wday", "tm_yday", "tm_isdst"]

    init() {}

    /// Builds from the nine tuple fields (as `time.mktime`/`strftime` accept them).
    init(fields f: [Int]) {
        (year, month, day, hour, minute, second) = (f[0], f[1], f[2], f[3], f[4], f[5])
        (weekday, yearDay, isDST) = (f[6], f[7], f[8])
    }

    /// Seconds since the epoch in UTC (`gmtime`) or the local zone (`localtime`).
    init(epochSeconds: Double, local: Bool) {
        var t = time_t(epochSeconds.rounded(.down))
        var parts = tm()
        if local { localtime_r(&t, &parts) } else { gmtime_r(&t, &parts) }
        self.init(parts)
    }

    init(_ parts: tm) {
        year = Int(parts.tm_year) + 1900
        month = Int(parts.tm_mon) + 1
        day = Int(parts.tm_mday)
        hour = Int(parts.tm_hour)
        minute = Int(parts.tm_min)
        second = Int(parts.tm_sec)
        weekday = (Int(parts.tm_wday) + 6) % 7
        yearDay = Int(parts.tm_yday) + 1
        isDST = Int(parts.tm_isdst)
        utcOffset = parts.tm_gmtoff
        zoneName = parts.tm_zone.map { String(cString: $0) }
    }

    /// The C `struct tm` view (zone fields left to the C library).
    var cValue: tm {
        var parts = tm()
        parts.tm_year = Int32(clamping: year - 1900)
        parts.tm_mon = Int32(clamping: month - 1)
        parts.tm_mday = Int32(clamping: day)
        parts.tm_hour = Int32(clamping: hour)
        parts.tm_min = Int32(clamping: minute)
        parts.tm_sec = Int32(clamping: second)
        parts.tm_wday = Int32(clamping: (weekday + 1) % 7)
        parts.tm_yday = Int32(clamping: yearDay - 1)
        parts.tm_isdst = Int32(clamping: isDST)
        return parts
    }

    /// `time.mktime`: the local-time fields back to epoch seconds, or nil when out of range.
    var localEpochSeconds: Double? {
        var parts = cValue
        let t = mktime(&parts)
        return t == -1 && !(year == 1969 && month == 12 && day == 31) ? nil : Double(t)
    }

    /// `time.strftime`, formatted by the C library as CPython does.
    func format(_ pattern: String) -> String {
        if pattern.isEmpty { return "" }
        var parts = cValue
        var capacity = 256 + pattern.utf8.count * 4
        while capacity < 1 << 20 {
            var buffer = [CChar](repeating: 0, count: capacity)
            let written = strftime(&buffer, capacity, pattern, &parts)
            if written > 0 {
                return String(decoding: buffer.prefix(written).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity *= 4
        }
        return ""
    }

    /// `time.asctime`/`ctime`: `Tue Mar  5 14:07:09 2024`.
    var asctime: String {
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let dayName = days[((weekday % 7) + 7) % 7]
        let monthName = months[min(max(month, 1), 12) - 1]
        let dayText = day < 10 ? " \(day)" : "\(day)"
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(dayName) \(monthName) \(dayText) \(two(hour)):\(two(minute)):\(two(second)) \(year)"
    }

    // MARK: Calendar arithmetic

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Day of the year (1-based) for a date.
    static func dayOfYear(year: Int, month: Int, day: Int) -> Int {
        let cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        let m = min(max(month, 1), 12)
        return cumulative[m - 1] + day + (m > 2 && isLeap(year) ? 1 : 0)
    }

    /// Weekday with Monday = 0 (Zeller-style count from a known Monday, 0001-01-01).
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let y = year - 1
        let daysBefore = y * 365 + y / 4 - y / 100 + y / 400
        let ordinal = daysBefore + dayOfYear(year: year, month: month, day: day)
        return ((ordinal - 1) % 7 + 7) % 7
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if month == 2 && isLeap(year) { return 29 }
        return lengths[min(max(month, 1), 12) - 1]
    }
}
