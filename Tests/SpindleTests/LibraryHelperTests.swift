import XCTest
@testable import Spindle

/// Pure helpers behind the library modules: warning-filter patterns,
/// `open()` modes, POSIX path arithmetic, shell wildcards.
final class LibraryHelperTests: XCTestCase {
    func testWarningPatterns() {
        XCTAssertTrue(PatternMatch("sec", ignoreCase: true).matchesPrefix("Secret"))
        XCTAssertFalse(PatternMatch("sec", ignoreCase: true).matchesPrefix("public"))
        XCTAssertTrue(PatternMatch(".*deprecated", ignoreCase: true).matchesPrefix("this is DEPRECATED now"))
        XCTAssertTrue(PatternMatch("__main__\\Z", ignoreCase: false).matchesPrefix("__main__"))
        XCTAssertFalse(PatternMatch("__main__\\Z", ignoreCase: false).matchesPrefix("__main__x"))
        XCTAssertTrue(PatternMatch("a\\.b", ignoreCase: false).matchesPrefix("a.b"))
        XCTAssertFalse(PatternMatch("a\\.b", ignoreCase: false).matchesPrefix("axb"))
    }

    func testFileModes() {
        let append = FileMode("a+")
        XCTAssertEqual(append?.readable, true)
        XCTAssertEqual(append?.appends, true)
        XCTAssertEqual(FileMode("rb")?.binary, true)
        XCTAssertEqual(FileMode("w")?.truncates, true)
        XCTAssertNil(FileMode("rw"))
        XCTAssertNil(FileMode("q"))
        XCTAssertNil(FileMode("b"))
    }

    func testPathArithmetic() {
        XCTAssertEqual(PathModule.join(["a", "/b", "c"]), "/b/c")
        XCTAssertEqual(PathModule.normalize("a//b/../c/."), "a/c")
        XCTAssertEqual(PathModule.normalize("/.."), "/")
        XCTAssertEqual(PathModule.normalize("../a"), "../a")
        XCTAssertEqual(PathModule.split("/a/b/").head, "/a/b")
        XCTAssertEqual(PathModule.splitExtension(".bashrc").ext, "")
        XCTAssertEqual(PathModule.splitExtension("a/b.tar.gz").ext, ".gz")
    }

    func testWildcards() {
        XCTAssertTrue(GlobModule.matches("notes.txt", pattern: "*.txt"))
        XCTAssertTrue(GlobModule.matches("a1", pattern: "[a-c]?"))
        XCTAssertFalse(GlobModule.matches("d1", pattern: "[a-c]?"))
        XCTAssertTrue(GlobModule.matches("x", pattern: "[!ab]"))
        XCTAssertTrue(GlobModule.matches("[", pattern: "["))
    }
}

/// Files left open are flushed by the exit hook.
final class OpenFilesTests: XCTestCase {
    func testFlushAllWritesBufferedOutput() throws {
        let path = "/tmp/spindle-openfiles-\(getpid()).txt"
        defer { unlink(path) }
        let stream = try FileStream.open(path: path, mode: FileMode("w")!)
        try stream.write(Array("pending\n".utf8))
        let reader = try FileStream.open(path: path, mode: FileMode("r")!)
        XCTAssertEqual(try reader.read(nil), [])
        OpenFiles.flushAll()
        XCTAssertEqual(String(decoding: try reader.read(nil), as: UTF8.self), "pending\n")
        try stream.close()
    }
}
