import Foundation
import Reporting

/// Instants as the archive writes them: ISO 8601 UTC with `Z`, as in the CSV files.
enum ArchiveTime {
    /// `2025-01-10T16:37:00Z`.
    static func text(_ date: Date) -> String { UTCTime.iso(date) }
}
