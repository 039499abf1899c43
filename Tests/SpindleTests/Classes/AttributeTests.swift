import XCTest
@testable import Spindle

/// The attribute protocol: lookup order, binding, hooks and error messages.
final class AttributeTests: ClassModelTestCase {
    func testInstanceAttributesAndMissingMessages() throws {
        let c = try makeClass("C")
        let obj = try thread.call(.object(c), Arguments())
        try thread.setAttribute(obj, "x", .int(5))
        XCTAssertTrue(try thread.getAttribute(obj, "x").isIdentical(to: .int(5)))
        assertRaises(.attributeError, "'C' object has no attribute 'y'") { try self.thread.getAttribute(obj, "y") }
        assertRaises(.attributeError, "type object 'C' has no attribute 'y'") {
            try self.thread.getAttribute(.object(c), "y")
        }
        let module = PyModule(name: "m")
        assertRaises(.attributeError, "module 'm' has no attribute 'y'") {
            try self.thread.getAttribute(.object(module), "y")
        }
        XCTAssertNil(try thread.lookupAttribute(obj, "y"))
        try thread.deleteAttribute(obj, "x")
        assertRaises(.attributeError, "x") { try self.thread.deleteAttribute(obj, "x") }
    }

    func testPlainObjectAndBuiltinValuesHaveNoNamespace() throws {
        let plain = try thread.call(.object(PyType.object), Arguments())
        assertRaises(.attributeError, "'object' object has no attribute 'x'") {
            try self.thread.setAttribute(plain, "x", .int(1))
        }
        assertRaises(.attributeError, "'int' object has no attribute 'x'") {
            try self.thread.setAttribute(.int(1), "x", .int(1))
        }
        assertRaises(.attributeError, "'int' object has no attribute 'x'") { try self.thread.getAttribute(.int(1), "x") }
    }

    func testClassAttributeShadowedByInstanceAttribute() throws {
        let c = try makeClass("C", [], [("x", .int(1))])
        let obj = try thread.call(.object(c), Arguments())
        XCTAssertTrue(try thread.getAttribute(obj, "x").isIdentical(to: .int(1)))
        try thread.setAttribute(obj, "x", .int(2))
        XCTAssertTrue(try thread.getAttribute(obj, "x").isIdentical(to: .int(2)))
        XCTAssertTrue(try thread.getAttribute(.object(c), "x").isIdentical(to: .int(1)))
    }

    func testMethodsBindOnInstancesAndStayUnboundOnClasses() throws {
        let f = method("f") { _, args in .int(args.positional.count) }
        let c = try makeClass("C", [], [("f", f)])
        let obj = try thread.call(.object(c), Arguments())
        let bound = try thread.getAttribute(obj, "f")
        let boundMethod = try XCTUnwrap(bound.asObject as? PyBoundMethod)
        XCTAssertTrue(boundMethod.receiver.isIdentical(to: obj))
        XCTAssertTrue(try thread.call(bound, Arguments([.int(7)])).isIdentical(to: .int(2)))
        XCTAssertTrue(try thread.getAttribute(.object(c), "f").isIdentical(to: f))
        let (callable, receiver) = try thread.lookupMethod(obj, "f")
        XCTAssertTrue(callable.isIdentical(to: f))
        XCTAssertTrue(receiver?.isIdentical(to: obj) ?? false)
        XCTAssertTrue(try thread.getAttribute(bound, "__self__").isIdentical(to: obj))
        XCTAssertTrue(try thread.getAttribute(bound, "__func__").isIdentical(to: f))
        XCTAssertEqual(try thread.getAttribute(bound, "__name__").asString, "f")
    }

    func testBuiltinFunctionStoredInClassDoesNotBind() throws {
        let len = PyNativeFunction("len") { _, args in .int(args.positional.count) }
        let c = try makeClass("C", [], [("f", .object(len))])
        let obj = try thread.call(.object(c), Arguments())
        XCTAssertTrue(try thread.getAttribute(obj, "f").asObject === len)
    }

    func testStaticAndClassMethods() throws {
        let raw = method("raw") { _, args in .int(args.positional.count) }
        let c = try makeClass("C", [], [
            ("s", .object(PyStaticMethod(raw))),
            ("k", .object(PyClassMethod(method("k") { _, args in args.positional[0] }))),
        ])
        let d = try makeClass("D", [c])
        let obj = try thread.call(.object(d), Arguments())
        XCTAssertTrue(try thread.getAttribute(obj, "s").isIdentical(to: raw))
        XCTAssertTrue(try thread.getAttribute(.object(c), "s").isIdentical(to: raw))
        XCTAssertTrue(try thread.call(thread.getAttribute(obj, "k"), Arguments()).asObject === d)
        XCTAssertTrue(try thread.call(thread.getAttribute(.object(c), "k"), Arguments()).asObject === c)
    }

