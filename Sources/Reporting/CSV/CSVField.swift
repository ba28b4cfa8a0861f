import Foundation
import IncidentModel

/// Formats values the same way in every CSV column.
enum CSVField {
    /// An instant as ISO 8601 UTC with `Z`, empty when unknown.
    static func instant(_ date: Date?) -> String { date.map(UTCTime.iso) ?? "" }

    /// Minutes with one decimal, empty when unknown.
    static func minutes(_ value: Double?) -> String { Minutes.decimal(value) }

    /// An optional integer, empty when unknown.
    static func integer(_ value: Int?) -> String { value.map(String.init) ?? "" }

    /// `true` or `false`.
    static func bool(_ value: Bool) -> String { value ? "true" : "false" }

    /// A list joined with `; `.
    static func list(_ values: [String]) -> String { values.joined(separator: "; ") }
}
