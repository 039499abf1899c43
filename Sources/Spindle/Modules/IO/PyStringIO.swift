import Synchronization

/// `io.StringIO`: an in-memory text file. Usable anywhere a script
/// expects a file (`print(..., file=buf)`, `sys.stdout = buf`, a logging
/// stream); its buffer is guarded so several threads may write to it.
final class PyStringIO: PyInstance {
    private let buffer = GuardedState(TextBuffer())
    private let closedFlag = GuardedState(false)

    static let type: PyType = {
        let type = PyType(builtin: "StringIO", moduleName: "_io", base: .object) { PyStringIO(cls: $0) }
        defineMethods(type)
        return type
    }()

    func withBuffer<T>(_ body: (inout TextBuffer) throws -> T) throws -> T {
        if closedFlag.withLock({ $0 }) { throw PyError(.valueError, "I/O operation on closed file") }
        return try buffer.withLock { try body(&$0) }
    }

    private static func receiver(_ args: Arguments) throws -> PyStringIO {
        guard let io = args.positional.first?.asObject as? PyStringIO else {
            throw PyError(.typeError, "descriptor requires a '_io.StringIO' object")
        }
        return io
    }

    private static func optionalSize(_ thread: ThreadState, _ args: Arguments, _ name: String) throws -> Int? {
        let a = try args.exactly(name, min: 1, max: 2)
        guard a.count == 2, !a[1].isNone else { return nil }
        return try thread.indexArgument(a[1])
    }

    private static func defineMethods(_ type: PyType) {
        type.defineMethod("__init__") { thread, args in
            let io = try receiver(args)
            var rest = args
            rest.positional.removeFirst()
            let slots = try rest.bind("StringIO", ["initial_value", "newline"], required: 0)
            io.setAttribute("closed", .bool(false))
            guard let initial = slots[0], !initial.isNone else { return .None }
            guard let text = initial.asString else {
                throw PyError(.typeError, "initial_value must be str or None, not \(initial.pyType.name)")
            }
            try io.withBuffer { $0 = TextBuffer(text) }
            return .None
        }
        type.defineMethod("write") { _, args in
            let a = try args.exactly("write", min: 2, max: 2)
            guard let text = a[1].asString else {
                throw PyError(.typeError, "string argument expected, got '\(a[1].pyType.name)'")
            }
            return .int(try receiver(args).withBuffer { $0.write(text) })
        }
        type.defineMethod("writelines") { thread, args in
            let a = try args.exactly("writelines", min: 2, max: 2)
            let io = try receiver(args)
            for line in try thread.collect(a[1]) {
                guard let text = line.asString else {
                    throw PyError(.typeError, "string argument expected, got '\(line.pyType.name)'")
                }
                _ = try io.withBuffer { $0.write(text) }
            }
            return .None
        }
        type.defineMethod("getvalue") { _, args in .str(try receiver(args).withBuffer { $0.value }) }
        type.defineMethod("read") { thread, args in
            let n = try optionalSize(thread, args, "read")
            return .str(try receiver(args).withBuffer { $0.read(n) })
        }
        type.defineMethod("readline") { thread, args in
            let n = try optionalSize(thread, args, "readline")
            return .str(try receiver(args).withBuffer { $0.readLine(limit: n) })
        }
        type.defineMethod("readlines") { _, args in
            let lines = try receiver(args).withBuffer { buffer -> [Value] in
                var lines: [Value] = []
                while case let line = buffer.readLine(), !line.isEmpty { lines.append(.str(line)) }
                return lines
            }
            return .list(lines)
        }
        type.defineMethod("__iter__") { _, args in
            let io = try receiver(args)
            _ = try io.withBuffer { _ in 0 }
            return .object(io)
        }
        type.defineMethod("__next__") { _, args in
            let line = try receiver(args).withBuffer { $0.readLine() }
            if line.isEmpty { throw PyError(.stopIteration, args: []) }
            return .str(line)
        }
        definePositioning(type)
    }

    private static func definePositioning(_ type: PyType) {
        type.defineMethod("seek") { thread, args in
            let a = try args.exactly("seek", min: 2, max: 3)
            let offset = try thread.indexArgument(a[1])
            let whence = a.count == 3 ? try thread.indexArgument(a[2]) : 0
            return .int(try receiver(args).withBuffer { buffer in
                switch whence {
                case 0:
                    guard offset >= 0 else { throw PyError(.valueError, "Negative seek position \(offset)") }
                    buffer.position = offset
                case 1, 2:
                    guard offset == 0 else { throw IOModule.unsupported("Can't do nonzero cur-relative seeks") }
                    if whence == 2 { buffer.position = buffer.scalars.count }
                default:
                    throw PyError(.valueError, "Invalid whence (\(whence), should be 0, 1 or 2)")
                }
                return buffer.position
            })
        }
        type.defineMethod("tell") { _, args in .int(try receiver(args).withBuffer { $0.position }) }
        type.defineMethod("truncate") { thread, args in
            let n = try optionalSize(thread, args, "truncate")
            return .int(try receiver(args).withBuffer { $0.truncate(n) })
        }
        type.defineMethod("close") { _, args in
            let io = try receiver(args)
            io.closedFlag.withLock { $0 = true }
            io.setAttribute("closed", .bool(true))
            return .None
        }
        type.defineMethod("flush") { _, args in
            _ = try receiver(args).withBuffer { _ in 0 }
            return .None
        }
        type.defineMethod("__enter__") { _, args in
            let io = try receiver(args)
            _ = try io.withBuffer { _ in 0 }
            return .object(io)
        }
        type.defineMethod("__exit__") { _, args in
            let io = try receiver(args)
            io.closedFlag.withLock { $0 = true }
            io.setAttribute("closed", .bool(true))
            return .None
        }
        for (name, answer) in [("readable", true), ("writable", true), ("seekable", true), ("isatty", false)] {
            type.defineMethod(name) { _, args in
                _ = try receiver(args).withBuffer { _ in 0 }
                return .bool(answer)
            }
        }
    }
}
