import Foundation
import Testing
import Utilities

/// The one civil-date arithmetic, against Foundation's Gregorian calendar.
@Suite struct CivilDateTests {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    @Test(arguments: [-135_081, -1, 0, 59, 11_016, 20_148, 2_932_896])
    func daysRoundTripAndAgreeWithFoundation(_ days: Int) throws {
        let date = CivilDate(daysSinceEpoch: days)
        #expect(date.daysSinceEpoch == days)
        let parts = Self.utc.dateComponents(
            [.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
        #expect([date.year, date.month, date.day] == [parts.year, parts.month, parts.day])
    }

    @Test func onlyRealDaysAreDates() {
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2025, month: 4, day: 31) == nil)
    }

    @Test func daysOfAnyMonthAndDayCarryOver() {
        let newYear = CivilDate(year: 2026, month: 1, day: 1)?.daysSinceEpoch
        #expect(CivilDate.daysSinceEpoch(year: 2025, month: 13, day: 1) == newYear)
        #expect(CivilDate.daysSinceEpoch(year: 2025, month: 12, day: 32) == newYear)
        #expect(CivilDate.daysSinceEpoch(year: 2026, month: 0, day: 32) == newYear)
    }
}
