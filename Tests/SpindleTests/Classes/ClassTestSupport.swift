import XCTest
@testable import Spindle

/// Shared helpers for the class-model tests: an interpreter, a thread, and
/// shortcuts to build classes whose methods are native closures.
class ClassModelTestCase: XCTestCase {
    let interpreter = Interpreter()
    lazy var thread = ThreadState(interpreter: interpreter)

    /// A class made the way the `class` statement makes it.
    func makeClass(_ name: String, _ bases: [PyType] = [], _ namespace: [(String, Value)] = [],
                   file: StaticString = #filePath, line: UInt = #line) throws -> PyType {
        let value = try PyType.makeClass(thread, name: name, bases: bases.map { .object($0) },
                                         namespace: namespace, module: "__main__")
        return try XCTUnwrap(value.asObject as? PyType, file: file, line: line)
    }

    /// A method (binds like a Python function) implemented by `body`.
    func method(_ name: String, _ body: @escaping PyNativeFunction.Body) -> Value {
        .object(PyNativeFunction(name, owner: .object, body))
    }

    func builtin(_ name: String) throws -> Value {
        try XCTUnwrap(interpreter.builtins.namespace[name], "builtin \(name)")
    }

    func callBuiltin(_ name: String, _ args: Value...) throws -> Value {
        try thread.call(builtin(name), Arguments(args))
    }

    /// Asserts that `body` raises a Python exception of `type` with message `message`.
    func assertRaises(_ type: PyType, _ message: String, file: StaticString = #filePath, line: UInt = #line,
                      _ body: () throws -> Any) {
        do {
            _ = try body()
            XCTFail("expected \(type.name): \(message)", file: file, line: line)
        } catch let error as PyError {
            XCTAssertTrue(error.matches(type), "got \(error.type.name) instead of \(type.name)", file: file, line: line)
            let text = error.exception.args.first?.asString ?? ""
            XCTAssertEqual(text, message, file: file, line: line)
        } catch {
            XCTFail("unexpected Swift error \(error)", file: file, line: line)
        }
    }

    func names(_ types: [PyType]) -> [String] { types.map { $0.name } }
}
