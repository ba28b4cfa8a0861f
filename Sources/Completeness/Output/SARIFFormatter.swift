import Foundation
import IncidentModel

/// SARIF 2.1.0 with every property GitHub code scanning reads: the driver's rules (id, name,
/// descriptions, help, default level) and results with rule index, level, message, file and region.
public struct SARIFFormatter: CheckFormatter {
    /// The tool's version, written as `version` and `semanticVersion`.
    public var toolVersion: String
    /// Where the tool is documented.
    public var informationURI: String

    /// Creates a formatter.
    public init(
        toolVersion: String = "0.1.0", informationURI: String = "https://github.com/postmortem-tools/postmortem"
    ) {
        self.toolVersion = toolVersion
        self.informationURI = informationURI
    }

    /// The SARIF log as pretty-printed JSON with sorted keys.
    public func format(_ report: CheckReport) -> String {
        let index = Dictionary(report.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rules = report.rules.map { rule in
            SARIFLog.ReportingDescriptor(
                id: rule.id, name: rule.name, shortDescription: .init(text: rule.summary),
                fullDescription: .init(text: rule.rationale),
                help: .init(
                    text: rule.hint + "\n\nExample:\n" + rule.example,
                    markdown: rule.hint + "\n\nExample:\n\n```markdown\n" + rule.example + "```\n"),
                defaultConfiguration: .init(level: Self.level(rule.defaultSeverity)),
                properties: .init(
                    tags: ["postmortem", rule.name.split(separator: ".").first.map(String.init) ?? ""],
                    precision: "high"))
        }
        var results: [SARIFLog.Result] = []
        var notifications: [SARIFLog.Notification] = []
        for file in report.files {
            if let failure = file.failure {
                notifications.append(
                    .init(level: "error", message: .init(text: failure), locations: [Self.location(file.file, 1, 1)]))
            }
            for finding in file.findings {
                results.append(
                    SARIFLog.Result(
                        ruleId: finding.code, ruleIndex: index[finding.code] ?? 0, level: Self.level(finding.severity),
                        message: .init(text: finding.message),
                        locations: [
                            Self.location(finding.place.file, finding.place.line ?? 1, finding.place.column ?? 1)
                        ],
                        partialFingerprints: [
                            "postmortemFinding/v1": Self.fingerprint(finding.code, finding.place.file, finding.message)
                        ]))
            }
        }
        let log = SARIFLog(runs: [
            SARIFLog.Run(
                tool: .init(
                    driver: .init(
                        name: "postmortem", informationUri: informationURI, version: toolVersion,
                        semanticVersion: toolVersion, rules: rules)),
                results: results,
                invocations: [
                    .init(executionSuccessful: notifications.isEmpty, toolExecutionNotifications: notifications)
                ]
            )
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// SARIF's level for a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A location; the URI is the path with `/` separators, relative as given, percent-encoded.
    static func location(_ file: String, _ line: Int, _ column: Int) -> SARIFLog.Location {
        SARIFLog.Location(
            physicalLocation: .init(
                artifactLocation: .init(uri: uri(for: file)),
                region: .init(startLine: max(1, line), startColumn: max(1, column))))
    }

    /// A path as a SARIF URI reference: `./` dropped, unsafe characters percent-encoded.
    static func uri(for path: String) -> String {
        var relative = path
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        let encoded = relative.addingPercentEncoding(withAllowedCharacters: allowed) ?? relative
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// A stable 64-bit FNV-1a hash of the rule, file and message, in hex: the same finding keeps
    /// its fingerprint when lines above it move.
    static func fingerprint(_ parts: String...) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
