import Foundation
import IncidentModel

/// The reconcile stage: reads every written time of an incident to a UTC instant with provenance,
/// builds its timeline, and checks the facts against each other.
public struct Reconciler: Sendable {
    /// The options.
    public let options: ReconcileOptions
    /// The reader of time expressions it uses.
    public let reader: TimeExpressionReader

    /// Creates a reconciler.
    public init(options: ReconcileOptions = .init()) {
        self.options = options
        self.reader = TimeExpressionReader(options: options)
    }

    /// Reads one stamp on its own (no incident to weigh a season mismatch against).
    public func resolve(_ written: WrittenTime) -> ResolvedTime? {
        let direction: ReadingContext.Direction =
            written.context.anchor == nil ? .nearest : (written.context.anchorIsNewest ? .atOrBefore : .atOrAfter)
        return StampReader(reader: reader).resolve(
            written, reference: written.context.anchor, direction: direction, decisions: SeasonDecisions()
        ).0
    }

    /// The incident with `updates[i].resolved`, `postmortem.postedResolved` and `timeline` filled,
    /// sorted by instant, and every diagnostic appended to `diagnostics`.
    public func reconcile(_ incident: Incident) -> Incident {
        let first = ReconcilePass(incident, reader: reader, decisions: SeasonDecisions())
        let decisions = SeasonEvidence.decide(first, incident: incident)
        let pass =
            decisions.readings.isEmpty || options.zoneLabels != .auto
            ? first : ReconcilePass(incident, reader: reader, decisions: decisions)
        var result = incident
        var timeline: [(entry: TimelineEntry, order: Int)] = []
        for index in result.updates.indices {
            result.updates[index].resolved = pass.updates[index]
            guard let time = pass.updates[index] else { continue }
            let update = result.updates[index]
            let text =
                update.body.isEmpty
                ? update.label
                : "\(update.label): "
                    + TextCues.snippet(
                        around: update.body.startIndex..<update.body.startIndex, in: update.body)
            timeline.append((TimelineEntry(source: .statusUpdate, text: text, time: time), timeline.count))
        }
        if result.postmortem != nil { result.postmortem?.postedResolved = pass.posted }
        for (name, time) in pass.declared {
            timeline.append((TimelineEntry(source: .statusUpdate, text: name, time: time), timeline.count))
        }
        for (key, time) in pass.markers {
            timeline.append((TimelineEntry(source: .frontMatter, text: key, time: time), timeline.count))
        }
        for item in [pass.bodies, pass.lines].joined() {
            guard let start = item.found.start else { continue }
            let entry = TimelineEntry(
                source: item.source, text: item.text, time: start, end: item.found.end, section: item.section)
            timeline.append((entry, timeline.count))
        }
        timeline.sort { ($0.entry.time.instant, $0.order) < ($1.entry.time.instant, $1.order) }
        result.timeline = timeline.map(\.entry)
        var diagnostics = DiagnosticList(result.diagnostics)
        for entry in result.timeline {
            for diagnostic in entry.time.diagnostics { diagnostics.append(diagnostic) }
            for diagnostic in entry.end?.diagnostics ?? [] { diagnostics.append(diagnostic) }
        }
        for diagnostic in pass.posted?.diagnostics ?? [] { diagnostics.append(diagnostic) }
        for diagnostic in pass.diagnostics + CrossChecks.run(pass, incident: incident) {
            diagnostics.append(diagnostic)
        }
        result.diagnostics = diagnostics.items
        return result
    }
}
