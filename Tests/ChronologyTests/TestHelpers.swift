import Chronology
import Foundation
import IncidentModel
import Utilities

/// Builders for the invented incidents the Chronology tests read.
enum Make {
    static let place = SourcePlace(file: "test.txt")

    /// `2025-01-10T14:48:00Z` → Date.
    static func instant(_ iso: String) -> Date {
        let parts = iso.split(whereSeparator: { "-T:Z".contains($0) }).compactMap { Int($0) }
        let date = CivilDate(year: parts[0], month: parts[1], day: parts[2])!
        let clock = WallClock(hour: parts[3], minute: parts[4], second: parts.count > 5 ? parts[5] : 0)!
        return LocalDateTime(date: date, clock: clock).instant(offsetSeconds: 0)
    }

    static func written(
        _ text: String, line: Int = 1, pageZone: String? = nil, anchor: Date? = nil, newest: Bool = false,
        year: Int? = nil, exact: Date? = nil
    ) -> WrittenTime {
        WrittenTime(
            text: text, place: SourcePlace(file: "test.txt", line: line),
            context: TimeContext(pageZone: pageZone, anchor: anchor, anchorIsNewest: newest, year: year), exact: exact,
            exactField: exact == nil ? nil : "data-datetime-unix")
    }

    static func update(
        _ status: Status, _ stamp: String, body: String = "", line: Int = 1, pageZone: String? = nil,
        anchor: Date? = nil, newest: Bool = false, exact: Date? = nil
    ) -> StatusUpdate {
        StatusUpdate(
            status: status, label: status.rawValue, body: body,
            written: written(stamp, line: line, pageZone: pageZone, anchor: anchor, newest: newest, exact: exact))
    }

    static func incident(
        updates: [StatusUpdate], postmortem: Postmortem? = nil, pageZone: String? = nil
    ) -> Incident {
        Incident(
            id: "test", vendor: "Example", sourceFormat: .aggregatorText, place: place, title: "Invented",
            pageZone: pageZone, updates: updates, postmortem: postmortem)
    }

    static func postmortem(posted: String? = nil, heading: String = "Timeline", lines: [String]) -> Postmortem {
        let documentLines = lines.enumerated().map {
            DocumentLine(text: $0.element, place: SourcePlace(file: "pm.md", line: $0.offset + 3), kind: .listItem)
        }
        return Postmortem(
            text: ([heading] + lines).joined(separator: "\n"), place: SourcePlace(file: "pm.md", line: 1),
            posted: posted.map { written($0, line: 99) },
            sections: [
                DocumentSection(
                    heading: heading, level: 1, place: SourcePlace(file: "pm.md", line: 1), lines: documentLines)
            ])
    }

    static func iso(_ date: Date?) -> String { date.map(InstantText.iso) ?? "nil" }
}
