import Chronology
import Completeness
import Foundation
import IncidentModel
import Ingest
import Yams

/// Reads `.postmortem.yml`, and finds it upward from a postmortem's folder.
public struct ConfigurationLoader: Sendable {
    /// The file names looked for, in order.
    public static let fileNames = [".postmortem.yml", ".postmortem.yaml"]

    /// Creates a loader.
    public init() {}

    /// The nearest configuration file in `file`'s folder or above it, or `nil`.
    public func find(above file: String) -> String? {
        var folder = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent()
        let fm = FileManager.default
        while true {
            for name in Self.fileNames {
                let candidate = folder.appendingPathComponent(name).path
                if fm.fileExists(atPath: candidate) { return candidate }
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// Reads the configuration file at `path`.
    public func load(path: String) throws(ConfigurationError) -> CheckConfiguration {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw ConfigurationError(file: path, reason: "the configuration file cannot be read") }
        return try parse(text, file: path)
    }

    /// Reads configuration text; `file` names it in errors.
    public func parse(_ text: String, file: String) throws(ConfigurationError) -> CheckConfiguration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ConfigurationError(file: file, reason: "not valid YAML (\(error))")
        }
        var configuration = CheckConfiguration(source: file)
        guard let root else { return configuration }
        guard !YAMLSize.exceeds(root) else { throw ConfigurationError(file: file, reason: YAMLSize.reason) }
        guard let mapping = root.mapping else {
            throw ConfigurationError(file: file, line: line(root), reason: "expected a mapping of settings")
        }
        var ruleNodes: [(Node, Node)] = []
        for (key, value) in mapping {
            let known = ["default_zone", "zone", "zone_labels", "ambiguous", "rules", "sections"].contains(
                key.string ?? "")
            if known, value.isNull { continue }
            switch key.string ?? "" {
            case "default_zone", "zone":
                configuration.defaultZone = value.string.flatMap { $0.isEmpty ? nil : $0 }
            case "zone_labels":
                guard let labels = value.string.flatMap(ReconcileOptions.ZoneLabels.init(rawValue:)) else {
                    throw ConfigurationError(
                        file: file, line: line(value), reason: "`zone_labels` must be auto, literal or regional")
                }
                configuration.reading.zoneLabels = labels
            case "ambiguous":
                try readAmbiguous(value, into: &configuration, file: file)
            case "rules":
                guard let rules = value.mapping else {
                    throw ConfigurationError(
                        file: file, line: line(value), reason: "`rules` must map rule ids or names to a severity")
                }
                ruleNodes = rules.map { ($0.key, $0.value) }
            case "pull":
                continue  // the status pages `postmortem pull` reads (its own reader checks them)
            case "sections":
                guard let sections = value.mapping else {
                    throw ConfigurationError(
                        file: file, line: line(value), reason: "`sections` must map section keys to settings")
                }
                for (sectionKey, settings) in sections {
                    try apply(section: sectionKey, settings: settings, to: &configuration, file: file)
                }
            default:
                throw ConfigurationError(
                    file: file, line: line(key),
                    reason:
                        "unknown setting `\(key.string ?? "")`; expected default_zone, zone_labels, ambiguous, rules, sections or pull"
                )
            }
        }
        let known = RuleCatalog.rules(for: configuration).map(\.descriptor)
        for (key, value) in ruleNodes {
            let name = key.string ?? ""
            guard known.contains(where: { $0.matches(name) }) else {
                throw ConfigurationError(
                    file: file, line: line(key),
                    reason: "unknown rule `\(name)`; `postmortem check --list-rules` lists them")
            }
            configuration.ruleSeverities[name.lowercased()] = try severity(value, file: file)
        }
        return configuration
    }

    private func apply(
        section key: Node, settings: Node, to configuration: inout CheckConfiguration, file: String
    ) throws(ConfigurationError) {
        let name = key.string ?? ""
        var definition =
            configuration.sections.first { $0.key == name }
            ?? SectionDefinition(key: name, title: name, synonyms: [name], severity: .error)
        let isNew = !configuration.sections.contains { $0.key == name }
        if let fields = settings.mapping {
            for (field, value) in fields {
                switch field.string ?? "" {
                case "title": definition.title = value.string ?? definition.title
                case "synonyms":
                    let added = value.sequence?.compactMap(\.string) ?? value.string.map { [$0] } ?? []
                    definition.synonyms += added
                case "severity":
                    guard let severity = try severity(value, file: file) else {
                        throw ConfigurationError(
                            file: file, line: line(value),
                            reason: "turn a section off under `rules:` (`\(definition.ruleID): off`)")
                    }
                    definition.severity = severity
                default:
                    throw ConfigurationError(
                        file: file, line: line(field),
                        reason: "unknown section setting `\(field.string ?? "")`; expected title, synonyms or severity")
                }
            }
        } else if let synonyms = settings.sequence {
            definition.synonyms += synonyms.compactMap(\.string)
        } else if let scalar = settings.string, !["", "~", "null"].contains(scalar) {
            throw ConfigurationError(
                file: file, line: line(settings), reason: "a section takes `title`, `synonyms` and `severity`")
        }
        if isNew {
            configuration.sections.append(definition)
        } else if let index = configuration.sections.firstIndex(where: { $0.key == name }) {
            configuration.sections[index] = definition
        }
    }

    /// `ambiguous:`, a mapping of abbreviations to tz identifiers (`IST: Asia/Kolkata`), as `--ambiguous`.
    private func readAmbiguous(
        _ value: Node, into configuration: inout CheckConfiguration, file: String
    ) throws(ConfigurationError) {
        guard let pairs = value.mapping else {
            throw ConfigurationError(
                file: file, line: line(value), reason: "`ambiguous` must map abbreviations to tz identifiers")
        }
        for (label, zone) in pairs {
            guard let name = label.string, !name.isEmpty, let identifier = zone.string,
                TimeZone(identifier: identifier) != nil
            else {
                throw ConfigurationError(
                    file: file, line: line(zone),
                    reason: "`ambiguous` expects LABEL: tz-identifier (IST: Asia/Kolkata), not `\(zone.string ?? "")`")
            }
            configuration.reading.ambiguousZones[name.uppercased()] = identifier
        }
    }

    private func severity(_ node: Node, file: String) throws(ConfigurationError) -> Severity? {
        let text = (node.string ?? "").lowercased()
        switch text {
        case "off", "false", "no", "disabled", "none": return nil
        case "error", "warning", "note": return Severity(rawValue: text)
        case "warn": return .warning
        case "info": return .note
        default:
            throw ConfigurationError(
                file: file, line: line(node), reason: "unknown severity `\(text)`; expected error, warning, note or off"
            )
        }
    }

    private func line(_ node: Node) -> Int? { node.mark?.line }
}

extension Node {
    /// Whether the node is an empty or `null` scalar (a key with only comments under it).
    fileprivate var isNull: Bool {
        guard let scalar = scalar else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