    func testPropertyGetSetDeleteAndErrors() throws {
        var log: [String] = []
        let getter = method("get") { _, _ in log.append("get"); return .int(42) }
        let setter = method("set") { _, args in log.append("set \(args.positional.count)"); return .None }
        let full = try thread.call(.object(PyType.property), Arguments([getter, setter]))
        let readOnly = try thread.call(.object(PyType.property), Arguments([getter]))
        let c = try makeClass("C", [], [("p", full), ("r", readOnly)])
        let obj = try thread.call(.object(c), Arguments())
        XCTAssertTrue(try thread.getAttribute(obj, "p").isIdentical(to: .int(42)))
        try thread.setAttribute(obj, "p", .int(1))
        XCTAssertEqual(log, ["get", "set 2"])
        XCTAssertTrue(try thread.getAttribute(.object(c), "p").isIdentical(to: full))
        assertRaises(.attributeError, "can't set attribute") { try self.thread.setAttribute(obj, "r", .int(1)) }
        assertRaises(.attributeError, "can't delete attribute") { try self.thread.deleteAttribute(obj, "r") }
        let empty = try thread.call(.object(PyType.property), Arguments())
        let e = try makeClass("E", [], [("p", empty)])
        assertRaises(.attributeError, "unreadable attribute") {
            try self.thread.getAttribute(self.thread.call(.object(e), Arguments()), "p")
        }
    }

    func testPropertyDecoratorChaining() throws {
        let getter = method("get") { _, _ in .int(1) }
        let setter = method("set") { _, _ in .None }
        let first = try thread.call(.object(PyType.property), Arguments([getter]))
        let chained = try thread.call(thread.getAttribute(first, "setter"), Arguments([setter]))
        let property = try XCTUnwrap(chained.asObject as? PyProperty)
        XCTAssertFalse(chained.isIdentical(to: first))
        XCTAssertTrue(property.getter?.isIdentical(to: getter) ?? false)
        XCTAssertTrue(property.setter?.isIdentical(to: setter) ?? false)
        assertRaises(.typeError, "'x' is an invalid keyword argument for property()") {
            try self.thread.call(.object(PyType.property), Arguments(keywords: [("x", .int(1))]))
        }
        let documented = try thread.call(.object(PyType.property), Arguments(keywords: [("doc", .str("d"))]))
        XCTAssertEqual(try thread.getAttribute(documented, "__doc__").asString, "d")
    }

    func testDataDescriptorBeatsInstanceAttribute() throws {
        let getter = method("get") { _, _ in .str("from property") }
        let property = try thread.call(.object(PyType.property), Arguments([getter]))
        let c = try makeClass("C", [], [("p", property)])
        let obj = try thread.call(.object(c), Arguments())
        let instance = try XCTUnwrap(obj.asObject as? PyInstance)
        instance.setAttribute("p", .str("from instance"))
        XCTAssertEqual(try thread.getAttribute(obj, "p").asString, "from property")
    }

    func testUserDescriptors() throws {
        let get = method("__get__") { _, args in
            .str(args.positional[1].isNone ? "class access" : "instance access")
        }
        let nonData = try makeClass("NonData", [], [("__get__", get)])
        let data = try makeClass("Data", [], [("__get__", get), ("__set__", method("__set__") { _, _ in .None })])
        let c = try makeClass("C", [], [
            ("n", try thread.call(.object(nonData), Arguments())),
            ("d", try thread.call(.object(data), Arguments())),
        ])
        let obj = try thread.call(.object(c), Arguments())
        XCTAssertEqual(try thread.getAttribute(obj, "n").asString, "instance access")
        XCTAssertEqual(try thread.getAttribute(.object(c), "n").asString, "class access")
        try thread.setAttribute(obj, "n", .int(3))
        XCTAssertTrue(try thread.getAttribute(obj, "n").isIdentical(to: .int(3)))
        try thread.setAttribute(obj, "d", .int(3))
        XCTAssertEqual(try thread.getAttribute(obj, "d").asString, "instance access")
    }

