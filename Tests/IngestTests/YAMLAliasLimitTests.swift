import Foundation
import IncidentModel
import Ingest
import Testing

/// A few hundred bytes of nested YAML aliases (a "billion laughs") expand to billions of values:
/// front matter over `YAMLSize.limit` values is refused with a clear failure, quickly.
@Suite struct YAMLAliasLimitTests {
    /// Nine levels of nine aliases each: 9^9 strings once expanded.
    static let bomb: String = {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        let names = Array("abcdefghij").map(String.init)
        for level in 1..<names.count {
            let previous = Array(repeating: "*" + names[level - 1], count: 9).joined(separator: ", ")
            lines.append("\(names[level]): &\(names[level]) [\(previous)]")
        }
        return lines.joined(separator: "\n")
    }()

    @Test func frontMatterAliasBombIsRefused() throws {
        let text = "---\n\(Self.bomb)\ntitle: Boom\n---\n# Boom\n\n## Summary\n\nText.\n"
        #expect {
            _ = try PostmortemDocumentReader().read(Data(text.utf8), file: "bomb.md")
        } throws: { error in
            let message = (error as? ReadFailure)?.message ?? ""
            return message.hasPrefix("bomb.md:2:1: cannot read the input: the front matter is refused")
                && message.contains("aliases are limited")
        }
    }

    @Test func aFewAliasesStillRead() throws {
        let text = "---\nbase: &base [API, Queue]\ncomponents: *base\ntitle: Fine\n---\n# Fine\n\n## Summary\n\nText.\n"
        let incident = try PostmortemDocumentReader().read(Data(text.utf8), file: "fine.md")
        #expect(incident.components == ["API", "Queue"])
    }

}
