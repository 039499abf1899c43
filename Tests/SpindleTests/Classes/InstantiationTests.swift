import XCTest
@testable import Spindle

/// `C(...)`: `__new__`, `__init__` and their argument errors; `super`.
final class InstantiationTests: ClassModelTestCase {
    func testInitReceivesArguments() throws {
        let initializer = method("__init__") { thread, args in
            try thread.setAttribute(args.positional[0], "v", args.positional[1])
            return .None
        }
        let c = try makeClass("C", [], [("__init__", initializer)])
        let obj = try thread.call(.object(c), Arguments([.int(3)]))
        XCTAssertTrue(obj.pyType === c)
        XCTAssertTrue(try thread.getAttribute(obj, "v").isIdentical(to: .int(3)))
    }

    func testConstructionErrors() throws {
        let a = try makeClass("A")
        assertRaises(.typeError, "A() takes no arguments") { try self.thread.call(.object(a), Arguments([.int(1)])) }
        assertRaises(.typeError, "A() takes no arguments") {
            try self.thread.call(.object(a), Arguments(keywords: [("k", .int(1))]))
        }
        let bad = try makeClass("Bad", [], [("__init__", method("__init__") { _, _ in .int(1) })])
        assertRaises(.typeError, "__init__() should return None, not 'int'") {
            try self.thread.call(.object(bad), Arguments())
        }
        let callsObjectInit = try makeClass("C", [], [("__init__", method("__init__") { thread, args in
            try thread.call(.object(ObjectMethods.initializer), Arguments(args.positional))
        })])
        assertRaises(.typeError, "object.__init__() takes exactly one argument (the instance to initialize)") {
            try self.thread.call(.object(callsObjectInit), Arguments([.int(1)]))
        }
        let callsObjectNew = try makeClass("N", [], [("__new__", .object(PyStaticMethod(method("__new__") { thread, args in
            try thread.call(.object(ObjectMethods.new), Arguments(args.positional))
        })))])
        assertRaises(.typeError, "object.__new__() takes exactly one argument (the type to instantiate)") {
            try self.thread.call(.object(callsObjectNew), Arguments([.int(1)]))
        }
        assertRaises(.typeError, "object.__new__(X): X is not a type object (int)") {
            try self.thread.call(.object(ObjectMethods.new), Arguments([.int(1)]))
        }
        assertRaises(.typeError, "object.__new__(ValueError) is not safe, use ValueError.__new__()") {
            try self.thread.call(.object(ObjectMethods.new), Arguments([.object(PyType.valueError)]))
        }
        assertRaises(.typeError, "object() takes no arguments") {
            try self.thread.call(.object(PyType.object), Arguments([.int(1)]))
        }
    }

    func testCustomNewDecidesTheInstance() throws {
        let singleton = try thread.call(.object(PyType.object), Arguments())
        var initCalls = 0
        let c = try makeClass("C", [], [
            ("__new__", .object(PyStaticMethod(method("__new__") { _, args in
                XCTAssertEqual(args.positional.count, 2)
                return singleton
            }))),
            ("__init__", method("__init__") { _, _ in initCalls += 1; return .None }),
        ])
        XCTAssertTrue(try thread.call(.object(c), Arguments([.int(1)])).isIdentical(to: singleton))
        XCTAssertEqual(initCalls, 0, "__init__ does not run when __new__ returns a foreign object")
    }

    func testNewMayTakeArgumentsWhenInitIsDefault() throws {
        let c = try makeClass("C", [], [("__new__", .object(PyStaticMethod(method("__new__") { thread, args in
            try thread.call(.object(ObjectMethods.new), Arguments([args.positional[0]]))
        })))])
        XCTAssertTrue(try thread.call(.object(c), Arguments([.int(1), .int(2)])).pyType === c)
    }

    func testTypeCalls() throws {
        XCTAssertTrue(try thread.call(.object(PyType.type), Arguments([.int(1)])).asObject === PyType.int)
        assertRaises(.typeError, "type() takes 1 or 3 arguments") {
            try self.thread.call(.object(PyType.type), Arguments([.int(1), .int(2)]))
        }
    }

    func testSuperInDiamond() throws {
        // Each class's who() returns its name followed by super().who().
        func who(_ name: String, _ cls: @escaping () -> PyType?) -> Value {
            method("who") { thread, args in
                let proxy = try thread.makeSuper(.object(cls()!), args.positional[0])
                let rest = try thread.lookupAttribute(proxy, "who")
                let tail = try rest.map { try thread.call($0, Arguments()).asString ?? "" } ?? ""
                return .str(name + tail)
            }
        }
        var a, b, c, d: PyType?
        a = try makeClass("A", [], [("who", who("A") { a })])
        b = try makeClass("B", [a!], [("who", who("B") { b })])
        c = try makeClass("C", [a!], [("who", who("C") { c })])
        d = try makeClass("D", [b!, c!], [("who", who("D") { d })])
        let obj = try thread.call(.object(d!), Arguments())
        XCTAssertEqual(try thread.call(thread.getAttribute(obj, "who"), Arguments()).asString, "DBCA")
        assertRaises(.typeError, "super(type, obj): obj must be an instance or subtype of type") {
            try self.thread.makeSuper(.object(c!), .int(1))
        }
        assertRaises(.typeError, "super() argument 1 must be type, not int") {
            try self.thread.makeSuper(.int(1), obj)
        }
        assertRaises(.runtimeError, "super(): no arguments") { try self.callBuiltin("super") }
        let proxy = try thread.makeSuper(.object(b!), obj)
        assertRaises(.attributeError, "'super' object has no attribute 'zz'") {
            try self.thread.getAttribute(proxy, "zz")
        }
    }

    func testExplicitBaseInitCall() throws {
        let baseInit = method("__init__") { thread, args in
            try thread.setAttribute(args.positional[0], "name", args.positional[1])
            return .None
        }
        let base = try makeClass("Node", [], [("__init__", baseInit)])
        let derived = try makeClass("Source", [base], [("__init__", method("__init__") { thread, args in
            let unbound = try thread.getAttribute(.object(base), "__init__")
            _ = try thread.call(unbound, Arguments([args.positional[0], .str("src")]))
            return .None
        })])
        let obj = try thread.call(.object(derived), Arguments())
        XCTAssertEqual(try thread.getAttribute(obj, "name").asString, "src")
    }

    func testSuperWithClassReceiverBindsClassMethods() throws {
        let make = PyClassMethod(method("make") { _, args in args.positional[0] })
        let base = try makeClass("Base", [], [("make", .object(make))])
        let derived = try makeClass("Derived", [base])
        let proxy = try thread.makeSuper(.object(derived), .object(derived))
        let result = try thread.call(thread.getAttribute(proxy, "make"), Arguments())
        XCTAssertTrue(result.asObject === derived)
    }

    func testCallableInstancesViaDunderCall() throws {
        let c = try makeClass("C", [], [("__call__", method("__call__") { _, args in .int(args.positional.count) })])
        let obj = try thread.call(.object(c), Arguments())
        XCTAssertTrue(try thread.call(obj, Arguments([.int(1)])).isIdentical(to: .int(2)))
        XCTAssertTrue(try callBuiltin("callable", obj).isIdentical(to: .bool(true)))
        let plain = try thread.call(.object(try makeClass("P")), Arguments())
        XCTAssertTrue(try callBuiltin("callable", plain).isIdentical(to: .bool(false)))
        assertRaises(.typeError, "'P' object is not callable") { try self.thread.call(plain, Arguments()) }
    }
}
