import XCTest
@testable import Spindle

/// Class statements: MRO, base checks, namespace rules, `type(...)`.
final class ClassCreationTests: ClassModelTestCase {
    func testDiamondMRO() throws {
        let a = try makeClass("A")
        let b = try makeClass("B", [a])
        let c = try makeClass("C", [a])
        let d = try makeClass("D", [b, c])
        XCTAssertEqual(names(d.mro), ["D", "B", "C", "A", "object"])
    }

    func testEmptyBasesMeanObject() throws {
        let a = try makeClass("A")
        XCTAssertEqual(names(a.bases), ["object"])
        XCTAssertEqual(names(a.mro), ["A", "object"])
    }

    func testInconsistentMRONamesTheBlockedHeads() throws {
        let a = try makeClass("A")
        let b = try makeClass("B", [a])
        assertRaises(.typeError, "Cannot create a consistent method resolution\norder (MRO) for bases A, B") {
            try self.makeClass("C", [a, b])
        }
        let x = try makeClass("X")
        let y = try makeClass("Y")
        let p = try makeClass("P", [x, y])
        let q = try makeClass("Q", [y, x])
        assertRaises(.typeError, "Cannot create a consistent method resolution\norder (MRO) for bases X, Y") {
            try self.makeClass("Z", [p, q])
        }
    }

    func testBaseChecks() throws {
        let a = try makeClass("A")
        assertRaises(.typeError, "duplicate base class A") { try self.makeClass("C", [a, a]) }
        assertRaises(.typeError, "type 'bool' is not an acceptable base type") { try self.makeClass("C", [.bool]) }
        let native = PyType(builtin: "Native", base: .object) { PyInstance(cls: $0) }
        assertRaises(.typeError, "multiple bases have instance lay-out conflict") {
            try self.makeClass("C", [.valueError, native])
        }
        XCTAssertNoThrow(try makeClass("D", [try makeClass("E", [native]), native]))
        let both = try makeClass("Both", [.valueError, .keyError])
        XCTAssertEqual(names(both.mro), ["Both", "ValueError", "KeyError", "LookupError", "Exception",
                                         "BaseException", "object"])
        XCTAssertTrue(try thread.call(.object(both), Arguments()).asObject is PyExceptionObject)
    }

    func testNamespaceDefaults() throws {
        let c = try makeClass("C", [], [("__qualname__", .str("Outer.C")), ("x", .int(1))])
        XCTAssertEqual(c.qualname, "Outer.C")
        XCTAssertNil(c.ownAttribute("__qualname__"))
        XCTAssertEqual(c.ownAttribute("__module__")?.asString, "__main__")
        XCTAssertTrue(c.ownAttribute("__doc__")?.isNone ?? false)
        XCTAssertEqual(c.ownAttributeNames(), ["__module__", "x", "__doc__"])
        XCTAssertEqual(c.qualifiedName, "__main__.Outer.C")
    }

    func testEqWithoutHashMakesInstancesUnhashable() throws {
        let eq = method("__eq__") { _, _ in .bool(true) }
        let c = try makeClass("C", [], [("__eq__", eq)])
        XCTAssertTrue(c.ownAttribute("__hash__")?.isNone ?? false)
        let d = try makeClass("D", [], [("__eq__", eq), ("__hash__", method("__hash__") { _, _ in .int(1) })])
        XCTAssertFalse(d.ownAttribute("__hash__")?.isNone ?? true)
    }

    func testClassCellAndMetaclassKeyword() throws {
        let cell = Cell()
        let value = try PyType.makeClass(thread, name: "K", bases: [], namespace: [], module: "__main__",
                                         keywords: [("metaclass", .object(PyType.type))], classCell: cell)
        XCTAssertTrue(cell.value?.isIdentical(to: value) ?? false)
        assertRaises(.typeError, "__init_subclass__() takes no keyword arguments") {
            try PyType.makeClass(self.thread, name: "K", bases: [], namespace: [], module: "__main__",
                                 keywords: [("flag", .bool(true))])
        }
    }

    func testSetNameIsCalled() throws {
        var seen: [String] = []
        let descriptorClass = try makeClass("Field", [], [("__set_name__", method("__set_name__") { _, args in
            seen.append(args.positional[2].asString ?? "?")
            return .None
        })])
        let field = try thread.call(.object(descriptorClass), Arguments())
        _ = try makeClass("Model", [], [("name", field), ("size", .int(3))])
        XCTAssertEqual(seen, ["name"])
    }

    func testVersionChangesWithNamespaceAlongSubclasses() throws {
        let a = try makeClass("A")
        let b = try makeClass("B", [a])
        let (aVersion, bVersion) = (a.version, b.version)
        _ = thread
        try thread.setAttribute(.object(a), "x", .int(1))
        XCTAssertNotEqual(a.version, aVersion)
        XCTAssertNotEqual(b.version, bVersion)
        XCTAssertEqual(try thread.getAttribute(.object(b), "x").isIdentical(to: .int(1)), true)
        let bNow = b.version
        try thread.deleteAttribute(.object(a), "x")
        XCTAssertNotEqual(b.version, bNow)
        assertRaises(.attributeError, "type object 'B' has no attribute 'x'") {
            try self.thread.getAttribute(.object(b), "x")
        }
    }

    func testBuiltinTypesAreReadOnly() {
        assertRaises(.typeError, "can't set attributes of built-in/extension type 'int'") {
            try self.thread.setAttribute(.object(PyType.int), "x", .int(1))
        }
    }
}
