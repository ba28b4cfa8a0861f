import Completeness
import Foundation
import IncidentModel
import Ingest
import TestSupport

/// Helpers shared by the completeness tests.
enum CheckSupport {
    /// The findings for Markdown `text` under `configuration`.
    static func findings(
        _ text: String, file: String = "doc.md", configuration: CheckConfiguration = .standard
    ) throws -> [Diagnostic] {
        let incident = try PostmortemDocumentReader().read(Data(text.utf8), file: file)
        return PostmortemChecker().check(incident, configuration: configuration)
    }

    /// The findings for a file under `Fixtures/`.
    static func findings(fixture relative: String) throws -> [Diagnostic] {
        let url = FixturePaths.fixture(relative)
        let incident = try PostmortemDocumentReader().read(try Data(contentsOf: url), file: relative)
        return PostmortemChecker().check(incident, configuration: .standard)
    }
}
