import GRDB

/// One fetched row, by column, with SQLite's storage classes whichever engine gave it (a PostgreSQL
/// `boolean` reads as 0 or 1, a `timestamptz` as ISO 8601 text), so the rows of both engines compare.
struct ArchiveRow: Sendable {
    /// The column names, in order.
    var names: [String]
    /// The values, in the order of `names`.
    var values: [DatabaseValue]

    /// The value of column `name`; `NULL` when there is no such column.
    subscript(_ name: String) -> DatabaseValue {
        names.firstIndex(of: name).map { values[$0] } ?? .null
    }

    /// The value of column `name` as `T`; `nil` when it is `NULL` or not a `T`.
    func get<T: DatabaseValueConvertible>(_ name: String, as type: T.Type = T.self) -> T? {
        T.fromDatabaseValue(self[name])
    }

    /// The row's values as text, for comparing whole tables.
    var description: String {
        zip(names, values).map { "\($0)=\($1)" }.joined(separator: " ")
    }
}
