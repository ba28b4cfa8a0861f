import Foundation
import IncidentModel
import Pipeline
import Reporting

extension IncidentArchive {
    /// What a period query loaded: the incidents a report of the period needs, merged as the loader
    /// merges, and what the whole archive holds beyond them.
    public struct PeriodLoad: Sendable {
        /// The period's incidents (and those of the period before it), merged; every document's
        /// format, so the inputs read are counted as over the whole archive.
        public var loaded: IncidentLoader.Result
        /// Every vendor in the archive and where its data starts.
        public var context: ReportContext
        /// Accounts decoded, of `accountsInArchive`.
        public var accountsRead: Int
        /// Accounts the archive holds.
        public var accountsInArchive: Int
    }

    /// Loads only the accounts of incidents whose impact window can meet `period` or the period
    /// before it, chosen in SQL on the index the last rebuild wrote (``MergedIncidents``).
    ///
    /// `nil` when the index cannot answer and the whole archive must be read: a period without bounds,
    /// documents stored since the last rebuild, or a rebuild that read times with other settings
    /// than `loader`'s. A report built from the result with its `context` writes what a report over
    /// the whole archive writes for that period. The windows are the default measurer's, as the
    /// commands measure.
    public func load(with loader: IncidentLoader, period: ReportPeriod) throws -> PeriodLoad? {
        guard period.start != nil || period.end != nil else { return nil }
        return try engine.read { db -> PeriodLoad? in
            guard try db.tableExists("derived_state"),
                let settings: String = try db.fetch("SELECT settings FROM derived_state").first?.get("settings"),
                settings == MergedIncidents.settings(of: loader),
                try db.count("SELECT count(*) FROM source_document WHERE in_derived = FALSE") == 0
            else { return nil }
            let filter = MergedIncidents.overlapping([period] + (period.previous.map { [$0] } ?? []))
            var accounts: [Int64: [Data]] = [:]
            let rows = try db.fetch(
                """
                SELECT a.document_id, a.account FROM merged_incident m
                JOIN merged_account g ON g.incident_seq = m.seq
                JOIN source_incident a ON a.document_id = g.document_id AND a.seq = g.seq
                WHERE \(filter.sql) ORDER BY a.document_id, a.seq
                """, filter.arguments)
            Self.collect(rows, into: &accounts)
            let entries = try Self.documentEntries(in: db)
            let decoded = try ArchivedAccount.decode(entries.map { accounts[$0.id] ?? [] })
            let documents = zip(entries, decoded).map { entry, incidents in entry.document(incidents: incidents) }
            return PeriodLoad(
                loaded: loader.assemble(documents), context: try MergedIncidents.context(in: db),
                accountsRead: rows.count, accountsInArchive: try db.count("SELECT count(*) FROM source_incident"))
        }
    }
}
