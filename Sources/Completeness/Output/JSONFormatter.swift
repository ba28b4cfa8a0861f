import Foundation
import IncidentModel

/// The report as JSON: files with their findings (rule id and name, severity, place, message,
/// hint) and a summary.
public struct JSONFormatter: CheckFormatter {
    /// Creates a formatter.
    public init() {}

    private struct Output: Encodable {
        var files: [File]
        var summary: Summary
    }

    private struct File: Encodable {
        var file: String
        var failure: String?
        var findings: [Finding]
    }

    private struct Finding: Encodable {
        var rule: String
        var name: String
        var severity: String
        var file: String
        var line: Int?
        var column: Int?
        var message: String
        var hint: String?
    }

    private struct Summary: Encodable {
        var files: Int
        var errors: Int
        var warnings: Int
        var notes: Int
        var unreadable: Int
    }

    /// Pretty-printed JSON with sorted keys.
    public func format(_ report: CheckReport) -> String {
        let rules = Dictionary(report.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let files = report.files.map { file in
            File(
                file: file.file, failure: file.failure,
                findings: file.findings.map { finding in
                    Finding(
                        rule: finding.code, name: rules[finding.code]?.name ?? finding.code,
                        severity: finding.severity.rawValue, file: finding.place.file, line: finding.place.line,
                        column: finding.place.column, message: finding.message, hint: rules[finding.code]?.hint)
                })
        }
        let output = Output(
            files: files,
            summary: Summary(
                files: report.files.count, errors: report.count(.error), warnings: report.count(.warning),
                notes: report.count(.note), unreadable: report.failures.count))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
