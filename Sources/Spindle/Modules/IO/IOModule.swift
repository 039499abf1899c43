/// The `io` module (`StringIO`, `BytesIO`, `open`, `UnsupportedOperation`)
/// and the pieces of file handling the builtins share with it.
enum IOModule {
    /// `io.UnsupportedOperation`, which is both an `OSError` and a `ValueError`.
    static let unsupportedOperation: PyType = {
        let bases: [PyType] = [.osError, .valueError]
        return (try? PyType(name: "UnsupportedOperation", moduleName: "io", bases: bases)) ?? .osError
    }()

    static func unsupported(_ message: String) -> PyError { PyError(unsupportedOperation, message) }

    static func make(_ interpreter: Interpreter) -> PyModule {
        let module = PyModule(name: "io")
        let ns = module.namespace
        ns["StringIO"] = .object(PyStringIO.type)
        ns["BytesIO"] = .object(PyBytesIO.type)
        ns["TextIOWrapper"] = .object(PyFile.textType)
        ns["BufferedReader"] = .object(PyFile.readerType)
        ns["BufferedWriter"] = .object(PyFile.writerType)
        ns["UnsupportedOperation"] = .object(unsupportedOperation)
        ns["open"] = interpreter.builtins.namespace["open"]
        ns["SEEK_SET"] = .int(0)
        ns["SEEK_CUR"] = .int(1)
        ns["SEEK_END"] = .int(2)
        ns["DEFAULT_BUFFER_SIZE"] = .int(8192)
        return module
    }

    /// The bytes of a `bytes` or `bytearray` value.
    static func bytesLike(_ value: Value) -> [UInt8]? {
        (value.asObject as? PyBytes).map { Array($0.bytes) }
    }
}
