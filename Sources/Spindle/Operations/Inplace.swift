import SpindleSyntax
import Synchronization

/// Augmented assignment (`a += b`): `__iadd__` and friends first, then
/// the plain binary operator. Lists extend in place (`+=`) and repeat in
/// place (`*=`); sets update in place (`|=`, `&=`, `-=`, `^=`), as in Python.
extension ThreadState {
    @inline(__always)
    public func inplace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            if op == .add { return IntArithmetic.add(x, y) }
            return try IntOperators.apply(op, x, y)
        }
        if case .float(let x) = a, case .float(let y) = b { return try FloatOperators.apply(op, x, y) }
        return try inplaceSlow(op, a, b)
    }

    private func inplaceSlow(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        guard case .object(let o) = a else { return try binarySlow(op, a, b) }
        if let list = o as? PyList {
            switch op {
            case .add:
                list.append(contentsOf: try collect(b))
                return a
            case .multiply:
                guard b.isInteger, !b.isCustomObject else { break }
                let n = b.smallInteger ?? 0
                try NativeBinary.checkRepeatSize(list, max(n, 0))
                list.storage.withLock { items in
                    if n <= 0 { items.removeAll(); return }
                    let copy = items
                    for _ in 1..<n { items.append(contentsOf: copy) }
                }
                return a
            default: break
            }
        }
        if let set = o as? PySet, !set.isFrozen, let other = b.asObject as? PySet {
            switch op {
            case .bitOr:
                try set.update(self, from: b)
                return a
            case .subtract:
                try set.subtract(self, b)
                return a
            case .bitAnd:
                set.replaceContents(with: try SetAlgebra.intersection(self, set, other, frozen: false))
                return a
            case .bitXor:
                for e in other.elements {
                    if try !set.discard(self, e) { try set.add(self, e) }
                }
                return a
            default: break
            }
        }
        if op == .bitOr, o.isBuiltinValue, let dict = o as? PyDict {
            try DictMethods.update(self, dict, Arguments([b]), name: "update")
            return a
        }
        if !o.isBuiltinValue, let r = try callSpecial(a, op.specialNames.inplace, b), !r.isNotImplemented {
            return r
        }
        return try binarySlow(op, a, b)
    }
}
