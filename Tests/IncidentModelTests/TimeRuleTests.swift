import Foundation
import IncidentModel
import Testing

/// How a time was read is a list of steps, each with one word.
@Suite struct TimeRuleTests {
    @Test(arguments: [
        (TimeRule.Step.range(.start), "range:start"),
        (.range(.end), "range:end"),
        (.clock(twelveHour: false), "clock:24h"),
        (.clock(twelveHour: true), "clock:12h"),
        (.meridiemRangeShared, "meridiem:range-shared"),
        (.date(.written(notation: "month-day", year: .written)), "date:month-day"),
        (.date(.written(notation: "month-day", year: .context)), "date:month-day year:context"),
        (.date(.written(notation: "day-month", year: .reference)), "date:day-month year:reference"),
        (.date(.written(notation: "iso", year: .runningDate)), "date:iso year:running-date"),
        (.date(.runningDate), "date:running"),
        (.date(.rangeStart), "date:range-start"),
        (.date(.rangeNextDay), "date:range-next-day"),
        (.date(.context), "date:context"),
        (.date(.fromReference), "date:from-reference"),
        (.zone(.written), "zone:written"),
        (.zone(.rangeShared), "zone:range-shared"),
        (.zone(.paragraph), "zone:paragraph"),
        (.zone(.declared), "zone:declared"),
        (.zone(.page), "zone:page"),
        (.zone(.pageInferred), "zone:page-inferred"),
        (.zone(.assumed), "zone:assumed"),
        (.zone(.tzDatabase), "zone:tz-database"),
        (.season(.literal), "season:literal"),
        (.season(.regional), "season:regional"),
        (.exact(field: "started_at"), "exact:started_at"),
        (.unixEpoch, "unix-epoch"),
    ])
    func eachStepHasOneWord(_ step: TimeRule.Step, _ word: String) throws {
        #expect(step.description == word)
        let rule = TimeRule([step])
        #expect(try JSONDecoder().decode(TimeRule.self, from: JSONEncoder().encode(rule)) == rule)
    }

    @Test func stepsAreJoinedInOrder() {
        let rule = TimeRule([.range(.end), .clock(twelveHour: true), .date(.rangeStart), .zone(.written)])
        #expect(rule.description == "range:end clock:12h date:range-start zone:written")
        #expect(rule.has(.written) && !rule.has(.pageInferred))
        #expect(TimeRule([]).description == "")
    }

    @Test func onlyTheContextsDatesAreFromContext() {
        let context: [TimeRule.DateBasis] = [.runningDate, .context, .fromReference]
        let written: [TimeRule.DateBasis] = [
            .written(notation: "iso", year: .written), .written(notation: "month-day", year: .reference),
        ]
        #expect(context.allSatisfy(\.isFromContext) && !context.contains(where: \.isRangeStart))
        #expect(!written.contains(where: \.isFromContext) && !written.contains(where: \.isRangeStart))
        #expect([TimeRule.DateBasis.rangeStart, .rangeNextDay].allSatisfy { $0.isRangeStart && !$0.isFromContext })
    }
}
