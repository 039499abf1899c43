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
        for kind in [DynamicCodeNode.Kind.eval, .exec] where ns[kind.rawValue] == nil {
            // Reached by indirect calls; direct ones go through `DynamicCodeNode`.
            ns[kind.rawValue] = .object(PyNativeFunction(kind.rawValue) { thread, args in
                try args.exactly(kind.rawValue, min: 1, max: 3).isEmpty ? .None
                    : thread.runDynamicCode(kind, args.positional,
                                            defaultGlobals: thread.interpreter.mainModule.namespace)
            })
        }
    }
}
