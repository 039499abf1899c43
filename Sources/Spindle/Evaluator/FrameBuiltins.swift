extension ThreadState {
    /// Installs `locals` and `globals`. Direct calls are compiled to
    /// `FrameIntrospectionNode` (they need the caller's frame); only an
    /// indirect call through another name reaches these functions.
    func installFrameBuiltins() {
        let ns = interpreter.builtins.namespace
        for name in ["locals", "globals"] where ns[name] == nil {
            ns[name] = .object(PyNativeFunction(name) { _, _ in
                throw PyError(.runtimeError, "\(name)() must be called directly")
            })
        }
    }
}
