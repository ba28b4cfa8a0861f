import Foundation

/// Where an archive is: an SQLite file path (or `sqlite:PATH`, `file:PATH`) or a PostgreSQL URL
/// (``PostgresURL``); the default is `$POSTMORTEM_DB`, else `postmortem.sqlite` in the current folder.
public enum ArchiveLocation {
    /// Why a `--db` value cannot be used.
    public struct Unsupported: Error, Sendable, CustomStringConvertible {
        /// The message.
        public let description: String
    }

    /// The archive used when `--db` is not given.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["POSTMORTEM_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "postmortem.sqlite"
    }

    /// Refuses a value this build cannot open (a malformed PostgreSQL URL, another scheme).
    public static func validate(_ value: String) throws(Unsupported) {
        let lower = value.lowercased()
        if PostgresURL.isPostgres(value) {
            _ = try PostgresURL(value)
            return
        }
        if let colon = value.firstIndex(of: ":"), value[..<colon].contains("/") == false,
            value[value.index(after: colon)...].hasPrefix("//"), !lower.hasPrefix("file://")
        {
            throw Unsupported(
                description: "--db \(value): expected an SQLite file path, `sqlite:PATH`, `file:PATH` or a "
                    + "postgres:// URL")
        }
        guard !path(value).isEmpty else { throw Unsupported(description: "--db needs a path") }
    }

    /// The file path of a valid value naming an SQLite archive.
    public static func path(_ value: String) -> String {
        for prefix in ["sqlite://", "sqlite:", "file://", "file:"] where value.lowercased().hasPrefix(prefix) {
            return String(value.dropFirst(prefix.count))
        }
        return value
    }
}
