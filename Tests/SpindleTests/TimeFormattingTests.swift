import XCTest
@testable import Spindle

/// strftime/strptime/asctime against values printed by CPython 3.9.
final class TimeFormattingTests: XCTestCase {
    func testStrptimeFullDate() throws {
        let (t, _) = try TimeParser.parse("2024-03-05 14:07:09", format: "%Y-%m-%d %H:%M:%S")
        XCTAssertEqual(t.fields, [2024, 3, 5, 14, 7, 9, 1, 65, -1])
    }

    func testStrptimeNamesAndTwelveHourClock() throws {
        let (t, _) = try TimeParser.parse("5 Mar 24 2:07 PM", format: "%d %b %y %I:%M %p")
        XCTAssertEqual(t.fields, [2024, 3, 5, 14, 7, 0, 1, 65, -1])
    }

    func testStrptimeDefaults() throws {
        let (t, _) = try TimeParser.parse("", format: "")
        XCTAssertEqual(t.fields, [1900, 1, 1, 0, 0, 0, 0, 1, -1])
    }

    func testStrptimeErrors() {
        XCTAssertThrowsError(try TimeParser.parse("2024-13", format: "%Y-%m")) { error in
            XCTAssertEqual(error as? TimeParser.Failure, .unconverted("3"))
        }
        XCTAssertThrowsError(try TimeParser.parse("2024-x", format: "%Y-%m")) { error in
            XCTAssertEqual(error as? TimeParser.Failure, .mismatch)
        }
        XCTAssertThrowsError(try TimeParser.parse("1", format: "%Q")) { error in
            XCTAssertEqual(error as? TimeParser.Failure, .badDirective("Q"))
        }
    }

    func testStrftimeAndAsctime() throws {
        let (t, _) = try TimeParser.parse("2024-03-05 14:07:09", format: "%Y-%m-%d %H:%M:%S")
        XCTAssertEqual(t.format("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%"),
                       "2024-03-05 14:07:09 Tue Tuesday Mar March 065 PM 02 24 %")
        XCTAssertEqual(t.asctime, "Tue Mar  5 14:07:09 2024")
    }

    func testGmtimeOfEpoch() {
        let t = CalendarTime(epochSeconds: 0, local: false)
        XCTAssertEqual(t.fields, [1970, 1, 1, 0, 0, 0, 3, 1, 0])
    }
}
