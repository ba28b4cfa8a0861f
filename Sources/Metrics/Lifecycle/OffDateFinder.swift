import Foundation
import IncidentModel

/// Finds the timeline lines whose date Chronology warned is off, so they are not used as
/// lifecycle boundaries.
///
/// A line is off when its time (or its range end) carries one of ``codes`` among its own
/// diagnostics, or when the incident has such a diagnostic at the same place that is about this
/// line: its `text → YYYY-MM-DD` reading is within a day of the time's UTC date (several times share
/// a place: one update body; a range's start and end), or, when it gives no date reading, it
/// quotes the time as written (or a part of it), or the line's sentence quotes what it quotes.
struct OffDateFinder {
    /// The warnings that say a written date is off: `date.disagrees-with-incident` (a date more
    /// than two days from the incident's status updates, such as `2/24/24` in a May incident).
    static let codes: Set<String> = [DiagnosticCode.dateDisagreesWithIncident.rawValue]

    private let byPlace: [SourcePlace: [Diagnostic]]

    /// Collects the incident's off-date warnings by place.
    init(_ incident: Incident) {
        byPlace = Dictionary(grouping: incident.diagnostics.filter { Self.codes.contains($0.code) }, by: \.place)
    }

    /// Whether the date of the entry's time, and of its range end, is off.
    func offDates(_ entry: TimelineEntry) -> (start: Bool, end: Bool) {
        (isOff(entry.time, in: entry), entry.end.map { isOff($0, in: entry) } ?? false)
    }

    private func isOff(_ time: ResolvedTime, in entry: TimelineEntry) -> Bool {
        if time.diagnostics.contains(where: { Self.codes.contains($0.code) }) { return true }
        return (byPlace[time.written.place] ?? []).contains { Self.isAbout($0, time: time, entry: entry) }
    }

    private static func isAbout(_ note: Diagnostic, time: ResolvedTime, entry: TimelineEntry) -> Bool {
        let dates = note.readings.compactMap { reading -> String? in
            guard let match = datePattern.firstMatch(in: reading), let date = match[1] else { return nil }
            return String(date)
        }
        if !dates.isEmpty {
            // The date reading names the day that is off: only the time on that day is (a range
            // from August 27 to September 5 is off at its start, not at its end).
            let days = Set((-1...1).map { utcDay(time.instant.addingTimeInterval(Double($0) * 86_400)) })
            return dates.contains { days.contains($0) }
        }
        let quote = quoted(in: note.message)
        let written = time.written.text
        if let quote, !written.isEmpty, written.contains(quote) || quote.contains(written) { return true }
        return quote.map { entry.text.contains($0) } ?? false
    }

    /// The first double-quoted part of a message.
    private static func quoted(in message: String) -> String? {
        guard let match = quotePattern.firstMatch(in: message), let text = match[1], !text.isEmpty else { return nil }
        return String(text)
    }

    private static func utcDay(_ instant: Date) -> String {
        String(instant.ISO8601Format().prefix(10))
    }

    static let quotePattern = TextPattern(#""([^"]+)""#, keywords: [["\""]])
    static let datePattern = TextPattern(#"\btext\s*(?:→|->)\s*(\d{4}-\d{2}-\d{2})\b"#, keywords: [["text"]])
}
