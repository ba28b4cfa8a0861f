import Foundation
import IncidentModel

/// The zone a document's zone-less times must be in, read from exact instants it links to.
///
/// A chat permalink carries the message's Unix time (Slack: `/archives/C514ETYJX/p1597399295031000`
/// is 1597399295 s, 2020-08-14 10:01:35 UTC). When a time written without a zone is that minute
/// at one offset (`2020-08-14 11:01` at +01:00), the document's times are read at that offset, as
/// `data-datetime-unix` confirms a page's zone. The offset most such pairs agree on wins.
struct PermalinkEvidence {
    /// The offset label (`+01:00`, `UTC`).
    let label: String
    /// The `zone.evidence` note naming the pair that decided.
    let diagnostic: Diagnostic

    /// Unix seconds in the chat permalinks of `text`.
    static func epochs(in text: String) -> [Int] {
        var found: [Int] = []
        var rest = text[...]
        while let range = rest.range(of: "/p") {
            let digits = rest[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if digits.count == 16, let seconds = Int(digits.prefix(10)) { found.append(seconds) }
            rest = rest[range.upperBound...]
        }
        return found
    }

    /// The evidence in a document, or `nil` when no permalink matches a zone-less time.
    init?(text: String, lines: [String], reader: TimeExpressionReader, dayFirst: Bool, place: SourcePlace) {
        let epochs = Self.epochs(in: text)
        guard !epochs.isEmpty else { return nil }
        var context = ReadingContext(place: place, declaredZone: "UTC")
        context.numericDayFirst = dayFirst
        var votes: [Int: (count: Int, written: String, epoch: Int)] = [:]
        for line in lines where line.contains(":") {
            var lineContext = context
            for found in reader.read(line, context: &lineContext) {
                guard let start = found.start, found.expression.start.zoneLabel == nil,
                    found.expression.start.date != nil
                else { continue }
                let wall = Int(start.instant.timeIntervalSince1970)
                for epoch in epochs {
                    // The message's minute at a whole or half-hour offset is the written minute:
                    // epoch + offset falls in [wall, wall + 60).
                    let difference = wall - epoch
                    let offset = Int((Double(difference + 59) / 1800).rounded(.down)) * 1800
                    guard offset >= difference, offset < difference + 60, abs(offset) <= 14 * 3600 else { continue }
                    let key = offset
                    let old = votes[key]
                    votes[key] = ((old?.count ?? 0) + 1, old?.written ?? found.expression.text, old?.epoch ?? epoch)
                }
            }
        }
        guard let (offset, vote) = votes.max(by: { $0.value.count < $1.value.count }) else { return nil }
        label = offset == 0 ? "UTC" : InstantText.offset(offset)
        let exact = InstantText.iso(Date(timeIntervalSince1970: Double(vote.epoch)))
        diagnostic = Diagnostic(
            code: .zoneEvidence, severity: .note, place: place,
            message:
                "no zone declared; a chat permalink's Unix time \(vote.epoch) (\(exact)) is \"\(vote.written)\" read at "
                + "\(label), so the document's times without a zone are read at \(label)",
            readings: ["UTC: \(vote.written) UTC", "\(label): \(exact)"])
    }
}
