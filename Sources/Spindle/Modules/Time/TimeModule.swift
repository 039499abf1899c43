#if canImport(Glibc)
import Glibc
#endif

/// The `time` module: scaled clocks, `sleep` through the blocking layer,
/// and conversions between epoch seconds, `struct_time` and text.
enum TimeModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "time")
        // The fields list is fixed, so building the type cannot fail.
        let structTime = (try? RecordType.make(name: "struct_time", moduleName: "time",
                                               fields: CalendarTime.fieldNames,
                                               reprName: "time.struct_time")) ?? PyType.tuple
        module.namespace["struct_time"] = .object(structTime)
        defineClocks(module, interpreter)
        defineConversions(module, structTime)
        defineZone(module.namespace)
        return module
    }

    /// `timezone`, `altzone`, `daylight`, `tzname` from the local zone's
    /// offsets in January and July of this year.
    private static func defineZone(_ ns: Namespace) {
        tzset()
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        func zone(month: Int32) -> (offset: Int, name: String) {
            var probe = tm()
            probe.tm_year = parts.tm_year
            probe.tm_mon = month
            probe.tm_mday = 1
            probe.tm_hour = 12
            probe.tm_isdst = -1
            var t = mktime(&probe)
            var result = tm()
            localtime_r(&t, &result)
            return (result.tm_gmtoff, result.tm_zone.map { String(cString: $0) } ?? "")
        }
        let (january, july) = (zone(month: 0), zone(month: 6))
        let (standard, summer) = january.offset <= july.offset ? (january, july) : (july, january)
        ns["timezone"] = .int(-standard.offset)
        ns["altzone"] = .int(-summer.offset)
        ns["daylight"] = .int(january.offset != july.offset ? 1 : 0)
        ns["tzname"] = .tuple([.str(standard.name), .str(summer.name)])
    }

    private static func defineClocks(_ m: PyModule, _ interpreter: Interpreter) {
        m.defineFunction("time") { _, args in
            _ = try args.exactly("time", min: 0, max: 0)
            return .float(ScriptClock.wallTime(interpreter))
        }
        m.defineFunction("time_ns") { _, args in
            _ = try args.exactly("time_ns", min: 0, max: 0)
            return .int(Int(ScriptClock.wallTime(interpreter) * 1e9))
        }
        for name in ["monotonic", "perf_counter"] {
            m.defineFunction(name) { _, args in
                _ = try args.exactly(name, min: 0, max: 0)
                return .float(ScriptClock.monotonicTime(interpreter))
            }
            m.defineFunction(name + "_ns") { _, args in
                _ = try args.exactly(name + "_ns", min: 0, max: 0)
                return .int(Int(ScriptClock.monotonicTime(interpreter) * 1e9))
            }
        }
        m.defineFunction("process_time") { _, _ in .float(ScriptClock.processTime()) }
        m.defineFunction("thread_time") { _, _ in .float(ScriptClock.threadTime()) }
        m.defineUnary("sleep") { thread, value in
            let seconds: Double
            switch value {
            case .int, .bool, .float: seconds = try thread.realArgument(value)
            default:
                guard value.asObject is PyBigInt || value.pyType.lookup("__float__") != nil else {
                    throw PyError(.typeError, "an integer is required (got type \(value.pyType.name))")
                }
                seconds = try thread.realArgument(value)
            }
            if seconds.isNaN { throw PyError(.valueError, "Invalid value NaN (not a number)") }
            guard seconds >= 0 else { throw PyError(.valueError, "sleep length must be non-negative") }
            try ScriptClock.sleep(thread, seconds: seconds)
            return .None
        }
    }

    private static func defineConversions(_ m: PyModule, _ structTime: PyType) {
        func record(_ thread: ThreadState, _ t: CalendarTime) throws -> Value {
            try thread.call(.object(structTime), Arguments(t.fields.map { .int($0) }))
        }
        func seconds(_ thread: ThreadState, _ args: Arguments, _ name: String) throws -> Double {
            let a = try args.exactly(name, min: 0, max: 1)
            guard let v = a.first, !v.isNone else { return ScriptClock.wallTime(thread.interpreter) }
            return try thread.realArgument(v)
        }
        m.defineFunction("gmtime") { thread, args in
            try record(thread, CalendarTime(epochSeconds: try seconds(thread, args, "gmtime"), local: false))
        }
        m.defineFunction("localtime") { thread, args in
            try record(thread, CalendarTime(epochSeconds: try seconds(thread, args, "localtime"), local: true))
        }
        m.defineFunction("ctime") { thread, args in
            .str(CalendarTime(epochSeconds: try seconds(thread, args, "ctime"), local: true).asctime)
        }
        m.defineFunction("asctime") { thread, args in
            let a = try args.exactly("asctime", min: 0, max: 1)
            return .str(try calendarTime(thread, a.first, "asctime").asctime)
        }
        m.defineUnary("mktime") { thread, value in
            guard let t = try calendarTime(thread, value, "mktime").localEpochSeconds else {
                throw PyError(.overflowError, "mktime argument out of range")
            }
            return .float(t)
        }
        m.defineFunction("strftime") { thread, args in
            let a = try args.exactly("strftime", min: 1, max: 2)
            let format = try thread.stringArgument(a[0], "strftime")
            return .str(try calendarTime(thread, a.count > 1 ? a[1] : nil, "strftime").format(format))
        }
        m.defineFunction("strptime") { thread, args in
            let a = try args.exactly("strptime", min: 1, max: 2)
            let text = try thread.stringArgument(a[0], "strptime")
            let format = a.count > 1 ? try thread.stringArgument(a[1], "strptime") : "%a %b %d %H:%M:%S %Y"
            do {
                return try record(thread, try TimeParser.parse(text, format: format).time)
            } catch let failure as TimeParser.Failure {
                throw PyError(.valueError, message(failure, text: text, format: format))
            }
        }
    }

    static func message(_ failure: TimeParser.Failure, text: String, format: String) -> String {
        switch failure {
        case .mismatch: return "time data \(quoted(text)) does not match format \(quoted(format))"
        case .unconverted(let rest): return "unconverted data remains: \(rest)"
        case .badDirective(let c): return "'\(c)' is a bad directive in format \(quoted(format))"
        case .invalidValue: return "day is out of range for month"
        }
    }

    private static func quoted(_ s: String) -> String {
        s.contains("'") && !s.contains("\"") ? "\"\(s)\"" : "'\(s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "\\'"))'"
    }

    /// A `struct_time` or 9-tuple argument (nil: the current local time).
    static func calendarTime(_ thread: ThreadState, _ value: Value?, _ name: String) throws -> CalendarTime {
        guard let value, !value.isNone else {
            return CalendarTime(epochSeconds: ScriptClock.wallTime(thread.interpreter), local: true)
        }
        let items: [Value]
        if let record = value.asObject as? PyRecord { items = record.values }
        else if let tuple = value.asObject as? PyTuple { items = Array(tuple.elements) }
        else { throw PyError(.typeError, "Tuple or struct_time argument required") }
        guard items.count == 9 else {
            throw PyError(.typeError, "\(name)(): illegal time tuple argument")
        }
        return CalendarTime(fields: try items.map(thread.indexArgument))
    }
}
