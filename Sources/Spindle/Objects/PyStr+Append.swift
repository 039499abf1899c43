import SpindleSyntax
import Synchronization

/// `s + t` and `s += t` for exact strs.
///
/// A loop that builds a string piece by piece (`out += piece`) copies the
/// whole text on every step unless the left operand is extended in place,
/// which CPython does when nothing but the variable refers to the str.
/// Spindle does the same for function locals: when the local's slot holds
/// the only reference to the str (`isKnownUniquelyReferenced`), no other
/// variable, container, iterator or thread can reach the object, so
/// appending to its text cannot be observed. Any other str is left
/// unchanged and the sum is a new object (`a = s; s += "x"` leaves `a`).
extension PyStr {
    /// `a + b` when both are exact strs; nil for any other pair.
    @inline(__always)
    static func concatenation(_ a: Value, _ b: Value) -> Value? {
        guard case .object(let x) = a, x.objectKind == .str,
              case .object(let y) = b, y.objectKind == .str else { return nil }
        return .object(concatenate(unsafeDowncast(x, to: PyStr.self), unsafeDowncast(y, to: PyStr.self)))
    }

    /// A new str holding `a`'s text followed by `b`'s (`a` or `b` itself
    /// when the other is empty, as in CPython).
    static func concatenate(_ a: PyStr, _ b: PyStr) -> PyStr {
        if b.value.isEmpty { return a }
        if a.value.isEmpty { return b }
        let left = a.cachedCount.load(ordering: .relaxed), right = b.cachedCount.load(ordering: .relaxed)
        let text = a.value + b.value
        return left >= 0 && right >= 0 ? PyStr(text, count: left + right) : PyStr(text)
    }

    /// True when `v` is an exact str.
    @inline(__always)
    static func isExact(_ v: Value?) -> Bool {
        if case .object(let o)? = v { return o.objectKind == .str }
        return false
    }

    /// `name += operand` for a function local whose slot `target` held an
    /// exact str before `operand` was evaluated. Evaluating an operand
    /// cannot rebind a function local (Spindle has no assignment
    /// expressions, and a local that inner functions rebind is a cell, not
    /// a slot), so the slot still holds the str Python read first.
    static func addAssign(_ thread: ThreadState, _ target: UnsafeMutablePointer<Value?>, _ operand: Value) throws {
        guard let tail = operand.asPyStr else {
            guard let current = target.pointee else { throw PyError(.systemError, "local variable unbound during +=") }
            target.pointee = try thread.inplaceOperation(.add, current, operand)
            return
        }
        // The slot's reference moves into `head`, and `taken` is cleared
        // explicitly, so no other copy is alive during the uniqueness test.
        var taken = target.move()
        var head = exactObject(taken)
        if head == nil {
            target.initialize(to: taken)
            throw PyError(.systemError, "local variable changed type during +=")
        }
        taken = nil
        let unique = isKnownUniquelyReferenced(&head)
        guard let object = head else { target.initialize(to: nil); return }
        let str = unsafeDowncast(object, to: PyStr.self)
        if unique {
            str.append(tail)
            target.initialize(to: .object(object))
        } else {
            target.initialize(to: .object(concatenate(str, tail)))
        }
    }

    /// The object of an exact str.
    @inline(__always)
    private static func exactObject(_ v: Value?) -> PyObject? {
        if case .object(let o)? = v, o.objectKind == .str { return o }
        return nil
    }

    /// Extends this (unshared) str; its cached length and hash follow.
    private func append(_ tail: PyStr) {
        let total = count + tail.count
        value.append(tail.value)
        cachedCount.store(total, ordering: .relaxed)
        cachedHash.store(0, ordering: .relaxed)
    }
}
