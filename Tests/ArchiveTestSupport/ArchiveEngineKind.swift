import Foundation
import Testing

@testable import Archive

/// The engines the archive tests run on, as a test argument: every archive test runs on both.
public enum ArchiveEngineKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    /// The variable naming the PostgreSQL server the tests create their databases on (`.ci/run` starts
    /// one and sets it): a URL whose database is one the user may connect to, such as `postgres`.
    public static let serverVariable = "POSTMORTEM_TEST_POSTGRES"

    /// The server, when the variable is set.
    public static var server: String? {
        ProcessInfo.processInfo.environment[serverVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    public var testDescription: String { rawValue }

    /// A fresh, empty archive for one test on this engine.
    ///
    /// A file in a new folder, or a new database on the server. Cancels (skips) the test, saying why,
    /// when the engine is PostgreSQL and no server was named; fails it when the server named cannot be
    /// reached.
    public func archive() throws -> TestArchive {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "pm-archive-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return TestArchive(engine: self, location: folder.appendingPathComponent("a.sqlite").path, folder: folder)
        case .postgres:
            guard let server = Self.server else {
                print("skipped on PostgreSQL: \(Self.serverVariable) is not set (.ci/run starts a server and sets it)")
                try Test.cancel("skipped on PostgreSQL: \(Self.serverVariable) is not set")
            }
            let url = try PostgresURL(server)
            let name = "pm_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try PostgresEngine(url: url).run("CREATE DATABASE \(name)")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "pm-archive-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return TestArchive(
                engine: self, location: url.with(database: name).description, folder: folder, server: url,
                database: name)
        }
    }
}
