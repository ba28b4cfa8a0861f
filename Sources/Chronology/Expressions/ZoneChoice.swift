import Foundation
import IncidentModel

/// The zone a point is read in, and where it came from.
struct ZoneChoice: Sendable {
    /// What the zone means.
    var entry: ZoneEntry
    /// The label as written or declared.
    var label: String?
    /// `nil` when written on the point (or shared across its range); otherwise declared, page or assumed.
    var source: ZoneReading.Basis?
    /// Whether the label was taken from the other end of a range.
    var shared: Bool
    /// Notes made while choosing (ambiguous, unknown, assumed).
    var diagnostics: [Diagnostic]

    /// A rough offset for choosing a date near an instant.
    func roughOffset(near instant: Date?) -> Int {
        if let offset = entry.offsetSeconds { return offset }
        if let identifier = entry.identifier, let clock = RegionalClock(identifier: identifier) {
            return clock.offset(at: instant ?? Date(timeIntervalSince1970: 0))
        }
        return 0
    }

    /// Picks the zone for a point: written, else declared, else page, else the default, else UTC.
    static func choose(
        for point: WrittenPoint, context: ReadingContext, options: ReconcileOptions, table: ZoneTable
    ) -> ZoneChoice {
        var notes: [Diagnostic] = []
        if let written = point.zone {
            let (entry, reason) = table.choose(
                written, pageZone: context.pageZone, preferred: options.ambiguousZones[written.label])
            if written.isAmbiguous {
                let others = written.meanings.filter { $0 != entry }.map {
                    "\($0.name) \(InstantText.offset($0.offsetSeconds ?? 0))"
                }
                notes.append(
                    Diagnostic(
                        code: "zone.ambiguous", severity: .note, place: context.place,
                        message:
                            "\(written.label) is ambiguous; read as \(entry.name) "
                            + "(\(InstantText.offset(entry.offsetSeconds ?? 0))) by \(reason)",
                        readings: others))
            }
            return ZoneChoice(
                entry: entry, label: point.zoneLabel, source: nil, shared: point.zoneShared, diagnostics: notes)
        }
        let fallbacks: [(String?, ZoneReading.Basis, String)] = [
            (context.declaredZone, .declared, "the document's declared zone"),
            (context.pageZone, .page, "the page zone"),
            (options.defaultZone, .assumed, "the default zone option"),
        ]
        for (label, basis, what) in fallbacks {
            guard let label else { continue }
            guard let entry = table.lookup(label) else {
                notes.append(
                    Diagnostic(
                        code: "zone.unknown", severity: .warning, place: context.place,
                        message: "\(what) \"\(label)\" is not a zone this table knows; ignored"))
                continue
            }
            let (chosen, _) = table.choose(entry, pageZone: nil, preferred: options.ambiguousZones[entry.label])
            notes.append(
                Diagnostic(
                    code: "zone.assumed", severity: .note, place: context.place,
                    message: "no zone written; read in \(what) \(label)"))
            return ZoneChoice(entry: chosen, label: label, source: basis, shared: false, diagnostics: notes)
        }
        notes.append(
            Diagnostic(
                code: "zone.assumed", severity: .warning, place: context.place,
                message: "no zone written, declared or on the page; UTC assumed"))
        let utc = table.lookup("UTC")!
        return ZoneChoice(entry: utc, label: nil, source: .assumed, shared: false, diagnostics: notes)
    }
}
