import Synchronization

/// Writing records to files, and the two rotation policies of
/// `logging.handlers` (by size and by time). All of it runs with the
/// handler lock held, from `handle`.
extension LogHandlerObject {
    var baseFilename: String { attribute("baseFilename")?.asString ?? "" }

    /// The open file, opened now if the handler was made with `delay=True`.
    func openFile() throws -> LogFile {
        if let open = file.withLock({ $0 }), open.isOpen { return open }
        let mode = attribute("mode")?.asString ?? "a"
        let opened = try LogFile(path: baseFilename, mode: mode)
        file.withLock { $0 = opened }
        return opened
    }

    func emitToFile(_ thread: ThreadState, _ record: LogRecordObject) throws {
        let text = try formatText(thread, record)
        let terminator = attribute("terminator")?.asString ?? "\n"
        let line = text + terminator
        switch kind {
        case .rotating:
            let target = try openFile()
            let maxBytes = rotation.withLock { $0.maxBytes }
            if maxBytes > 0 && target.size + line.count >= maxBytes {
                try rolloverBySize()
            }
        case .timedRotating:
            let now = LogRuntime.now(thread)
            if now >= rotation.withLock({ $0.rolloverAt }) {
                try rolloverByTime(now)
            }
        default:
            break
        }
        try openFile().write(line)
    }

    // MARK: Size

    /// `RotatingFileHandler.doRollover`: `name.N-1` → `name.N`, …,
    /// `name` → `name.1`, dropping the oldest beyond `backupCount`.
    func rolloverBySize() throws {
        closeFile()
        let base = baseFilename
        let backups = rotation.withLock { $0.backupCount }
        if backups > 0 {
            for i in stride(from: backups - 1, through: 1, by: -1) {
                let source = "\(base).\(i)"
                let destination = "\(base).\(i + 1)"
                if LogFile.exists(source) {
                    if LogFile.exists(destination) { LogFile.remove(destination) }
                    LogFile.rename(source, destination)
                }
            }
            let first = base + ".1"
            if LogFile.exists(first) { LogFile.remove(first) }
            if LogFile.exists(base) { LogFile.rename(base, first) }
        }
        _ = try openFile()
    }

    private func closeFile() {
        let old = file.withLock { f -> LogFile? in
            let previous = f
            f = nil
            return previous
        }
        old?.close()
    }

    // MARK: Time

    /// `TimedRotatingFileHandler.doRollover`: renames the file with the
    /// suffix of the period that ended, prunes old files, reopens.
    func rolloverByTime(_ now: Double) throws {
        closeFile()
        let settings = rotation.withLock { $0 }
        let periodStart = settings.rolloverAt - settings.interval
        let parts = LogTime.brokenDown(periodStart, utc: settings.utc)
        let base = baseFilename
        let destination = base + "." + LogTime.strftime(settings.suffix, parts)
        if LogFile.exists(destination) { LogFile.remove(destination) }
        if LogFile.exists(base) { LogFile.rename(base, destination) }
        if settings.backupCount > 0 {
            for old in filesToDelete(base, settings) { LogFile.remove(old) }
        }
        var next = computeRollover(now, settings)
        while next <= now { next += settings.interval }
        rotation.withLock { $0.rolloverAt = next }
        setAttribute("rolloverAt", .int(Int(next)))
        _ = try openFile()
    }

    /// Rotated files beyond `backupCount`, oldest first.
    private func filesToDelete(_ base: String, _ settings: LogRotation) -> [String] {
        let slash = base.lastIndex(of: "/")
        let directory = slash.map { String(base[..<$0]) } ?? "."
        let name = slash.map { String(base[base.index(after: $0)...]) } ?? base
        let prefix = name + "."
        let dated = LogFile.directoryEntries(directory)
            .filter { $0.hasPrefix(prefix) && LogRotationSchedule.matchesSuffix(String($0.dropFirst(prefix.count)), settings.when) }
            .sorted()
        guard dated.count > settings.backupCount else { return [] }
        return dated.prefix(dated.count - settings.backupCount).map { directory + "/" + $0 }
    }

    /// The first rollover time after `now` for the handler's schedule.
    func computeRollover(_ now: Double, _ settings: LogRotation) -> Double {
        LogRotationSchedule.nextRollover(now, settings)
    }
}
