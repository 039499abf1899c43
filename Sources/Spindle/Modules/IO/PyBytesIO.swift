import Synchronization

/// `io.BytesIO`: an in-memory binary file (write, read, getvalue, seek, tell).
final class PyBytesIO: PyInstance {
    private struct State {
        var bytes: [UInt8] = []
        var position = 0
        var closed = false
    }

    private let state = GuardedState(State())

    static let type: PyType = {
        let type = PyType(builtin: "BytesIO", moduleName: "_io", base: .object) { PyBytesIO(cls: $0) }
        defineMethods(type)
        return type
    }()

    private func withState<T>(_ body: (inout State) throws -> T) throws -> T {
        try state.withLock { s in
            if s.closed { throw PyError(.valueError, "I/O operation on closed file.") }
            return try body(&s)
        }
    }

    private static func receiver(_ args: Arguments) throws -> PyBytesIO {
        guard let io = args.positional.first?.asObject as? PyBytesIO else {
            throw PyError(.typeError, "descriptor requires a '_io.BytesIO' object")
        }
        return io
    }

    private static func defineMethods(_ type: PyType) {
        type.defineMethod("__init__") { _, args in
            let a = try args.exactly("BytesIO", min: 1, max: 2)
            let io = try receiver(args)
            io.setAttribute("closed", .bool(false))
            if a.count == 2, !a[1].isNone {
                guard let bytes = IOModule.bytesLike(a[1]) else {
                    throw PyError(.typeError, "a bytes-like object is required, not '\(a[1].pyType.name)'")
                }
                try io.withState { $0.bytes = bytes }
            }
            return .None
        }
        type.defineMethod("write") { _, args in
            let a = try args.exactly("write", min: 2, max: 2)
            guard let bytes = IOModule.bytesLike(a[1]) else {
                throw PyError(.typeError, "a bytes-like object is required, not '\(a[1].pyType.name)'")
            }
            try receiver(args).withState { s in
                if s.position > s.bytes.count {
                    s.bytes += [UInt8](repeating: 0, count: s.position - s.bytes.count)
                }
                let overlap = min(bytes.count, s.bytes.count - s.position)
                s.bytes.replaceSubrange(s.position..<s.position + overlap, with: bytes)
                s.position += bytes.count
            }
            return .int(bytes.count)
        }
        type.defineMethod("read") { thread, args in
            let a = try args.exactly("read", min: 1, max: 2)
            let n = a.count == 2 && !a[1].isNone ? try thread.indexArgument(a[1]) : -1
            return .bytes(try receiver(args).withState { s in
                let start = min(s.position, s.bytes.count)
                let end = n < 0 ? s.bytes.count : min(s.bytes.count, start + n)
                s.position = max(s.position, end)
                return Array(s.bytes[start..<end])
            })
        }
        type.defineMethod("getvalue") { _, args in .bytes(try receiver(args).withState { $0.bytes }) }
        type.defineMethod("tell") { _, args in .int(try receiver(args).withState { $0.position }) }
        type.defineMethod("seek") { thread, args in
            let a = try args.exactly("seek", min: 2, max: 3)
            let offset = try thread.indexArgument(a[1])
            let whence = a.count == 3 ? try thread.indexArgument(a[2]) : 0
            return .int(try receiver(args).withState { s in
                let base = whence == 1 ? s.position : whence == 2 ? s.bytes.count : 0
                guard (0...2).contains(whence) else {
                    throw PyError(.valueError, "invalid whence (\(whence), should be 0, 1 or 2)")
                }
                guard base + offset >= 0 else { throw PyError(.valueError, "negative seek value \(offset)") }
                s.position = base + offset
                return s.position
            })
        }
        type.defineMethod("close") { _, args in
            let io = try receiver(args)
            io.state.withLock { $0.closed = true }
            io.setAttribute("closed", .bool(true))
            return .None
        }
        type.defineMethod("__enter__") { _, args in .object(try receiver(args)) }
        type.defineMethod("__exit__") { _, args in
            let io = try receiver(args)
            io.state.withLock { $0.closed = true }
            io.setAttribute("closed", .bool(true))
            return .None
        }
    }
}
