import Foundation
import IncidentModel

/// The zone a point is read in, and where it came from.
struct ZoneChoice: Sendable {
    /// What the zone means.
    var entry: ZoneEntry
    /// The label as written or declared.
    var label: String?
    /// `nil` when written on the point (or on its range, or on another time in its paragraph);
    /// otherwise declared, page or assumed.
    var source: ZoneReading.Basis?
    /// Where it came from: written, shared by the range, the paragraph's, declared, the page's
    /// (stated or inferred) or assumed.
    var rule: TimeRule.ZoneBasis
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

    /// A zone named for the text around a point: a label, the basis and rule it gives, and what it is.
    private typealias Fallback = (label: String?, basis: ZoneReading.Basis, rule: TimeRule.ZoneBasis, what: String)

    /// Picks the zone for a point written without one, by the first rule that gives one.
    ///
    /// In order: the zone written on it or on its range; the zone its paragraph declares; the
    /// document's declared zone; the page zone; a zone written on another time in its paragraph;
    /// the page zone inferred from the incident's stamps; the default zone option; UTC. A page zone
    /// the source gives outranks a zone written beside the time (a machine-format stamp in UTC beside
    /// prose in PST), which outranks one inferred from the stamps.
    static func choose(
        for point: WrittenPoint, context: ReadingContext, options: ReconcileOptions, table: ZoneTable
    ) -> ZoneChoice {
        if let written = point.zone {
            var choice = borrowed(written, label: point.zoneLabel, context: context, options: options, table: table)
            choice.rule = point.zoneShared ? .rangeShared : .written
            return choice
        }
        var notes: [Diagnostic] = []
        let lent = context.paragraphZone
        let named: [Fallback] = [
            (lent?.isDeclared == true ? lent?.label : nil, .declared, .declared, "the paragraph's declared zone"),
            (context.declaredZone, .declared, .declared, "the document's declared zone"),
            (context.pageZone, .page, .page, "the page zone"),
        ]
        if let choice = first(of: named, context: context, options: options, table: table, notes: &notes) {
            return choice
        }
        if let lent, let source = lent.source {
            var choice = borrowed(lent.entry, label: lent.label, context: context, options: options, table: table)
            choice.rule = .paragraph
            choice.diagnostics = notes + choice.diagnostics
            choice.diagnostics.append(
                Diagnostic(
                    code: .zoneAssumed, severity: .note, place: context.place,
                    message: "no zone written; read in \(lent.label), written on \"\(source)\" in the same paragraph"))
            return choice
        }
        let inferred = context.inferredPageZone
        let rest: [Fallback] = [
            (inferred?.zone, .page, .pageInferred, inferred?.phrase ?? ""),
            (options.defaultZone, .assumed, .assumed, "the default zone option"),
        ]
        if let choice = first(of: rest, context: context, options: options, table: table, notes: &notes) {
            return choice
        }
        notes.append(
            Diagnostic(
                code: .zoneAssumed, severity: .warning, place: context.place,
                message: "no zone written, declared or on the page; UTC assumed"))
        let utc = table.lookup("UTC")!
        return ZoneChoice(entry: utc, label: nil, source: .assumed, rule: .assumed, diagnostics: notes)
    }

    /// The first fallback whose label the table knows; unknown labels leave a `zone.unknown` warning.
    private static func first(
        of fallbacks: [Fallback], context: ReadingContext, options: ReconcileOptions, table: ZoneTable,
        notes: inout [Diagnostic]
    ) -> ZoneChoice? {
        for fallback in fallbacks {
            guard let label = fallback.label else { continue }
            let inferred = fallback.rule == .pageInferred
            guard let entry = table.lookup(label) else {
                notes.append(
                    Diagnostic(
                        code: .zoneUnknown, severity: .warning, place: context.place,
                        message: inferred
                            ? "\(fallback.what) is not a zone this table knows; ignored"
                            : "\(fallback.what) \"\(label)\" is not a zone this table knows; ignored"))
                continue
            }
            let (chosen, _) = table.choose(entry, pageZone: nil, preferred: options.ambiguousZones[entry.label])
            notes.append(
                Diagnostic(
                    code: .zoneAssumed, severity: .note, place: context.place,
                    message: "no zone written; read in " + (inferred ? fallback.what : "\(fallback.what) \(label)")))
            return ZoneChoice(
                entry: chosen, label: label, source: fallback.basis, rule: fallback.rule, diagnostics: notes)
        }
        return nil
    }

    /// A zone written in the text (on the point or near it), with the ambiguous label's meaning chosen.
    private static func borrowed(
        _ written: ZoneEntry, label: String?, context: ReadingContext, options: ReconcileOptions, table: ZoneTable
    ) -> ZoneChoice {
        var notes: [Diagnostic] = []
        let (entry, reason) = table.choose(
            written, pageZone: context.effectivePageZone, preferred: options.ambiguousZones[written.label])
        if written.isAmbiguous {
            let others = written.meanings.filter { $0 != entry }.map {
                "\($0.name) \(InstantText.offset($0.offsetSeconds ?? 0))"
            }
            notes.append(
                Diagnostic(
                    code: .zoneAmbiguous, severity: .note, place: context.place,
                    message:
                        "\(written.label) is ambiguous; read as \(entry.name) "
                        + "(\(InstantText.offset(entry.offsetSeconds ?? 0))) by \(reason)",
                    readings: others))
        }
        return ZoneChoice(entry: entry, label: label, source: nil, rule: .written, diagnostics: notes)
    }
}
