import Chronology
import Foundation
import IncidentModel
import Utilities

/// The times of a postmortem read through Chronology: the timeline's lines, the summary's and
/// impact's times, the front-matter markers, the incident's date and the zone the timeline declares.
public struct DocumentTimes: Sendable {
    /// The timeline's lines with their times, in document order.
    public var timeline: [TimedLine]
    /// The zone the timeline declares (its heading, a line in it, a table header, the front
    /// matter or the configuration), as written; `nil` when none.
    public var timelineZone: String?
    /// Lines of the summary and impact sections with their times, by section key.
    public var sections: [String: [TimedLine]]
    /// Front-matter markers read, by key.
    public var markers: [String: ResolvedTime]
    /// The incident's date: the impact start's UTC date, else the timeline's first date, else the
    /// front-matter `incident_date` or `date`, else the date written above the document's first
    /// time (a `**Date:** 2015-10-21` line, a date in the summary); `nil` when the document has none.
    public var incidentDate: CivilDate?
    /// The date the document states outside its timeline: the front-matter impact start's UTC
    /// date, else its `incident_date` (a bare `date:` is as often the day it was written); `nil`
    /// when it states none.
    public var statedDate: CivilDate?

    /// Section keys whose times are read besides the timeline.
    static let checkedSections = ["summary", "impact"]

    /// No times, before a document is read.
    static let empty = DocumentTimes(
        timeline: [], timelineZone: nil, sections: [:], markers: [:], incidentDate: nil, statedDate: nil)

    private init(
        timeline: [TimedLine], timelineZone: String?, sections: [String: [TimedLine]],
        markers: [String: ResolvedTime], incidentDate: CivilDate?, statedDate: CivilDate?
    ) {
        self.timeline = timeline
        self.timelineZone = timelineZone
        self.sections = sections
        self.markers = markers
        self.incidentDate = incidentDate
        self.statedDate = statedDate
    }

    /// Reads the times of `document`.
    init(document: CheckedDocument) {
        let table = ZoneTable.standard
        let finder = DeclaredZoneFinder(table: table)
        let postmortem = document.postmortem
        let frontMatterZone = ["timezone", "time_zone", "zone", "tz"].lazy
            .compactMap { postmortem.frontMatterValue($0) }.first
        let documentZone = frontMatterZone ?? document.configuration.defaultZone
        var options = document.configuration.reading
        options.defaultZone = documentZone
        let reader = TimeExpressionReader(options: options)
        let dayFirst = NumericDateOrder.isDayFirst(in: postmortem, reader: reader)

        var markers: [String: ResolvedTime] = [:]
        for (key, written) in document.incident.markers {
            var context = ReadingContext(place: written.place, declaredZone: documentZone)
            context.numericDayFirst = dayFirst
            if let start = reader.read(written.text, context: context).first(where: { $0.start != nil })?.start {
                markers[key] = start
            }
        }
        self.markers = markers

        let timelineScopes = document.sections("timeline")
        let timelineLines = document.lines(in: "timeline")
        let frontMatterDate = ["incident_date", "date"].lazy.compactMap { postmortem.frontMatterValue($0) }
            .compactMap(Self.isoDate).first
        let reconciled = Self.reconciledTimes(of: document.incident)
        let firstTimelineDate = timelineLines.lazy.compactMap { line in
            var context = ReadingContext(place: line.place, year: frontMatterDate?.year)
            context.numericDayFirst = dayFirst
            return reader.read(line.text, context: context)
                .lazy.compactMap { found in found.date.map { Self.reconciledDate(of: found, in: reconciled) ?? $0 } }
                .first
        }.first
        let startDate = markers["impact_start"].map { LocalDateTime(instant: $0.instant, offsetSeconds: 0).date }
        let incidentDate =
            startDate ?? firstTimelineDate ?? frontMatterDate
            ?? Self.dateAboveFirstTime(of: postmortem, reader: reader, dayFirst: dayFirst)
        self.incidentDate = incidentDate
        self.statedDate =
            startDate ?? postmortem.frontMatterValue("incident_date").flatMap(Self.isoDate)

        var declared: String?
        for scope in timelineScopes {
            for section in scope.sections {
                declared =
                    declared ?? finder.declaredZone(in: section.heading)
                    ?? section.tableHeader.lazy.compactMap(finder.headerZone).first
            }
            declared = declared ?? scope.lines.lazy.compactMap { finder.declaredZone(in: $0.text) }.first
        }
        let timelineZone = declared ?? documentZone
        self.timelineZone = timelineZone

        func read(_ lines: [DocumentLine], zone: String?) -> [TimedLine] {
            var context = ReadingContext(
                place: postmortem.place, declaredZone: zone, date: incidentDate,
                dateSource: incidentDate.map { "incident date \($0)" }, year: incidentDate?.year)
            context.numericDayFirst = dayFirst
            return lines.map { line in
                context.place = line.place
                var found = reader.read(line.text, context: &context)
                for index in found.indices {
                    guard let start = found[index].start,
                        let entry = reconciled[ReconciledKey(place: start.written.place, text: start.written.text)]
                    else { continue }
                    found[index].start = entry.time
                    if found[index].end != nil, let end = entry.end { found[index].end = end }
                    if found[index].date != nil { found[index].date = Self.localDate(of: entry.time) }
                }
                return TimedLine(line: line, found: found, isDeclaration: finder.declaredZone(in: line.text) != nil)
            }
        }
        timeline = read(timelineLines, zone: timelineZone)
        var sections: [String: [TimedLine]] = [:]
        for key in Self.checkedSections {
            let lines = document.lines(in: key)
            let scopeZone = document.sections(key).lazy.compactMap { scope in
                finder.declaredZone(in: scope.section.heading)
                    ?? scope.lines.lazy.compactMap { finder.declaredZone(in: $0.text) }.first
            }.first
            sections[key] = read(lines, zone: scopeZone ?? timelineZone)
        }
        self.sections = sections
    }

