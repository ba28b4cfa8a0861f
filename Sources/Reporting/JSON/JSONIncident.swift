import Foundation
import IncidentModel
import Metrics

/// One incident in `report.json`: the same facts as its Markdown section, as data.
struct JSONIncident: Codable, Sendable, Hashable {
    /// A lifecycle event.
    struct Event: Codable, Sendable, Hashable {
        var kind: String
        var instant: String
        var source: String
        var rule: String
        var text: String?
        var place: String?
    }

    /// One clock's length.
    struct ClockValue: Codable, Sendable, Hashable {
        var clock: String
        var minutes: Double
    }

    /// A promise of the next update.
    struct PromiseItem: Codable, Sendable, Hashable {
        var made: String
        var text: String
        var withinMinutes: Double
        var nextUpdate: String?
        var broken: Bool
        var place: String
    }

    /// A duration stated in text beside the computed one.
    struct StatedItem: Codable, Sendable, Hashable {
        var text: String
        var statedMinutes: Double
        var clock: String?
        var computedMinutes: Double?
        var disagrees: Bool
        var place: String
    }

    /// A reconciled time.
    struct TimelineItem: Codable, Sendable, Hashable {
        var instant: String
        var end: String?
        var asWritten: String
        var source: String
        var section: String?
        var text: String
        var zoneLabel: String?
        var utcOffset: String
        var zoneBasis: String
        var zoneIdentifier: String?
        var rule: String
        var place: String
    }

    /// A diagnostic.
    struct DiagnosticItem: Codable, Sendable, Hashable {
        var stage: String
        var code: String
        var severity: String
        var message: String
        var readings: [String]
        var place: String
    }

    /// A maintenance's scheduled window and how it ended.
    struct Maintenance: Codable, Sendable, Hashable {
        var start: String?
        var end: String?
        var minutes: Double?
        var source: String
        var completed: String?
        var overrunMinutes: Double?
    }

    var anchor: String
    var id: String
    var vendor: String
    var sourceFormat: String
    var sourceFile: String
    var title: String
    var impact: String
    var components: [String]
    var url: String?
    var isMaintenance: Bool
    var pageZone: String?
    var windowStart: String?
    var windowEnd: String?
    var maintenanceWindow: Maintenance?
    var events: [Event]
    var clocks: [ClockValue]
    var updates: Int
    var maxUpdateGapMinutes: Double?
    var promises: [PromiseItem]
    var statedDurations: [StatedItem]
    var hasPostmortem: Bool
    var postmortemPosted: String?
    var postmortemLagMinutes: Double?
    var timeline: [TimelineItem]
    var diagnostics: [DiagnosticItem]

    /// The JSON form of a measured incident.
    init(_ item: MeasuredIncident, anchor: String) {
        let incident = item.incident
        let metrics = item.metrics
        self.anchor = anchor
        id = incident.id
        vendor = incident.vendor
        sourceFormat = incident.sourceFormat.rawValue
        sourceFile = incident.place.file
        title = incident.title
        impact = incident.impact.rawValue
        components = incident.components
        url = incident.url
        isMaintenance = incident.isMaintenance
        pageZone = incident.pageZone
        windowStart = item.windowStart.map(UTCTime.iso)
        windowEnd = item.windowEnd.map(UTCTime.iso)
        maintenanceWindow = metrics.maintenanceWindow.map {
            Maintenance(
                start: $0.start.map(UTCTime.iso), end: $0.end.map(UTCTime.iso),
                minutes: $0.minutes.map(JSONReport.tenth),
                source: $0.source.rawValue, completed: $0.completed.map(UTCTime.iso),
                overrunMinutes: $0.overrunMinutes.map(JSONReport.tenth))
        }
        events = LifecycleEvent.Kind.allCases.compactMap { metrics.events[$0] }.map {
            Event(
                kind: $0.kind.rawValue, instant: UTCTime.iso($0.instant), source: $0.source.description,
                rule: $0.rule.description,
                text: $0.text, place: $0.place?.description)
        }
        clocks = Clock.allCases.compactMap { clock in
            metrics.clocks[clock].map { ClockValue(clock: clock.rawValue, minutes: JSONReport.tenth($0)) }
        }
        updates = metrics.updateCount
        maxUpdateGapMinutes = metrics.maxUpdateGapMinutes.map(JSONReport.tenth)
        promises = metrics.promises.map {
            PromiseItem(
                made: UTCTime.iso($0.made), text: $0.text, withinMinutes: JSONReport.tenth($0.withinMinutes),
                nextUpdate: $0.nextUpdate.map(UTCTime.iso), broken: $0.broken, place: $0.place.description)
        }
        statedDurations = metrics.statedDurations.map {
            StatedItem(
                text: $0.text, statedMinutes: JSONReport.tenth($0.statedMinutes), clock: $0.clock?.rawValue,
                computedMinutes: $0.computedMinutes.map(JSONReport.tenth), disagrees: $0.disagrees,
                place: $0.place.description)
        }
        hasPostmortem = item.hasPostmortem
        postmortemPosted = item.postmortemPosted.map(UTCTime.iso)
        postmortemLagMinutes = item.postmortemLagMinutes.map(JSONReport.tenth)
        timeline = TimelineCSV.Row.rows(for: item).map {
            TimelineItem(
                instant: UTCTime.iso($0.time.instant), end: $0.end.map { UTCTime.iso($0.instant) },
                asWritten: $0.time.written.text, source: $0.source.rawValue, section: $0.section, text: $0.text,
                zoneLabel: $0.time.zone.label, utcOffset: $0.time.zone.offsetText,
                zoneBasis: $0.time.zone.basis.rawValue, zoneIdentifier: $0.time.zone.identifier,
                rule: $0.time.rule.description,
                place: $0.time.written.place.description)
        }
        diagnostics = item.diagnostics.map {
            DiagnosticItem(
                stage: $0.stage.rawValue, code: $0.diagnostic.code, severity: $0.diagnostic.severity.rawValue,
                message: $0.diagnostic.message, readings: $0.diagnostic.readings,
                place: $0.diagnostic.place.description)
        }
    }
}
