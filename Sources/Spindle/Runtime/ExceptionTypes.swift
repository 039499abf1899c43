/// The standard exception hierarchy. User classes may derive from any of
/// these; instances always have the `PyExceptionObject` layout.
extension PyType {
    private static func exceptionType(_ name: String, _ base: PyType?) -> PyType {
        PyType(builtin: name, base: base) { PyExceptionObject(cls: $0) }
    }

    public static let baseException = exceptionType("BaseException", .object)
    public static let systemExit = exceptionType("SystemExit", .baseException)
    public static let keyboardInterrupt = exceptionType("KeyboardInterrupt", .baseException)
    public static let generatorExit = exceptionType("GeneratorExit", .baseException)
    public static let exception = exceptionType("Exception", .baseException)
    public static let stopIteration = exceptionType("StopIteration", .exception)
    public static let arithmeticError = exceptionType("ArithmeticError", .exception)
    public static let zeroDivisionError = exceptionType("ZeroDivisionError", .arithmeticError)
    public static let overflowError = exceptionType("OverflowError", .arithmeticError)
    public static let assertionError = exceptionType("AssertionError", .exception)
    public static let attributeError = exceptionType("AttributeError", .exception)
    public static let bufferError = exceptionType("BufferError", .exception)
    public static let eofError = exceptionType("EOFError", .exception)
    public static let importError = exceptionType("ImportError", .exception)
    public static let moduleNotFoundError = exceptionType("ModuleNotFoundError", .importError)
    public static let lookupError = exceptionType("LookupError", .exception)
    public static let indexError = exceptionType("IndexError", .lookupError)
    public static let keyError = exceptionType("KeyError", .lookupError)
    public static let memoryError = exceptionType("MemoryError", .exception)
    public static let nameError = exceptionType("NameError", .exception)
    public static let unboundLocalError = exceptionType("UnboundLocalError", .nameError)
    public static let osError = exceptionType("OSError", .exception)
    public static let fileNotFoundError = exceptionType("FileNotFoundError", .osError)
    public static let fileExistsError = exceptionType("FileExistsError", .osError)
    public static let permissionError = exceptionType("PermissionError", .osError)
    public static let isADirectoryError = exceptionType("IsADirectoryError", .osError)
    public static let notADirectoryError = exceptionType("NotADirectoryError", .osError)
    public static let timeoutError = exceptionType("TimeoutError", .osError)
    public static let runtimeError = exceptionType("RuntimeError", .exception)
    public static let notImplementedError = exceptionType("NotImplementedError", .runtimeError)
    public static let recursionError = exceptionType("RecursionError", .runtimeError)
    public static let syntaxError = exceptionType("SyntaxError", .exception)
    public static let indentationError = exceptionType("IndentationError", .syntaxError)
    public static let tabError = exceptionType("TabError", .indentationError)
    public static let systemError = exceptionType("SystemError", .exception)
    public static let typeError = exceptionType("TypeError", .exception)
    public static let valueError = exceptionType("ValueError", .exception)
    public static let unicodeError = exceptionType("UnicodeError", .valueError)
    public static let unicodeDecodeError = exceptionType("UnicodeDecodeError", .unicodeError)
    public static let unicodeEncodeError = exceptionType("UnicodeEncodeError", .unicodeError)
    public static let warning = exceptionType("Warning", .exception)
    public static let userWarning = exceptionType("UserWarning", .warning)
    public static let deprecationWarning = exceptionType("DeprecationWarning", .warning)
    public static let runtimeWarning = exceptionType("RuntimeWarning", .warning)

    /// Every built-in exception type, for installing into `builtins`
    /// (`IOError` and `EnvironmentError` are aliases of `OSError`).
    public static var builtinExceptions: [PyType] {
        [.baseException, .systemExit, .keyboardInterrupt, .generatorExit, .exception, .stopIteration,
         .arithmeticError, .zeroDivisionError, .overflowError, .assertionError, .attributeError,
         .bufferError, .eofError, .importError, .moduleNotFoundError, .lookupError, .indexError,
         .keyError, .memoryError, .nameError, .unboundLocalError, .osError, .fileNotFoundError,
         .fileExistsError, .permissionError, .isADirectoryError, .notADirectoryError, .timeoutError,
         .runtimeError, .notImplementedError, .recursionError, .syntaxError, .indentationError,
         .tabError, .systemError, .typeError, .valueError, .unicodeError, .unicodeDecodeError,
         .unicodeEncodeError, .warning, .userWarning, .deprecationWarning, .runtimeWarning]
    }
}