    /// Where a time was written and what was written: how a time read here is found among the
    /// reconciled incident's timeline entries.
    struct ReconciledKey: Hashable {
        var place: SourcePlace
        var text: String
    }

    /// The postmortem times the reconciler read (the instants `report` uses), by where and what was
    /// written; a time written twice in one place keeps its first reading.
    static func reconciledTimes(of incident: Incident) -> [ReconciledKey: TimelineEntry] {
        var times: [ReconciledKey: TimelineEntry] = [:]
        for entry in incident.timeline where entry.source == .postmortem {
            let key = ReconciledKey(place: entry.time.written.place, text: entry.time.written.text)
            if times[key] == nil { times[key] = entry }
        }
        return times
    }

    /// The date the reconciler read for `found` (where it was written, in its zone), when it read it.
    static func reconciledDate(of found: FoundTime, in reconciled: [ReconciledKey: TimelineEntry]) -> CivilDate? {
        guard let start = found.start else { return nil }
        return reconciled[ReconciledKey(place: start.written.place, text: start.written.text)].map {
            localDate(of: $0.time)
        }
    }

    /// The civil date of a reconciled time in the zone it was read in.
    static func localDate(of time: ResolvedTime) -> CivilDate {
        LocalDateTime(instant: time.instant, offsetSeconds: time.zone.offsetSeconds).date
    }

    /// The timeline's entries: list items and table rows, and paragraphs with a clock time;
    /// date headings and zone declarations are not entries.
    public var entries: [TimedLine] {
        timeline.filter { timed in
            if timed.isDateOnly || timed.isDeclaration && timed.clocked.isEmpty { return false }
            return timed.line.kind != .paragraph || !timed.clocked.isEmpty
        }
    }

    /// Every instant the timeline's entries state (starts and ends of ranges).
    public var entryInstants: [Date] {
        entries.flatMap { $0.clocked.flatMap { [$0.start?.instant, $0.end?.instant].compactMap { $0 } } }
    }

    /// Every instant the timeline states, with the front-matter markers.
    public var timelineInstants: [Date] { entryInstants + markers.values.map(\.instant) }

    /// The date in force where the document's first time of day is written, reading its lines in
    /// order as Chronology does (a date line dates the lines after it): `nil` when no date is
    /// written before or with it.
    static func dateAboveFirstTime(
        of postmortem: Postmortem, reader: TimeExpressionReader, dayFirst: Bool = false
    ) -> CivilDate? {
        var context = ReadingContext(place: postmortem.place)
        context.numericDayFirst = dayFirst
        let lines =
            postmortem.preamble
            + postmortem.sections.flatMap {
                [DocumentLine(text: $0.heading, place: $0.place, kind: .heading)] + $0.lines
            }
        for line in lines {
            context.place = line.place
            let before = context.date
            let found = reader.read(line.text, context: &context)
            if let first = found.first(where: { !$0.expression.isDateOnly }) {
                return first.expression.start.date == nil ? before : first.date ?? before
            }
        }
        return nil
    }

    /// `2025-01-21` (or the date part of `2025-01-21T14:02:00Z`) as a civil date.
    static func isoDate(_ text: String) -> CivilDate? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return nil
        }
        return CivilDate(year: year, month: month, day: day)
    }
}
