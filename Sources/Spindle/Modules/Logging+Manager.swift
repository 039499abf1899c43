import Synchronization

/// The logger hierarchy (CPython's `Manager`): loggers by dotted name, with
/// placeholders standing for names that so far only have descendants
/// (`a.b` when only `a.b.c` was requested). `getLogger` links each new
/// logger to its nearest existing ancestor and adopts the descendants a
/// placeholder was holding. Only Swift state is touched under the lock.
final class LoggerManager {
    private enum Node {
        case logger(LoggerObject)
        /// Loggers waiting for this name to become a real logger.
        case placeholder([LoggerObject])
    }

    let root: LoggerObject
    private unowned let state: LoggingState
    private let nodes = GuardedState<[String: Node]>([:])

    init(_ state: LoggingState) {
        self.state = state
        root = LoggerObject(cls: state.types.rootLogger, state: state, name: "root")
        root.setLevel(LogLevels.warning)
    }

    /// `logging.getLogger(name)`: the root for no name or `"root"`.
    func logger(named name: String) -> LoggerObject {
        if name.isEmpty || name == "root" { return root }
        return nodes.withLock { table in
            switch table[name] {
            case .logger(let existing)?:
                return existing
            case .placeholder(let children)?:
                let logger = newLogger(name)
                table[name] = .logger(logger)
                adopt(children, into: logger)
                linkToAncestor(logger, &table)
                return logger
            case nil:
                let logger = newLogger(name)
                table[name] = .logger(logger)
                linkToAncestor(logger, &table)
                return logger
            }
        }
    }

    /// The loggers made so far (`logging.Logger.manager.loggerDict` values).
    var loggers: [(String, LoggerObject)] {
        nodes.withLock { table in
            table.compactMap { name, node in
                if case .logger(let l) = node { return (name, l) }
                return nil
            }.sorted { $0.0 < $1.0 }
        }
    }

    private func newLogger(_ name: String) -> LoggerObject {
        LoggerObject(cls: state.types.logger, state: state, name: name)
    }

    /// CPython's `_fixupParents`: walk `a.b.c` → `a.b` → `a`, leaving
    /// placeholders, until an existing logger is found (else the root).
    private func linkToAncestor(_ logger: LoggerObject, _ table: inout [String: Node]) {
        let name = logger.name
        var parent: LoggerObject?
        var prefix = Substring(name)
        while parent == nil, let dot = prefix.lastIndex(of: ".") {
            prefix = prefix[..<dot]
            let key = String(prefix)
            switch table[key] {
            case nil:
                table[key] = .placeholder([logger])
            case .placeholder(var waiting)?:
                if !waiting.contains(where: { $0 === logger }) { waiting.append(logger) }
                table[key] = .placeholder(waiting)
            case .logger(let existing)?:
                parent = existing
            }
        }
        logger.parent = parent ?? root
    }

    /// CPython's `_fixupChildren`: loggers that were below the placeholder
    /// now hang from `logger` unless they already have a closer parent.
    private func adopt(_ children: [LoggerObject], into logger: LoggerObject) {
        let name = logger.name
        for child in children {
            guard let current = child.parent else { continue }
            if !current.name.hasPrefix(name) {
                logger.parent = current
                child.parent = logger
            }
        }
    }
}
