import Foundation
import GRDB
import PostgresNIO
import Reporting

/// Arguments bound with PostgreSQL's types, and cells read back with SQLite's storage classes.
enum PostgresValues {
    /// Appends `value` to `binds` as its PostgreSQL type.
    static func bind(_ value: ArchiveValue, into binds: inout PostgresBindings) throws {
        switch value {
        case .null: binds.appendNull()
        case .integer(let number): binds.append(number)
        case .real(let number): binds.append(number)
        case .text(let text): binds.append(text)
        case .blob(let data): try binds.append(data)
        case .boolean(let flag): binds.append(flag)
        case .instant(let text):
            guard let date = instant(text) else {
                throw IncidentArchive.Failure(
                    description: "\(text): expected an ISO 8601 UTC instant (YYYY-MM-DDTHH:MM:SSZ)")
            }
            binds.append(date)
        }
    }

    /// A cell as SQLite would hold it: booleans as 0 or 1, instants as ISO 8601 text, bytes as a blob.
    static func databaseValue(_ cell: PostgresCell) throws -> DatabaseValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .bool: return (try cell.decode(Bool.self) ? 1 : 0 as Int64).databaseValue
        case .int2, .int4, .int8, .oid: return try cell.decode(Int64.self).databaseValue
        case .float4, .float8: return try cell.decode(Double.self).databaseValue
        case .timestamptz, .timestamp: return UTCTime.iso(try cell.decode(Date.self)).databaseValue
        case .bytea: return try cell.decode(Data.self).databaseValue
        default: return try cell.decode(String.self).databaseValue
        }
    }

    /// The instant of `YYYY-MM-DDTHH:MM:SSZ`.
    static func instant(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return nil }
        let parts = text.dropLast().split(whereSeparator: { "-T:".contains($0) }).map { Int($0) }
        guard parts.count == 6, parts.allSatisfy({ $0 != nil }) else { return nil }
        let p = parts.map { $0! }
        guard UTCTime.isValid(year: p[0], month: p[1], day: p[2]), p[3] < 24, p[4] < 60, p[5] < 60 else { return nil }
        return UTCTime.instant(year: p[0], month: p[1], day: p[2], hour: p[3], minute: p[4], second: p[5])
    }

    /// `sql` with each `?` outside quotes numbered `$1`, `$2`, … as PostgreSQL expects.
    static func numbered(_ sql: String) -> String {
        guard sql.contains("?") else { return sql }
        var out = ""
        var quote: Character?
        var number = 0
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
                out.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                out.append(character)
            } else if character == "?" {
                number += 1
                out += "$\(number)"
            } else {
                out.append(character)
            }
        }
        return out
    }
}
