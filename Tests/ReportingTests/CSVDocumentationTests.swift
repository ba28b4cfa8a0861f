import Foundation
import Reporting
import TestSupport
import Testing

@Suite struct CSVDocumentationTests {
    let doc = FixturePaths.packageRoot.appendingPathComponent("CSV-COLUMNS.md")

    @Test func theColumnDocumentIsGeneratedFromTheColumnDefinitions() throws {
        if let difference = try Golden.compare(CSVDocumentation.markdown(), with: doc) {
            Issue.record("CSV-COLUMNS.md is stale: \(difference)")
        }
    }

    @Test func everyColumnInCodeAppearsInTheDocument() throws {
        let text = try String(contentsOf: doc, encoding: .utf8)
        for table in CSVTables.documentation {
            #expect(text.contains("### `\(table.fileName)`"), "\(table.fileName) has no section")
            for column in table.columns {
                #expect(text.contains("| `\(column.name)` |"), "\(table.fileName): \(column.name) is not documented")
                #expect(!column.meaning.isEmpty, "\(table.fileName): \(column.name) has no meaning")
            }
        }
    }
}
