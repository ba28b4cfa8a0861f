import Foundation
import PostgresNIO

/// A PostgreSQL archive's address: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` (or
/// `postgresql://`), with `?host=/socket/folder` for a unix socket instead of TCP.
public struct PostgresURL: Sendable, Equatable {
    /// The user.
    public var user: String
    /// The password, when the URL carries one.
    public var password: String?
    /// The TCP host (ignored when `socketFolder` is set).
    public var host: String
    /// The port (also names the socket file: `.s.PGSQL.PORT`).
    public var port: Int
    /// The database.
    public var database: String
    /// The folder of the server's unix socket, from `?host=/folder`.
    public var socketFolder: String?

    /// Whether `value` names a PostgreSQL archive (its scheme).
    public static func isPostgres(_ value: String) -> Bool {
        let lower = value.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Parses a URL; the error says what was expected.
    public init(_ value: String) throws(ArchiveLocation.Unsupported) {
        let expected = "expected postgres://USER@HOST[:PORT]/DATABASE or postgres://USER@/DATABASE?host=/socket/folder"
        guard Self.isPostgres(value), let parts = URLComponents(string: value) else {
            throw ArchiveLocation.Unsupported(description: "--db \(value): \(expected)")
        }
        let database = String(parts.percentEncodedPath.dropFirst()).removingPercentEncoding ?? ""
        guard let user = parts.user, !user.isEmpty, !database.isEmpty, !database.contains("/") else {
            throw ArchiveLocation.Unsupported(description: "--db \(value): \(expected)")
        }
        self.user = user
        self.password = parts.password
        self.host = parts.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        self.port = parts.port ?? 5432
        self.database = database
        self.socketFolder = nil
        for item in parts.queryItems ?? [] {
            switch item.name {
            case "host" where item.value?.hasPrefix("/") == true: socketFolder = item.value
            case "sslmode" where item.value == "disable": continue
            default:
                throw ArchiveLocation.Unsupported(
                    description: "--db \(value): unknown parameter `\(item.name)` (expected host=/socket/folder)")
            }
        }
    }

    /// The URL without its password, as messages name the archive.
    public var display: String { text(password: nil) }

    /// The URL, with its password when it has one.
    public var description: String { text(password: password) }

    private func text(password: String?) -> String {
        let login = user + (password.map { ":\($0)" } ?? "")
        if let socketFolder { return "postgres://\(login)@/\(database)?host=\(socketFolder)" }
        return "postgres://\(login)@\(host):\(port)/\(database)"
    }

    /// The same server with another database (the tests' fresh databases).
    public func with(database: String) -> PostgresURL {
        var copy = self
        copy.database = database
        return copy
    }

    /// The connection's configuration (no TLS: a socket or a trusted network).
    var configuration: PostgresConnection.Configuration {
        if let socketFolder {
            return PostgresConnection.Configuration(
                unixSocketPath: "\(socketFolder)/.s.PGSQL.\(port)", username: user, password: password,
                database: database)
        }
        return PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: .disable)
    }
}
