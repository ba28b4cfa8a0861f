import Foundation

/// Paths to the repository's own fixtures and to the shared real-world fixtures.
public enum FixturePaths {
    /// The package root, found from this file's location.
    public static let packageRoot: URL = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }()

    /// `Fixtures/` in the repository.
    public static let fixtures: URL = packageRoot.appendingPathComponent("Fixtures")

    /// `Reports/` in the repository.
    public static let reports: URL = packageRoot.appendingPathComponent("Reports")

    /// `../shared/fixtures`, when it exists (a user's fresh clone has none).
    public static let shared: URL? = {
        let candidate = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory)
        return exists && isDirectory.boolValue ? candidate : nil
    }()

    /// The reason shared-fixture tests are skipped, printed once, or `nil` when they run.
    public static var sharedSkipReason: String? {
        shared == nil
            ? "skipped: ../shared/fixtures is not beside this checkout (a fresh clone); the real-world fixture tests need it"
            : nil
    }

    /// A file under `Fixtures/`.
    public static func fixture(_ relative: String) -> URL { fixtures.appendingPathComponent(relative) }

    /// A file under `../shared/fixtures`, or `nil` without the shared folder.
    public static func sharedFixture(_ relative: String) -> URL? { shared?.appendingPathComponent(relative) }
}