    func testGetattrFallbackAndGetattributeOverride() throws {
        let fallback = method("__getattr__") { _, args in .str("missing " + (args.positional[1].asString ?? "")) }
        let c = try makeClass("C", [], [("__getattr__", fallback), ("x", .int(1))])
        let obj = try thread.call(.object(c), Arguments())
        XCTAssertTrue(try thread.getAttribute(obj, "x").isIdentical(to: .int(1)))
        XCTAssertEqual(try thread.getAttribute(obj, "zz").asString, "missing zz")
        let override = method("__getattribute__") { thread, args in
            let name = args.positional[1].asString ?? ""
            if name == "secret" { throw PyError(.attributeError, name) }
            return try thread.call(.object(ObjectMethods.getattribute), Arguments(args.positional))
        }
        let d = try makeClass("D", [c], [("__getattribute__", override)])
        let dObj = try thread.call(.object(d), Arguments())
        XCTAssertTrue(try thread.getAttribute(dObj, "x").isIdentical(to: .int(1)))
        XCTAssertEqual(try thread.getAttribute(dObj, "secret").asString, "missing secret")
        let e = try makeClass("E", [], [("__getattribute__", override)])
        let eObj = try thread.call(.object(e), Arguments())
        assertRaises(.attributeError, "secret") { try self.thread.getAttribute(eObj, "secret") }
        XCTAssertNil(try thread.lookupAttribute(eObj, "secret"))
    }

    func testSetattrOverrideReachesObjectSetattr() throws {
        var names: [String] = []
        let hook = method("__setattr__") { thread, args in
            names.append(args.positional[1].asString ?? "")
            let object = try thread.getAttribute(.object(PyType.object), "__setattr__")
            return try thread.call(object, Arguments([args.positional[0], args.positional[1], .int(99)]))
        }
        let c = try makeClass("C", [], [("__setattr__", hook)])
        let obj = try thread.call(.object(c), Arguments())
        try thread.setAttribute(obj, "a", .int(1))
        XCTAssertEqual(names, ["a"])
        XCTAssertTrue(try thread.getAttribute(obj, "a").isIdentical(to: .int(99)))
        var deleted: [String] = []
        let delHook = method("__delattr__") { _, args in
            deleted.append(args.positional[1].asString ?? "")
            return .None
        }
        let d = try makeClass("D", [], [("__delattr__", delHook)])
        try thread.deleteAttribute(try thread.call(.object(d), Arguments()), "q")
        XCTAssertEqual(deleted, ["q"])
    }

    func testSpecialAttributesOfClassesAndInstances() throws {
        let a = try makeClass("A")
        let b = try makeClass("B", [a], [("__qualname__", .str("Outer.B"))])
        let obj = try thread.call(.object(b), Arguments())
        XCTAssertTrue(try thread.getAttribute(obj, "__class__").asObject === b)
        XCTAssertTrue(try thread.getAttribute(.object(b), "__class__").asObject === PyType.type)
        XCTAssertEqual(try thread.getAttribute(.object(b), "__name__").asString, "B")
        XCTAssertEqual(try thread.getAttribute(.object(b), "__qualname__").asString, "Outer.B")
        XCTAssertEqual(try thread.getAttribute(.object(b), "__module__").asString, "__main__")
        XCTAssertEqual(try thread.getAttribute(obj, "__module__").asString, "__main__")
        XCTAssertEqual(try thread.getAttribute(.object(PyType.int), "__module__").asString, "builtins")
        XCTAssertTrue(try thread.getAttribute(.object(b), "__doc__").isNone)
        XCTAssertTrue(try thread.getAttribute(.object(b), "__base__").asObject === a)
        assertRaises(.attributeError, "'B' object has no attribute '__name__'") {
            try self.thread.getAttribute(obj, "__name__")
        }
        assertRaises(.typeError, "__class__ assignment only supported for heap types or ModuleType subclasses") {
            try self.thread.setAttribute(obj, "__class__", .object(a))
        }
    }

    func testModuleAttributes() throws {
        let module = PyModule(name: "m")
        try thread.setAttribute(.object(module), "x", .int(1))
        XCTAssertTrue(try thread.getAttribute(.object(module), "x").isIdentical(to: .int(1)))
        XCTAssertEqual(try thread.getAttribute(.object(module), "__name__").asString, "m")
        try thread.deleteAttribute(.object(module), "x")
        assertRaises(.attributeError, "x") { try self.thread.deleteAttribute(.object(module), "x") }
    }

    func testReadOnlyNativeAttributes() throws {
        assertRaises(.attributeError, "attribute '__name__' of 'builtin_function_or_method' objects is not writable") {
            try self.thread.setAttribute(.object(PyNativeFunction("f") { _, _ in .None }), "__name__", .int(1))
        }
    }
}
