import Foundation
import GRDB
import Pipeline
import Reporting

/// The archive's index of merged incidents, written by each rebuild, read by period queries: one
/// `merged_incident` row per incident of the derived tables (its place in the loading order, its
/// vendor, its impact window and earliest instant as measured), the accounts (`merged_account`:
/// document and place in it) it was merged from, and in `derived_state` the reading settings it was
/// built with.
///
/// Instants are seconds since 2001-01-01 UTC (Foundation's reference date, as `REAL` / `double
/// precision`), so they read back as exactly the instants measured. A period query loads only the
/// accounts of incidents whose window can meet the period and merges them again; that gives the
/// same incidents, since the merger joins accounts by rules on each pair and these are whole groups.
enum MergedIncidents {
    /// The settings a rebuild read with, as stored in `derived_state`: the reconciler's options and
    /// whether accounts merge (what decides the merged incidents and their windows).
    static func settings(of loader: IncidentLoader) -> String {
        loader.reconciler.options.key + " merges=\(loader.mergesAccounts)"
    }

    /// Replaces the index with `measured` (in loading order), whose accounts `members` names by their
    /// position among `documents`' incidents, inside the caller's transaction.
    static func replace(
        _ measured: [MeasuredIncident], members: [[Int]],
        documents: [(id: Int64, document: IncidentLoader.ReadDocument)],
        settings: String, in db: any ArchiveConnection
    ) throws {
        var positions: [(document: Int64, seq: Int64)] = []
        for entry in documents {
            for seq in entry.document.incidents.indices { positions.append((entry.id, Int64(seq))) }
        }
        for table in ["merged_incident", "merged_account", "derived_state"] { try db.execute("DELETE FROM \(table)") }
        func seconds(_ date: Date?) -> ArchiveValue { date.map { .real($0.timeIntervalSinceReferenceDate) } ?? .null }
        try db.insert(
            into: "merged_incident",
            columns: ["seq", "vendor", "incident_id", "window_start", "window_last", "earliest"],
            rows: measured.enumerated().map { seq, item in
                let last = item.windowStart.map { max($0, item.windowEnd ?? $0) }
                return [
                    .integer(Int64(seq)), .text(item.incident.vendor), .text(item.incident.id),
                    seconds(item.windowStart), seconds(last), seconds(ReportContext.earliest(of: item)),
                ]
            })
        var rows: [[ArchiveValue]] = []
        for (seq, group) in members.enumerated() {
            for position in group where positions.indices.contains(position) {
                rows.append([
                    .integer(Int64(seq)), .integer(positions[position].document), .integer(positions[position].seq),
                ])
            }
        }
        try db.insert(into: "merged_account", columns: ["incident_seq", "document_id", "seq"], rows: rows)
        try db.execute("INSERT INTO derived_state (settings) VALUES (?)", [.text(settings)])
    }

    /// The `WHERE` clause over `merged_incident m` for incidents whose window can meet `periods`,
    /// with its arguments: a superset of what ``Reporting/Report/select(_:period:vendors:)`` keeps,
    /// which then runs on what is loaded.
    static func overlapping(_ periods: [ReportPeriod]) -> (sql: String, arguments: [ArchiveValue]) {
        var clause = "m.window_start IS NOT NULL"
        var arguments: [ArchiveValue] = []
        let starts = periods.map(\.start)
        let ends = periods.map(\.end)
        if !ends.contains(where: { $0 == nil }), let end = ends.compactMap({ $0 }).max() {
            clause += " AND m.window_start <= ?"
            arguments.append(.real(end.timeIntervalSinceReferenceDate))
        }
        if !starts.contains(where: { $0 == nil }), let start = starts.compactMap({ $0 }).min() {
            clause += " AND m.window_last >= ?"
            arguments.append(.real(start.timeIntervalSinceReferenceDate))
        }
        return (clause, arguments)
    }

    /// Every vendor in the index with its earliest instant (``ReportContext``).
    static func context(in db: any ArchiveConnection) throws -> ReportContext {
        var earliest: [String: Date?] = [:]
        for row in try db.fetch("SELECT vendor, min(earliest) AS earliest FROM merged_incident GROUP BY vendor") {
            let seconds: Double? = row.get("earliest")
            earliest[row.get("vendor") ?? ""] = seconds.map(Date.init(timeIntervalSinceReferenceDate:))
        }
        return ReportContext(earliest: earliest)
    }
}
