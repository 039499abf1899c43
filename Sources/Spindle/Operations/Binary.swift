import BigInt
import SpindleSyntax

/// Binary arithmetic: `a + b`, `a // b`, `a << b`, …
///
/// Order of attempts: `int`/`float` fast paths; the built-in types handled
/// natively (numbers, sequences, sets); then Python's protocol with
/// `__add__`/`__radd__` (the right operand first when its type is a proper
/// subclass of the left's that overrides the reflected method).
extension ThreadState {
    @inline(__always)
    public func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b { return try IntOperators.apply(op, x, y) }
        if case .float(let x) = a, case .float(let y) = b { return try FloatOperators.apply(op, x, y) }
        return try binarySlow(op, a, b)
    }

    @inline(__always)
    public func add(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b { return IntArithmetic.add(x, y) }
        if case .float(let x) = a, case .float(let y) = b { return .float(x + y) }
        return try binarySlow(.add, a, b)
    }

    @inline(__always)
    public func subtract(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b { return IntArithmetic.subtract(x, y) }
        if case .float(let x) = a, case .float(let y) = b { return .float(x - y) }
        return try binarySlow(.subtract, a, b)
    }

    @inline(__always)
    public func multiply(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b { return IntArithmetic.multiply(x, y) }
        if case .float(let x) = a, case .float(let y) = b { return .float(x * y) }
        return try binarySlow(.multiply, a, b)
    }

    /// Everything but the two same-type fast paths.
    func binarySlow(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        let aNative = !a.isCustomObject, bNative = !b.isCustomObject
        if aNative && bNative {
            if let r = try NativeBinary.apply(self, op, a, b) { return r }
            throw NativeBinary.unsupported(op, a, b)
        }
        let names = op.specialNames
        let ta = a.pyType, tb = b.pyType
        let reflectedFirst = ta !== tb && tb.isSubtype(of: ta)
        if reflectedFirst && !bNative, let r = try callSpecial(b, names.reflected, a), !r.isNotImplemented {
            return r
        }
        if !aNative, let r = try callSpecial(a, names.forward, b), !r.isNotImplemented { return r }
        if ta !== tb && !reflectedFirst && !bNative,
           let r = try callSpecial(b, names.reflected, a), !r.isNotImplemented {
            return r
        }
        throw NativeBinary.unsupported(op, a, b)
    }
}

extension BinaryOperator {
    /// The dunder names: forward, reflected, in-place.
    var specialNames: (forward: String, reflected: String, inplace: String) {
        let stem: String
        switch self {
        case .add: stem = "add"
        case .subtract: stem = "sub"
        case .multiply: stem = "mul"
        case .matrixMultiply: stem = "matmul"
        case .divide: stem = "truediv"
        case .floorDivide: stem = "floordiv"
        case .modulo: stem = "mod"
        case .power: stem = "pow"
        case .leftShift: stem = "lshift"
        case .rightShift: stem = "rshift"
        case .bitOr: stem = "or"
        case .bitXor: stem = "xor"
        case .bitAnd: stem = "and"
        }
        return ("__\(stem)__", "__r\(stem)__", "__i\(stem)__")
    }
}

/// `int op int` on machine words.
enum IntOperators {
    @inline(__always)
    static func apply(_ op: BinaryOperator, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case .add: return IntArithmetic.add(x, y)
        case .subtract: return IntArithmetic.subtract(x, y)
        case .multiply: return IntArithmetic.multiply(x, y)
        case .floorDivide: return try IntArithmetic.floorDivide(x, y)
        case .modulo: return try IntArithmetic.modulo(x, y)
        case .divide: return try IntArithmetic.trueDivide(x, y)
        case .power: return try IntArithmetic.power(x, y)
        case .leftShift: return try IntArithmetic.leftShift(x, y)
        case .rightShift: return try IntArithmetic.rightShift(x, y)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .matrixMultiply: throw NativeBinary.unsupported(op, .int(x), .int(y))
        }
    }

    static func apply(_ op: BinaryOperator, _ x: BigInt, _ y: BigInt) throws -> Value {
        switch op {
        case .add: return .integer(x + y)
        case .subtract: return .integer(x - y)
        case .multiply: return .integer(x * y)
        case .floorDivide: return try IntArithmetic.floorDivide(x, y)
        case .modulo: return try IntArithmetic.modulo(x, y)
        case .divide: return try IntArithmetic.trueDivide(x, y)
        case .power: return try IntArithmetic.power(x, y)
        case .leftShift: return try IntArithmetic.leftShift(x, y)
        case .rightShift: return try IntArithmetic.rightShift(x, y)
        case .bitAnd: return IntArithmetic.bitwise(&, x, y)
        case .bitOr: return IntArithmetic.bitwise(|, x, y)
        case .bitXor: return IntArithmetic.bitwise(^, x, y)
        case .matrixMultiply: throw NativeBinary.unsupported(op, .integer(x), .integer(y))
        }
    }
}

/// `float op float` (ints already converted).
enum FloatOperators {
    @inline(__always)
    static func apply(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .divide: return try FloatArithmetic.divide(x, y)
        case .floorDivide: return try FloatArithmetic.floorDivide(x, y)
        case .modulo: return try FloatArithmetic.modulo(x, y)
        case .power: return try FloatArithmetic.power(x, y)
        default: throw NativeBinary.unsupported(op, .float(x), .float(y))
        }
    }

    /// True for the operators `float` supports.
    static func supports(_ op: BinaryOperator) -> Bool {
        switch op {
        case .add, .subtract, .multiply, .divide, .floorDivide, .modulo, .power: return true
        default: return false
        }
    }
}
