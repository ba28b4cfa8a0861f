import Foundation
import Reporting
import TestSupport
import Testing

/// The README's CSV section is generated from the column definitions, so docs and code cannot drift.
@Suite struct CSVDocumentationTests {
    static let section = GeneratedSection(
        file: FixturePaths.packageRoot.appendingPathComponent("README.md"),
        begin:
            "<!-- csv-columns:begin (generated from the column definitions in Sources/Reporting/CSV; a test keeps it current) -->\n",
        end: "<!-- csv-columns:end -->")

    @Test func theReadmeColumnSectionIsGeneratedFromTheColumnDefinitions() throws {
        let problem = try Self.section.compare(with: CSVDocumentation.markdown())
        #expect(problem == nil, "\(problem ?? ""): swift test --filter CSVDocumentation")
    }

    @Test func everyColumnInCodeAppearsInTheReadme() throws {
        let doc = try #require(try Self.section.text(), "README.md has no csv-columns markers")
        for table in CSVTables.documentation {
            #expect(doc.contains("### `\(table.fileName)`"), "\(table.fileName) has no section")
            for column in table.columns {
                #expect(doc.contains("| `\(column.name)` |"), "\(table.fileName): \(column.name) is not documented")
                #expect(!column.meaning.isEmpty, "\(table.fileName): \(column.name) has no meaning")
            }
        }
    }
}
