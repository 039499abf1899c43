import XCTest
import BigInt
import SpindleSyntax
@testable import Spindle

/// Drives the value layer from Swift: calls builtins and operators on a
/// fresh interpreter and renders results with `repr`.
final class ValueHarness {
    let interpreter = Interpreter()
    let thread: ThreadState

    init() {
        thread = ThreadState(interpreter: interpreter)
    }

    /// An int from its decimal text (for values beyond `Int`).
    func big(_ text: String) -> Value { .integer(BigInt(text)!) }

    func list(_ items: Value...) -> Value { .list(items) }
    func tuple(_ items: Value...) -> Value { .tuple(items) }

    func dict(_ pairs: (Value, Value)...) throws -> Value {
        let d = PyDict()
        for (k, v) in pairs { try d.set(thread, k, v) }
        return .object(d)
    }

    /// Calls the builtin `name`.
    func call(_ name: String, _ args: Value..., keywords: [(String, Value)] = []) throws -> Value {
        guard let f = interpreter.builtins.namespace[name] else {
            XCTFail("no builtin \(name)")
            return .None
        }
        return try thread.call(f, Arguments(args, keywords: keywords.map { (name: $0.0, value: $0.1) }))
    }

    /// Calls `receiver.name(args…)`.
    func method(_ receiver: Value, _ name: String, _ args: Value..., keywords: [(String, Value)] = []) throws -> Value {
        guard let m = receiver.pyType.lookup(name) else {
            XCTFail("no method \(receiver.pyType.name).\(name)")
            return .None
        }
        return try thread.call(m, Arguments([receiver] + args, keywords: keywords.map { (name: $0.0, value: $0.1) }))
    }

    func op(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        try thread.binary(op, a, b)
    }

    func repr(_ v: Value) throws -> String { try thread.repr(v) }

    /// The repr of the result, or `TypeName: message` when it raised.
    func outcome(_ body: () throws -> Value) -> String {
        do {
            return try repr(body())
        } catch let e as PyError {
            let message = e.exception.args.first.flatMap { $0.asString } ?? ""
            return "\(e.type.name): \(message)"
        } catch {
            return "Swift error: \(error)"
        }
    }
}
