import Foundation
import Markdown
import TestSupport
import Testing

/// Our block tree and source positions against the `cmark-gfm` program's, on every Markdown file
/// of the repository and of `../shared/fixtures`.
@Suite(.enabled(if: ReferenceTree.executable != nil, "\(ReferenceTree.skipReason)"))
struct ReferenceComparisonTests {
    static let extensions: Set<String> = ["md", "markdown", "mdown", "mkd", "qmd", "mdx"]

    /// Every Markdown file under `Fixtures/`, `Tests/` and `../shared/fixtures`.
    static func markdownFiles() -> [URL] {
        var roots = [FixturePaths.fixtures, FixturePaths.packageRoot.appendingPathComponent("Tests")]
        if let shared = FixturePaths.shared { roots.append(shared) }
        var files: [URL] = []
        for root in roots {
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                if extensions.contains(url.pathExtension.lowercased()) { files.append(url) }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test func everyMarkdownFileHasTheReferenceTree() throws {
        if let reason = FixturePaths.sharedSkipReason { print(reason) }
        let files = Self.markdownFiles()
        #expect(files.count >= 60)
        var blocks = 0
        var differences: [DeliberateDifference: Int] = [:]
        for file in files {
            let comparison = try TreeComparison(Data(contentsOf: file))
            #expect(comparison.mismatches.isEmpty, "\(file.path): \(comparison.mismatches.prefix(5))")
            blocks += comparison.compared
            differences.merge(comparison.differences, uniquingKeysWith: +)
        }
        print("compared \(blocks) blocks in \(files.count) files; deliberate differences: \(differences)")
        #expect(blocks > 1000)
    }

    @Test(arguments: [
        "# Title\n\npara\n", "> quote\nlazy\n\n- [x] done\n- [ ] open\n", "| a | b |\n|---|---|\n| 1 \\| x | 2 |\n",
        "a\r\nb\r\n\r\n    code\r\n", "\u{FEFF}# after a byte-order mark\n", "Setext\n===\n\ntext\n",
        "```swift\nlet x = 1\n```\n", "<div>\nhtml\n</div>\n\n***\n", "1. one\n2. two\n   - nested\n",
    ])
    func smallDocumentsHaveTheReferenceTree(_ text: String) throws {
        let comparison = try TreeComparison(Data(text.utf8))
        #expect(comparison.mismatches.isEmpty, "\(comparison.mismatches)")
        #expect(comparison.compared > 1)
    }

    @Test func eachDeliberateDifferenceIsSeenAndNamed() throws {
        let cases: [(DeliberateDifference, String)] = [
            (.paddedCells, "| a | b |\n|---|---|\n| 1 |\n"),
            (.paragraphBeforeTable, "intro\n| h |\n| - |\n"),
            (.setextEnd, "Title\n===\nnext\n"),
            (.htmlEnd, "<!-- one\ntwo -->\ntext\n"),
            (.referenceStart, "[r]: /u\ntext\n"),
            (.shiftedRowCells, "| a | b |\n|---|---|\n  | 1 | 2 |\n"),
            (.taskBoxPlacement, "> - [x] done\n- - [ ] nested\n"),
            (.nulColumns, "a\u{0}b *c*\n"),
        ]
        for (difference, text) in cases {
            let comparison = try TreeComparison(Data(text.utf8))
            #expect(comparison.mismatches.isEmpty, "\(difference): \(comparison.mismatches)")
            #expect(
                comparison.differences[difference, default: 0] > 0, "\(difference) not seen in \(text.debugDescription)"
            )
        }
    }
}
