import Foundation
import XCTest
@testable import SpindleSyntax

/// Parses the shared corpus in `Tests/SyntaxCorpus`, which `grammar/check.py`
/// also parses with the Lark grammar, so parser and grammar accept the same files.
final class CorpusTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SyntaxCorpus")

    func corpusFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: CorpusTests.corpus, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "py" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func parse(_ url: URL) throws -> Module {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try Parser.parse(SourceFile(name: url.lastPathComponent, text: text))
    }

    func testValidFilesParse() throws {
        let files = try corpusFiles().filter { !$0.lastPathComponent.contains("error") }
        XCTAssertGreaterThanOrEqual(files.count, 3)
        for file in files {
            XCTAssertNoThrow(try parse(file), file.lastPathComponent)
        }
    }

    func testErrorFilesFail() throws {
        let files = try corpusFiles().filter { $0.lastPathComponent.contains("error") }
        XCTAssertFalse(files.isEmpty)
        for file in files {
            XCTAssertThrowsError(try parse(file), file.lastPathComponent)
        }
    }

    /// Every program `grammar/check.py` checks by default (`samples/` and `Tests/`,
    /// minus deliberately malformed files) must parse here too.
    func testRepositoryProgramsParse() throws {
        let root = CorpusTests.corpus.deletingLastPathComponent().deletingLastPathComponent()
        var checked = 0
        for folder in ["samples", "Tests"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "py" {
                let name = url.lastPathComponent
                if name.contains("error") || name.contains("syntax_err") { continue }
                checked += 1
                XCTAssertNoThrow(try parse(url), url.path)
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 3)
    }

    func testPython2CorpusShapes() throws {
        let module = try parse(CorpusTests.corpus.appendingPathComponent("python2_forms.py"))
        let prints = module.body.filter { if case .print = $0.kind { return true } else { return false } }
        XCTAssertEqual(prints.count, 10)
    }
}
