import Foundation
import SwiftCSV
import TestSupport
import Testing

/// Every hand-labelled value in `../shared/fixtures/LABELS.json` holds for the built binary, read
/// as `score-labels` reads it (the `incidents` CSV, `timeline --format csv`, `check --format json`),
/// except the cases listed with their reason in `Tests/LABELS-known-misses.txt`.
@Suite(.enabled(if: HandLabels.available, "needs ../shared/fixtures/LABELS.json and .build/debug/postmortem"))
struct HandLabelTests {
    @Test func everyLabelHoldsExceptTheKnownMisses() throws {
        let labels = try #require(try HandLabels.load())
        let known = try HandLabels.knownMisses()
        var runner = HandLabelRunner(binary: HandLabels.binary, root: HandLabels.root)
        var misses: [String] = []
        for label in labels {
            let (holds, got) = try runner.check(label)
            let listed = known.contains(label.key)
            if !holds, !listed { misses.append("\(label.key): got \(got)") }
            #expect(holds || listed, "\(label.key): got \(got) (why: \(label.why))")
            #expect(!(holds && listed), "\(label.key) now holds: remove it from LABELS-known-misses.txt")
        }
        #expect(labels.count >= 142)
        #expect(Set(labels.map(\.key)).isSuperset(of: known), "a known miss names no case")
    }
}

/// Where the labels and the binary are, and the labels read.
enum HandLabels {
    static let root = FixturePaths.shared
    static let binary = FixturePaths.packageRoot.appendingPathComponent(".build/debug/postmortem")
    static let knownMissesFile = FixturePaths.packageRoot.appendingPathComponent("Tests/LABELS-known-misses.txt")

    static var available: Bool {
        guard let root else {
            print("HandLabelTests skipped: ../shared/fixtures is not beside this checkout")
            return false
        }
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("LABELS.json").path) else {
            print("HandLabelTests skipped: ../shared/fixtures/LABELS.json does not exist")
            return false
        }
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            print("HandLabelTests skipped: \(binary.path) is not built (swift build)")
            return false
        }
        return true
    }

    static func load() throws -> [HandLabel]? {
        guard let root else { return nil }
        let data = try Data(contentsOf: root.appendingPathComponent("LABELS.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let cases = object?["cases"] as? [[String: Any]] ?? []
        return cases.compactMap(HandLabel.init)
    }

    /// The keys of the known misses (`file | kind | what | want`).
    static func knownMisses() throws -> Set<String> {
        let text = try String(contentsOf: knownMissesFile, encoding: .utf8)
        return Set(
            text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
                line.split(separator: "|").prefix(4).map { $0.trimmingCharacters(in: .whitespaces) }
                    .joined(separator: " | ")
            })
    }
}

/// One hand-labelled case.
struct HandLabel {
    var file: String
    var kind: String
    var fields: [String: Any]
    var why: String

    init?(_ object: [String: Any]) {
        guard let file = object["file"] as? String, let kind = object["kind"] as? String else { return nil }
        self.file = file
        self.kind = kind
        self.fields = object
        self.why = object["why"] as? String ?? ""
    }

    func string(_ key: String) -> String? { fields[key] as? String }

    /// `file | kind | what | want`, as the known-misses file names a case.
    var key: String {
        let what = string("written") ?? string("col") ?? string("title") ?? kind
        let want = (fields["want"]).map { "\($0)" } ?? (fields["present"] as? [String])?.joined(separator: ",") ?? ""
        let field = string("field").map { " (\($0))" } ?? ""
        return [file, kind, what + field, want].joined(separator: " | ")
    }
}
