#if canImport(Glibc)
import Glibc
#endif

/// `asctime` text for a record: `created` broken down in local time or
/// UTC and rendered with `strftime`, as `Formatter.formatTime` does.
enum LogTime {
    static let defaultTimeFormat = "%Y-%m-%d %H:%M:%S"
    static let defaultMsecFormat = "%s,%03d"

    /// `created` broken down by the C library, in the local zone or UTC.
    static func brokenDown(_ created: Double, utc: Bool) -> tm {
        var seconds = time_t(created.rounded(.down))
        var parts = tm()
        if utc { gmtime_r(&seconds, &parts) } else { localtime_r(&seconds, &parts) }
        return parts
    }

    /// `time.strftime(format, parts)`.
    static func strftime(_ format: String, _ parts: tm) -> String {
        guard !format.isEmpty else { return "" }
        var parts = parts
        var capacity = 256
        while capacity <= 1 << 16 {
            var buffer = [CChar](repeating: 0, count: capacity)
            let n = Glibc.strftime(&buffer, capacity, format, &parts)
            if n > 0 { return String(cString: buffer) }
            capacity *= 4
        }
        return ""
    }

    /// The default `asctime` layout: `2013-02-21 06:37:49,549`.
    static func defaultText(_ parts: tm, msecs: Double) -> String {
        let base = strftime(defaultTimeFormat, parts)
        let millis = Int(msecs)
        let digits = String(millis)
        return base + "," + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// `msecs` as CPython 3.9 computes it: the fractional second in ms.
    static func msecs(of created: Double) -> Double {
        (created - created.rounded(.towardZero)) * 1000
    }
}

/// `Formatter.converter`: the default (`time.localtime`) and `time.gmtime`
/// are recognised and run natively; any other converter is called through
/// Python and its result rendered with `time.strftime`.
enum LogClock {
    /// `created` broken down natively, or nil when the converter is a Python callable.
    static func brokenDown(_ thread: ThreadState, _ converter: Value, _ created: Double,
                           _ state: LoggingState) throws -> tm? {
        if converter.isNone { return LogTime.brokenDown(created, utc: false) }
        if let local = LogRuntime.timeFunction(thread, "localtime"), converter.isIdentical(to: local) {
            return LogTime.brokenDown(created, utc: false)
        }
        if let utc = LogRuntime.timeFunction(thread, "gmtime"), converter.isIdentical(to: utc) {
            return LogTime.brokenDown(created, utc: true)
        }
        return nil
    }

    /// `formatTime` for a Python converter: `time.strftime` over its result.
    static func pythonStrftime(_ thread: ThreadState, _ converter: Value, _ created: Double,
                               _ dateFormat: Value, _ msecs: Double, _ formatter: LogFormatterObject) throws -> String {
        let parts = try thread.call(converter, .float(created))
        guard let strftime = LogRuntime.timeFunction(thread, "strftime") else {
            throw PyError(.runtimeError, "time.strftime is not available")
        }
        if dateFormat.asString != nil {
            return try LogRuntime.str(thread, try thread.call(strftime, dateFormat, parts))
        }
        let timeFormat = formatter.classOrInstanceAttribute("default_time_format") ?? .str(LogTime.defaultTimeFormat)
        let base = try thread.call(strftime, timeFormat, parts)
        guard let msecText = formatter.classOrInstanceAttribute("default_msec_format")?.asString else {
            return try LogRuntime.str(thread, base)
        }
        return try LogRuntime.percent(thread, msecText, LogRuntime.tuple([base, .float(msecs)]))
    }
}
