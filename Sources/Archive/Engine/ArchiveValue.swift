import Foundation
import GRDB

/// A statement argument, typed for both engines: SQLite stores booleans as 0 or 1 and instants as
/// ISO 8601 text, PostgreSQL as `boolean` and `timestamptz`.
enum ArchiveValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
    case boolean(Bool)
    /// An ISO 8601 UTC instant with seconds and `Z` (``Reporting/UTCTime/iso(_:)``).
    case instant(String)

    /// An optional text, `NULL` when missing.
    static func text(_ value: String?) -> ArchiveValue { value.map { .text($0) } ?? .null }

    /// An optional instant, `NULL` when missing.
    static func instant(_ value: String?) -> ArchiveValue { value.map { .instant($0) } ?? .null }

    /// The value as SQLite stores it.
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let value): value.databaseValue
        case .real(let value): value.databaseValue
        case .text(let value), .instant(let value): value.databaseValue
        case .blob(let value): value.databaseValue
        case .boolean(let value): value.databaseValue
        }
    }
}
