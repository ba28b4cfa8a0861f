import Foundation
import IncidentModel
import Ingest
import TestSupport

/// Reads files from `../shared/fixtures` for the real-world tests.
enum SharedFixture {
    /// Whether the shared folder is beside this checkout.
    static var available: Bool { FixturePaths.shared != nil }

    /// The bytes of a shared fixture.
    static func data(_ relative: String) throws -> Data {
        guard let url = FixturePaths.sharedFixture(relative) else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: url)
    }

    /// Reads a shared fixture with `IncidentReader`, naming it by its relative path.
    static func read(_ relative: String) throws -> ReadResult {
        IncidentReader().read(try data(relative), file: relative)
    }

    /// Every data file under the shared folder (documentation `.md` files and the hand labels left out), relative, sorted.
    static func allFiles(under folder: String = "") -> [String] {
        guard let root = FixturePaths.shared?.appendingPathComponent(folder) else { return [] }
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var files: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                url.pathExtension != "md", url.lastPathComponent != "LABELS.json"
            else { continue }
            files.append((folder.isEmpty ? "" : folder + "/") + String(url.path.dropFirst(base.count)))
        }
        return files.sorted()
    }
}
