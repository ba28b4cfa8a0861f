import Foundation
import IncidentModel
import Reporting
import Utilities

/// One incident as a document's reader gave it, as the archive stores it: its key, the span of the
/// instants it carries (for period queries) and the whole value as JSON.
struct ArchivedAccount {
    /// The vendor.
    var vendor: String
    /// The incident's id in its source.
    var id: String
    /// The earliest instant the account carries, ISO 8601 UTC; `nil` when it carries none.
    var firstAt: String?
    /// The latest instant the account carries.
    var lastAt: String?
    /// The incident, encoded.
    var json: Data

    /// The account of an incident as read.
    init(_ incident: Incident) throws {
        vendor = incident.vendor
        id = incident.id
        let instants = incident.updates.compactMap(\.instant)
        firstAt = instants.min().map(UTCTime.iso)
        lastAt = instants.max().map(UTCTime.iso)
        json = try JSONEncoder().encode(incident)
    }

    /// Decodes each document's accounts, documents in parallel.
    static func decode(_ documents: [[Data]]) throws -> [[Incident]] {
        let decoded = Parallel.map(documents.count) { index in
            Result { try documents[index].map { try JSONDecoder().decode(Incident.self, from: $0) } }
        }
        return try decoded.map { try $0.get() }
    }
}
