import Foundation
import GRDB
import Reporting

/// What changed about each incident between two rebuilds of the derived tables, as rows of
/// `incident_revision`: an incident added, changed (updates added, removed or edited; status or
/// impact changed; any other column) or removed, with the documents that brought the change and the
/// `incidents` row it replaced.
struct RevisionLog {
    /// One incident as the derived tables hold it.
    struct State: Equatable {
        /// The `incidents` row, by column.
        var row: [String: DatabaseValue]
        /// The incident's updates: posting instant and status, with the body.
        var updates: [Update]
    }

    /// One update of a state.
    struct Update: Equatable {
        var posted: DatabaseValue
        var status: DatabaseValue
        var body: DatabaseValue
    }

    /// Incidents by vendor and id.
    var states: [Key: State]

    /// The key of an incident.
    struct Key: Hashable, Comparable {
        var vendor: String
        var id: String

        static func < (left: Key, right: Key) -> Bool { (left.vendor, left.id) < (right.vendor, right.id) }
    }

    /// The states the derived tables hold now (empty before the first rebuild).
    init(reading db: any ArchiveConnection) throws {
        states = [:]
        guard try db.tableExists("incidents"), try db.tableExists("updates") else { return }
        for row in try db.fetch("SELECT * FROM incidents") {
            let values = Dictionary(zip(row.names, row.values), uniquingKeysWith: { first, _ in first })
            states[Self.key(values)] = State(row: values, updates: [])
        }
        for row in try db.fetch(
            "SELECT vendor, incident_id, posted, status, body FROM updates ORDER BY \(db.dialect.insertionOrder)")
        {
            let key = Key(vendor: row.get("vendor") ?? "", id: row.get("incident_id") ?? "")
            states[key]?.updates.append(Update(posted: row["posted"], status: row["status"], body: row["body"]))
        }
    }

    /// The states `records` (the CSV files' records) describe.
    init(_ records: [CSVRecords]) {
        states = [:]
        for table in records where table.tableName == "incidents" {
            for row in table.rows {
                var values: [String: DatabaseValue] = [:]
                for (column, field) in zip(table.columns, row) {
                    values[column.name] = DerivedTables.value(field, column.kind)
                }
                states[Self.key(values)] = State(row: values, updates: [])
            }
        }
        for table in records where table.tableName == "updates" {
            let index = Dictionary(uniqueKeysWithValues: table.columns.enumerated().map { ($1.name, $0) })
            func field(_ row: [String], _ name: String) -> DatabaseValue {
                guard let at = index[name], let kind = table.columns.dropFirst(at).first?.kind else { return .null }
                return DerivedTables.value(row[at], kind)
            }
            for row in table.rows {
                let key = Key(
                    vendor: String.fromDatabaseValue(field(row, "vendor")) ?? "",
                    id: String.fromDatabaseValue(field(row, "incident_id")) ?? "")
                states[key]?.updates.append(
                    Update(posted: field(row, "posted"), status: field(row, "status"), body: field(row, "body")))
            }
        }
    }

    private static func key(_ values: [String: DatabaseValue]) -> Key {
        Key(
            vendor: values["vendor"].flatMap(String.fromDatabaseValue) ?? "",
            id: values["incident_id"].flatMap(String.fromDatabaseValue) ?? "")
    }

    /// One `incident_revision` row.
    struct Revision {
        var key: Key
        var change: String
        var updatesAdded = 0
        var updatesRemoved = 0
        var updatesEdited = 0
        var statusBefore: String?
        var statusAfter: String?
        var impactBefore: String?
        var impactAfter: String?
        var replaced: String?
    }

    /// The revisions that turn `old` into `self`, by key.
    func revisions(since old: RevisionLog) -> [Revision] {
        var out: [Revision] = []
        for key in Set(states.keys).union(old.states.keys).sorted() {
            let before = old.states[key]
            let after = states[key]
            guard before != after else { continue }
            var revision = Revision(key: key, change: before == nil ? "added" : after == nil ? "removed" : "changed")
            let oldUpdates = before?.updates ?? []
            let newUpdates = after?.updates ?? []
            let oldKeys = Set(oldUpdates.map { [$0.posted, $0.status] })
            let newKeys = Set(newUpdates.map { [$0.posted, $0.status] })
            revision.updatesAdded = newKeys.subtracting(oldKeys).count
            revision.updatesRemoved = oldKeys.subtracting(newKeys).count
            let oldBodies = Dictionary(
                oldUpdates.map { ([$0.posted, $0.status], $0.body) }, uniquingKeysWith: { a, _ in a })
            revision.updatesEdited =
                newUpdates.filter { update in
                    oldBodies[[update.posted, update.status]].map { $0 != update.body } ?? false
                }.count
            revision.statusBefore = oldUpdates.last.flatMap { String.fromDatabaseValue($0.status) }
            revision.statusAfter = newUpdates.last.flatMap { String.fromDatabaseValue($0.status) }
            revision.impactBefore = before?.row["impact"].flatMap(String.fromDatabaseValue)
            revision.impactAfter = after?.row["impact"].flatMap(String.fromDatabaseValue)
            revision.replaced = before.map { Self.json($0.row) }
            out.append(revision)
        }
        return out
    }

    /// A row as a JSON object, keys sorted.
    static func json(_ row: [String: DatabaseValue]) -> String {
        var object: [String: Any] = [:]
        for (name, value) in row {
            switch value.storage {
            case .null: object[name] = NSNull()
            case .int64(let number): object[name] = number
            case .double(let number): object[name] = number
            case .string(let text): object[name] = text
            case .blob(let data): object[name] = data.base64EncodedString()
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
