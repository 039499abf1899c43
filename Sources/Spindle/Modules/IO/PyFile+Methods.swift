#if canImport(Glibc)
import Glibc
#endif

/// The classes of file objects and their methods: `_io.TextIOWrapper` for
/// text files and the standard streams, `_io.BufferedReader`/`Writer`/`Random`
/// for binary files.
extension PyFile {
    static let baseType: PyType = {
        let type = PyType(builtin: "_IOBase", moduleName: "_io", base: .object)
        defineMethods(type)
        return type
    }()
    static let textType = PyType(builtin: "TextIOWrapper", moduleName: "_io", base: baseType)
    static let readerType = PyType(builtin: "BufferedReader", moduleName: "_io", base: baseType)
    static let writerType = PyType(builtin: "BufferedWriter", moduleName: "_io", base: baseType)
    static let randomType = PyType(builtin: "BufferedRandom", moduleName: "_io", base: baseType)

    static func receiver(_ args: Arguments) throws -> PyFile {
        guard let file = args.positional.first?.asObject as? PyFile else {
            throw PyError(.typeError, "descriptor requires a file object")
        }
        return file
    }

    /// An optional size argument: None or negative means "no limit".
    private static func size(_ thread: ThreadState, _ args: Arguments, _ name: String) throws -> Int? {
        let a = try args.exactly(name, min: 1, max: 2)
        guard a.count == 2, !a[1].isNone else { return nil }
        let n = try thread.indexArgument(a[1])
        return n < 0 ? nil : n
    }

    private static func defineMethods(_ type: PyType) {
        defineReading(type)
        defineWriting(type)
        definePositioning(type)
    }

    private static func defineReading(_ type: PyType) {
        type.defineMethod("read") { thread, args in
            let file = try receiver(args)
            let n = try size(thread, args, "read")
            return file.isBinary ? .bytes(try file.readBytes(n)) : .str(try file.readText(n))
        }
        type.defineMethod("readline") { thread, args in
            let file = try receiver(args)
            let n = try size(thread, args, "readline")
            return file.isBinary ? .bytes(try file.readLineBytes(limit: n)) : .str(try file.readLineText(limit: n))
        }
        type.defineMethod("readlines") { thread, args in
            let file = try receiver(args)
            let hint = try size(thread, args, "readlines")
            var lines: [Value] = []
            var total = 0
            while true {
                let line = try file.readLineBytes(limit: nil)
                if line.isEmpty { break }
                lines.append(file.isBinary ? .bytes(line) : .str(PyFile.decode(line)))
                total += line.count
                if let hint, hint > 0, total >= hint { break }
            }
            return .list(lines)
        }
        type.defineMethod("__iter__") { _, args in
            let file = try receiver(args)
            try file.checkOpen()
            return .object(file)
        }
        type.defineMethod("__next__") { _, args in
            let file = try receiver(args)
            let line = try file.readLineBytes(limit: nil)
            if line.isEmpty { throw PyError(.stopIteration, args: []) }
            return file.isBinary ? .bytes(line) : .str(PyFile.decode(line))
        }
    }

    private static func defineWriting(_ type: PyType) {
        type.defineMethod("write") { thread, args in
            let file = try receiver(args)
            let a = try args.exactly("write", min: 2, max: 2)
            if file.isBinary {
                guard let bytes = IOModule.bytesLike(a[1]) else {
                    throw PyError(.typeError, "a bytes-like object is required, not '\(a[1].pyType.name)'")
                }
                try file.write(bytes: bytes)
                return .int(bytes.count)
            }
            guard let text = a[1].asString else {
                throw PyError(.typeError, "write() argument must be str, not \(a[1].pyType.name)")
            }
            try file.write(text: text)
            return .int(text.unicodeScalars.count)
        }
        type.defineMethod("writelines") { thread, args in
            let file = try receiver(args)
            let a = try args.exactly("writelines", min: 2, max: 2)
            for line in try thread.collect(a[1]) {
                if file.isBinary {
                    guard let bytes = IOModule.bytesLike(line) else {
                        throw PyError(.typeError, "a bytes-like object is required, not '\(line.pyType.name)'")
                    }
                    try file.write(bytes: bytes)
                } else {
                    guard let text = line.asString else {
                        throw PyError(.typeError, "write() argument must be str, not \(line.pyType.name)")
                    }
                    try file.write(text: text)
                }
            }
            return .None
        }
        type.defineMethod("flush") { _, args in
            try receiver(args).flush()
            return .None
        }
        type.defineMethod("close") { _, args in
            try receiver(args).close()
            return .None
        }
        type.defineMethod("__enter__") { _, args in
            let file = try receiver(args)
            try file.checkOpen()
            return .object(file)
        }
        type.defineMethod("__exit__") { _, args in
            try receiver(args).close()
            return .None
        }
    }

    private static func definePositioning(_ type: PyType) {
        type.defineMethod("seek") { thread, args in
            let file = try receiver(args)
            let a = try args.exactly("seek", min: 2, max: 3)
            let offset = try thread.indexArgument(a[1])
            let whence = a.count == 3 ? try thread.indexArgument(a[2]) : 0
            guard (0...2).contains(whence) else {
                throw PyError(.valueError, "invalid whence (\(whence), should be 0, 1 or 2)")
            }
            try file.checkOpen()
            guard case .file(let stream) = file.channel else { throw IOModule.unsupported("underlying stream is not seekable") }
            return .int(try file.system { try stream.seek(offset, whence: Int32(whence)) })
        }
        type.defineMethod("tell") { _, args in
            let file = try receiver(args)
            try file.checkOpen()
            guard case .file(let stream) = file.channel else { throw IOModule.unsupported("underlying stream is not seekable") }
            return .int(try file.system { try stream.tell() })
        }
        type.defineMethod("fileno") { _, args in
            let file = try receiver(args)
            try file.checkOpen()
            switch file.channel {
            case .file(let stream): return .int(Int(stream.descriptor))
            case .output(let out): return .int(Int(out.fileDescriptor))
            }
        }
        type.defineMethod("isatty") { _, args in
            let file = try receiver(args)
            try file.checkOpen()
            switch file.channel {
            case .file(let stream): return .bool(stream.isTerminal())
            case .output(let out): return .bool(isatty(out.fileDescriptor) == 1)
            }
        }
        type.defineMethod("readable") { _, args in .bool(try receiver(args).readable) }
        type.defineMethod("writable") { _, args in .bool(try receiver(args).writable) }
        type.defineMethod("seekable") { _, args in
            if case .file = try receiver(args).channel { return .bool(true) }
            return .bool(false)
        }
        type.defineMethod("__repr__") { thread, args in
            let file = try receiver(args)
            let name = try thread.repr(file.attribute("name") ?? .None)
            if file.isBinary { return .str("<_io.\(file.cls.name) name=\(name)>") }
            let mode = file.attribute("mode")?.asString ?? "r"
            let encoding = file.attribute("encoding")?.asString ?? "UTF-8"
            return .str("<_io.TextIOWrapper name=\(name) mode='\(mode)' encoding='\(encoding)'>")
        }
    }
}
