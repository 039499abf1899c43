extension ThreadState {
    /// A minimal `print` for interpreters whose library modules are not
    /// installed: writes `str` of each argument, space-separated, and a newline.
    func installFallbackBuiltins() {
        let ns = interpreter.builtins.namespace
        for name in ["locals", "globals"] where ns[name] == nil {
            // Direct calls are compiled to `FrameIntrospectionNode`; only an
            // indirect call (through another name) reaches this function.
            ns[name] = .object(PyNativeFunction(name) { _, _ in
                throw PyError(.runtimeError, "\(name)() must be called directly")
            })
        }
        guard ns["print"] == nil else { return }
        ns["print"] = .object(PyNativeFunction("print") { t, args in
            let text = try args.positional.map { try t.str($0) }.joined(separator: " ")
            t.interpreter.standardOutput.write(text + "\n")
            return .None
        })
    }
}
