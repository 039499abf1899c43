import SpindleSyntax

/// Installs the methods of the built-in value types, and the special
/// methods (`__len__`, `__add__`, `__eq__`, …) that let Python code call
/// the built-in behaviour explicitly (`list.__len__(x)`, `super().__eq__`).
enum TypeMethodTable {
    static func installAll() {
        ListMethods.install()
        StrSearchMethods.install()
        StrCaseMethods.install()
        StrLayoutMethods.install()
        SetMethods.install()
        ScalarMethods.install()
        installSpecialMethods()
        installIteratorMethods()
        FastMethods.install()
    }

    private static var valueTypes: [PyType] {
        [.int, .bool, .float, .str, .bytes, .list, .tuple, .dict, .set, .frozenset, .range, .slice,
         DictView.keysType, DictView.valuesType, DictView.itemsType]
    }

    private static func installSpecialMethods() {
        for type in valueTypes {
            type.defineMethod("__repr__") { t, a in .str(try t.repr(try a.methodArguments("__repr__", min: 1, max: 1)[0], overrides: false)) }
            type.defineMethod("__str__") { t, a in .str(try t.str(try a.methodArguments("__str__", min: 1, max: 1)[0], overrides: false)) }
            type.defineMethod("__format__") { t, a in
                let args = try a.methodArguments("__format__", min: 2, max: 2)
                return .str(try t.format(args[0], args[1].asString ?? ""))
            }
            type.defineMethod("__hash__") { t, a in .int(try t.hash(try a.methodArguments("__hash__", min: 1, max: 1)[0])) }
            for op in [CompareOperator.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual] {
                type.defineMethod(op.specialName) { t, a in
                    let args = try a.methodArguments(op.specialName, min: 2, max: 2)
                    return try NativeCompare.apply(t, op, args[0], args[1]) ?? .notImplemented
                }
            }
            for op in BinaryOperator.allCases where op != .matrixMultiply {
                let names = op.specialNames
                type.defineMethod(names.forward) { t, a in
                    let args = try a.methodArguments(names.forward, min: 2, max: 2)
                    return try NativeBinary.apply(t, op, args[0], args[1]) ?? .notImplemented
                }
                type.defineMethod(names.reflected) { t, a in
                    let args = try a.methodArguments(names.reflected, min: 2, max: 2)
                    return try NativeBinary.apply(t, op, args[1], args[0]) ?? .notImplemented
                }
            }
        }
        for type in [PyType.str, .bytes, .list, .tuple, .dict, .set, .frozenset, .range,
                     DictView.keysType, DictView.valuesType, DictView.itemsType] {
            type.defineMethod("__len__") { t, a in .int(try t.len(try a.methodArguments("__len__", min: 1, max: 1)[0], overrides: false)) }
            type.defineMethod("__iter__") { t, a in .object(try t.iterate(try a.methodArguments("__iter__", min: 1, max: 1)[0], overrides: false)) }
            type.defineMethod("__contains__") { t, a in
                let args = try a.methodArguments("__contains__", min: 2, max: 2)
                return .bool(try t.contains(args[0], args[1], overrides: false))
            }
        }
        for type in [PyType.str, .bytes, .list, .tuple, .range] {
            type.defineMethod("__getitem__") { t, a in
                let args = try a.methodArguments("__getitem__", min: 2, max: 2)
                return try t.getItem(args[0], args[1], overrides: false)
            }
        }
        PyType.list.defineMethod("__setitem__") { t, a in
            let args = try a.methodArguments("__setitem__", min: 3, max: 3)
            try t.setItem(args[0], args[1], args[2], overrides: false)
            return .None
        }
        PyType.list.defineMethod("__delitem__") { t, a in
            let args = try a.methodArguments("__delitem__", min: 2, max: 2)
            try t.delItem(args[0], args[1], overrides: false)
            return .None
        }
        let inplaceOperators: [(PyType, [BinaryOperator])] = [
            (.list, [.add, .multiply]), (.set, [.bitOr, .bitAnd, .bitXor, .subtract]), (.dict, [.bitOr]),
        ]
        for (type, ops) in inplaceOperators {
            for op in ops {
                let name = op.specialNames.inplace
                type.defineMethod(name) { t, a in
                    let args = try a.methodArguments(name, min: 2, max: 2)
                    return try t.inplace(op, args[0], args[1])
                }
            }
        }
        for type in [PyType.int, .bool, .float] {
            type.defineMethod("__bool__") { t, a in .bool(try t.truthy(try a.methodArguments("__bool__", min: 1, max: 1)[0])) }
            type.defineMethod("__neg__") { t, a in try t.unary(.minus, try a.methodArguments("__neg__", min: 1, max: 1)[0]) }
            type.defineMethod("__pos__") { t, a in try t.unary(.plus, try a.methodArguments("__pos__", min: 1, max: 1)[0]) }
            type.defineMethod("__abs__") { t, a in try ValueBuiltins.absolute(t, try a.methodArguments("__abs__", min: 1, max: 1)[0]) }
            type.defineMethod("__int__") { t, a in try t.toInt(try a.methodArguments("__int__", min: 1, max: 1)[0]) }
            type.defineMethod("__float__") { t, a in .float(try t.toFloat(try a.methodArguments("__float__", min: 1, max: 1)[0])) }
        }
        for type in [PyType.int, .bool] {
            type.defineMethod("__index__") { t, a in try t.toInt(try a.methodArguments("__index__", min: 1, max: 1)[0]) }
            type.defineMethod("__invert__") { t, a in try t.unary(.invert, try a.methodArguments("__invert__", min: 1, max: 1)[0]) }
        }
    }

    private static func installIteratorMethods() {
        var types = IteratorTypes.all
        types += [ValueBuiltins.enumerateType, ValueBuiltins.zipType, ValueBuiltins.mapType,
                  ValueBuiltins.filterType, ValueBuiltins.reversedType]
        for type in types {
            type.method("__iter__", PyIteratorObject.self) { _, it, _ in .object(it) }
            type.method("__next__", PyIteratorObject.self) { t, it, _ in
                guard let v = try it.next(t) else { throw PyError(.stopIteration, args: []) }
                return v
            }
        }
    }
}
