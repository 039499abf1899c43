import Synchronization

/// `logging.captureWarnings(capture)`: while on, `warnings.showwarning`
/// is replaced by a function that logs the formatted warning through the
/// `py.warnings` logger at WARNING; turning it off restores the original.
extension LoggingState {
    func installWarningCapture() {
        let saved = GuardedState<Value?>(nil)
        let show = PyNativeFunction("_showwarning") { [unowned self] thread, args in
            try showWarning(thread, args, original: saved.withLock { $0 })
            return .None
        }
        module.defineFunction("captureWarnings") { thread, args in
            let slots = try args.bind("captureWarnings", ["capture"], required: 1)
            let warnings = try LogRuntime.importModule(thread, "warnings")
            if try LogRuntime.isTrue(thread, slots[0] ?? .None) {
                if saved.withLock({ $0 }) == nil {
                    saved.withLock { $0 = warnings.namespace["showwarning"] ?? .None }
                    warnings.namespace["showwarning"] = .object(show)
                }
            } else if let original = saved.withLock({ $0 }) {
                warnings.namespace["showwarning"] = original
                saved.withLock { $0 = nil }
            }
            return .None
        }
    }

    /// `_showwarning(message, category, filename, lineno, file=None, line=None)`.
    private func showWarning(_ thread: ThreadState, _ args: Arguments, original: Value?) throws {
        let names = ["message", "category", "filename", "lineno", "file", "line"]
        let slots = try args.bind("_showwarning", names, required: 4)
        if let file = slots[4], !file.isNone {
            if let original, !original.isNone { _ = try thread.call(original, args) }
            return
        }
        let warnings = try LogRuntime.importModule(thread, "warnings")
        guard let format = warnings.namespace["formatwarning"] else {
            throw PyError(.attributeError, "module 'warnings' has no attribute 'formatwarning'")
        }
        let text = try thread.call(format, Arguments([slots[0] ?? .None, slots[1] ?? .None,
                                                      slots[2] ?? .None, slots[3] ?? .None,
                                                      slots[5] ?? .None]))
        let logger = manager.logger(named: "py.warnings")
        if logger.handlers.isEmpty {
            let null = LogHandlerObject(cls: types.nullHandler, state: self, kind: .null)
            register(null)
            logger.addHandler(.object(null))
        }
        try LoggingState.logCall(thread, logger, "warning", LogLevels.warning,
                                 Arguments([.str("%s"), text]))
    }
}
