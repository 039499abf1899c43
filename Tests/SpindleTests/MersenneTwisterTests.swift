import XCTest
@testable import Spindle

/// The generator must reproduce CPython 3.9's sequences for integer seeds.
final class MersenneTwisterTests: XCTestCase {
    func testRandomAfterSeed42MatchesCPython() {
        var mt = MersenneTwister(key: [42])
        XCTAssertEqual(mt.nextDouble(), 0.6394267984578837)
        XCTAssertEqual(mt.nextDouble(), 0.025010755222666936)
        XCTAssertEqual(mt.nextDouble(), 0.27502931836911926)
    }

    func testMultiWordSeed() {
        // random.seed(2**40 + 5): the key is the 32-bit chunks, low first.
        var mt = MersenneTwister(key: [5, 256])
        XCTAssertEqual(mt.nextDouble(), 0.5043802970418443)
    }

    func testGetrandbitsAfterSeed0() {
        var mt = MersenneTwister(key: [0])
        XCTAssertEqual(mt.nextBits(32), [3_626_764_237])
        // 1046999458949156007870 == 56 * 2**64 + w1 * 2**32 + w0
        let words = mt.nextBits(70)
        XCTAssertEqual(words.count, 3)
        let value = (Double(words[2]) * 4_294_967_296.0 + Double(words[1])) * 4_294_967_296.0 + Double(words[0])
        XCTAssertEqual(value, 1046999458949156007870.0, accuracy: 1e6)
        XCTAssertLessThan(words[2], 64)
    }

    func testSnapshotRoundTrip() {
        var mt = MersenneTwister(key: [7])
        _ = mt.nextWord()
        let saved = mt.snapshot
        let a = mt.nextDouble()
        XCTAssertTrue(mt.restore(saved))
        XCTAssertEqual(mt.nextDouble(), a)
        XCTAssertFalse(mt.restore([1, 2, 3]))
    }
}

/// SHA-512 digest of a known message (FIPS 180-4 example "abc").
final class SHA512Tests: XCTestCase {
    func testDigestOfABC() {
        let hex = SHA512.digest(Array("abc".utf8)).prefix(16).map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        XCTAssertEqual(hex, "ddaf35a193617abacc417349ae204131")
    }
}
