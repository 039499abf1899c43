/// Making instances: `C(args)` allocates through the nearest allocator in
/// the MRO (or a native `__new__`), then runs `__init__`.
extension PyType {
    func instantiate(_ thread: ThreadState, _ arguments: Arguments) throws -> Value {
        if self === PyType.type && arguments.positional.count == 1 && arguments.keywords.isEmpty {
            return .object(arguments.positional[0].pyType)
        }
        if let new = lookup("__new__") {
            var args = arguments
            args.positional.insert(.object(self), at: 0)
            let made = try thread.call(new, args)
            if made.pyType.isSubtype(of: self), let initializer = lookup("__init__"),
               !(initializer.asObject is PyNativeFunction) {
                var initArgs = arguments
                initArgs.positional.insert(made, at: 0)
                _ = try thread.call(initializer, initArgs)
            }
            return made
        }
        guard let allocate = effectiveAllocator else {
            throw PyError(.typeError, "cannot create '\(name)' instances")
        }
        let instance = Value.object(allocate(self))
        if let initializer = lookup("__init__") {
            var initArgs = arguments
            initArgs.positional.insert(instance, at: 0)
            let result = try thread.call(initializer, initArgs)
            guard result.isNone else {
                throw PyError(.typeError, "__init__() should return None, not '\(result.pyType.name)'")
            }
        } else if !arguments.positional.isEmpty || !arguments.keywords.isEmpty {
            throw PyError(.typeError, "\(name)() takes no arguments")
        }
        return instance
    }
}
