/// `repr()` of the evaluator's object types: functions and generators.
enum EvaluatorReprs {
    static func install() {
        PyType.function.defineMethod("__repr__") { _, args in
            guard let function = args.positional.first?.asObject as? PyFunction else {
                throw PyError(.typeError, "descriptor '__repr__' requires a 'function' object")
            }
            return .str("<function \(function.code.qualifiedName) at \(ThreadState.addressString(function))>")
        }
        PyType.generator.defineMethod("__repr__") { _, args in
            guard let generator = args.positional.first?.asObject as? PyGenerator else {
                throw PyError(.typeError, "descriptor '__repr__' requires a 'generator' object")
            }
            return .str("<generator object \(generator.qualifiedName) at \(ThreadState.addressString(generator))>")
        }
    }
}
