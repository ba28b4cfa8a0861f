import Foundation
import Reporting
import TestSupport
import Testing

/// The README's CSV section is generated from the column definitions, so docs and code cannot drift.
@Suite struct CSVDocumentationTests {
    let readme = FixturePaths.packageRoot.appendingPathComponent("README.md")
    static let begin =
        "<!-- csv-columns:begin (generated from the column definitions in Sources/Reporting/CSV; a test keeps it current) -->\n"
    static let end = "<!-- csv-columns:end -->"

    /// The README's text and the range of its generated CSV section.
    private func section() throws -> (text: String, range: Range<String.Index>) {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "README.md has no csv-columns:begin marker")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        return (text, start.upperBound..<stop.lowerBound)
    }

    @Test func theReadmeColumnSectionIsGeneratedFromTheColumnDefinitions() throws {
        let (text, range) = try section()
        let generated = CSVDocumentation.markdown()
        if Golden.recording {
            try text.replacingCharacters(in: range, with: generated).write(
                to: readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            String(text[range]) == generated,
            "README.md's CSV section is stale: run POSTMORTEM_RECORD=1 swift test --filter CSVDocumentation")
    }

    @Test func everyColumnInCodeAppearsInTheReadme() throws {
        let (text, range) = try section()
        let doc = String(text[range])
        for table in CSVTables.documentation {
            #expect(doc.contains("### `\(table.fileName)`"), "\(table.fileName) has no section")
            for column in table.columns {
                #expect(doc.contains("| `\(column.name)` |"), "\(table.fileName): \(column.name) is not documented")
                #expect(!column.meaning.isEmpty, "\(table.fileName): \(column.name) has no meaning")
            }
        }
    }
}
