/// The Python methods of `Formatter`, `Filter` and `LogRecord`.
extension LoggingState {
    func installFormatterMethods() {
        let t = types.formatter!
        t.setAttribute("default_time_format", .str(LogTime.defaultTimeFormat))
        t.setAttribute("default_msec_format", .str(LogTime.defaultMsecFormat))
        t.setAttribute("converter", LogRuntime.timeFunction(ThreadState(interpreter: interpreter), "localtime") ?? .None)
        t.defineMethod("__init__", receiver: LogFormatterObject.self) { thread, f, args in
            let slots = try args.bind("__init__", ["fmt", "datefmt", "style", "validate"], required: 0)
            let styleText = try LogArguments.optionalString(slots[2], "style") ?? "%"
            guard let style = LogTemplate.Style(rawValue: styleText) else {
                throw PyError(.valueError, "Style must be one of: %,{,$")
            }
            let format = try LogArguments.optionalString(slots[0], "fmt")
            let dateFormat = slots[1].flatMap { $0.isNone ? nil : $0 }
            try f.configure(thread, format: format, dateFormat: dateFormat, style: style)
            return .None
        }
        t.defineMethod("format", receiver: LogFormatterObject.self) { [unowned self] thread, f, args in
            .str(try f.format(thread, try recordArgument(args, "format"), self))
        }
        t.defineMethod("formatMessage", receiver: LogFormatterObject.self) { [unowned self] thread, f, args in
            .str(try f.template.render(thread, try recordArgument(args, "formatMessage")))
        }
        t.defineMethod("usesTime", receiver: LogFormatterObject.self) { _, f, _ in .bool(f.template.usesTime) }
        t.defineMethod("formatTime", receiver: LogFormatterObject.self) { [unowned self] thread, f, args in
            let record = try recordArgument(args, "formatTime")
            let dateFormat = args.positional.count > 1 ? args.positional[1]
                : args.keywords.first { $0.name == "datefmt" }?.value ?? .None
            return .str(try f.nativeFormatTime(thread, record, dateFormat, self))
        }
        t.defineMethod("formatException", receiver: LogFormatterObject.self) { thread, _, args in
            .str(try LogRuntime.formatException(thread, try args.exactly("formatException", min: 1, max: 1)[0]))
        }
        t.defineMethod("formatStack", receiver: LogFormatterObject.self) { _, _, args in
            try args.exactly("formatStack", min: 1, max: 1)[0]
        }
        installFilterMethods()
        installRecordMethods()
    }

    private func installFilterMethods() {
        let t = types.filter!
        t.defineMethod("__init__", receiver: LogFilterObject.self) { _, f, args in
            let slots = try args.bind("__init__", ["name"], required: 0)
            let name = try LogArguments.optionalString(slots[0], "name") ?? ""
            f.setAttribute("name", .str(name))
            f.setAttribute("nlen", .int(name.count))
            return .None
        }
        t.defineMethod("filter", receiver: LogFilterObject.self) { [unowned self] _, f, args in
            let record = try recordArgument(args, "filter")
            return .bool(LogFilterObject.passes(filterName: f.filterName, recordName: record.loggerName))
        }
    }

    private func installRecordMethods() {
        let t = types.record!
        t.defineMethod("__init__", receiver: LogRecordObject.self) { [unowned self] thread, r, args in
            let names = ["name", "level", "pathname", "lineno", "msg", "args", "exc_info", "func", "sinfo"]
            let slots = try args.bind("__init__", names, required: 7)
            var fields = LogRecordObject.Fields()
            fields.name = try LogRuntime.str(thread, slots[0] ?? .None)
            fields.levelno = LogArguments.int(slots[1], default: 0)
            fields.levelname = levels.name(of: fields.levelno)
            let path = try LogRuntime.str(thread, slots[2] ?? .None)
            LogRecordFactory.setLocation(&fields, (path, LogArguments.int(slots[3], default: 0), ""))
            fields.funcName = ""
            fields.msg = slots[4] ?? .None
            let given = slots[5] ?? .None
            if let items = LogRuntime.tupleItems(given), items.count == 1 {
                fields.args = LogRecordFactory.recordArguments(items)
            } else {
                fields.args = given
            }
            fields.excInfo = slots[6] ?? .None
            LogRecordFactory.setTime(&fields, LogRuntime.now(thread), self)
            let current = LogRuntime.currentThread(thread)
            (fields.thread, fields.threadName, fields.process) = (current.ident, current.name, pid)
            r.assign(fields)
            r.setAttribute("funcName", slots[7] ?? .None)
            r.setAttribute("stack_info", slots[8] ?? .None)
            return .None
        }
        t.defineMethod("getMessage", receiver: LogRecordObject.self) { thread, r, _ in
            .str(try r.message(thread))
        }
        t.defineMethod("__repr__", receiver: LogRecordObject.self) { thread, r, _ in
            let parts = try [RecordField.name, .levelno, .pathname, .lineno].map {
                try LogRuntime.str(thread, r.value($0) ?? .None)
            }
            let msg = try LogRuntime.str(thread, r.value(.msg) ?? .None)
            return .str("<LogRecord: \(parts.joined(separator: ", ")), \"\(msg)\">")
        }
    }
}
