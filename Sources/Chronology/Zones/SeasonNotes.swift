import Foundation
import IncidentModel

/// The diagnostic for a zone label written out of season (`EST` in May, `PST` in September).
enum SeasonNotes {
    static func mismatch(
        _ alternative: SeasonAlternative, entry: ZoneEntry, local: LocalDateTime, place: SourcePlace,
        evidence: String
    ) -> Diagnostic {
        let kind = entry.isDaylight ? "a daylight-time" : "a standard-time"
        let season = entry.isDaylight ? "standard" : "daylight"
        let chosen = alternative.chosen == .literal ? "literal" : "regional"
        return Diagnostic(
            code: .zoneSeasonMismatch, severity: .warning, place: place,
            message:
                "\(alternative.label) is \(kind) label but \(alternative.identifier) keeps \(season) time on "
                + "\(local.date); read as \(chosen) (\(evidence))",
            readings: [
                "literal \(alternative.label) \(InstantText.offset(alternative.literalOffset)) → "
                    + InstantText.iso(alternative.literal),
                "regional \(alternative.identifier) \(InstantText.offset(alternative.regionalOffset)) → "
                    + InstantText.iso(alternative.regional),
            ])
    }
}
