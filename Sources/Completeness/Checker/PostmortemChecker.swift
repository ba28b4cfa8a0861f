import Foundation
import IncidentModel
import Ingest
import Utilities

/// Runs the rules over postmortem documents and collects the findings.
public struct PostmortemChecker: Sendable {
    /// The configuration used for every file, or `nil` to find `.postmortem.yml` above each file.
    public var configuration: CheckConfiguration?

    /// Creates a checker; without a configuration each file uses the nearest `.postmortem.yml`
    /// (or the built-in rules when there is none).
    public init(configuration: CheckConfiguration? = nil) {
        self.configuration = configuration
    }

    /// The findings for one incident under `configuration`, ordered by place.
    public func check(_ incident: Incident, configuration: CheckConfiguration) -> [Diagnostic] {
        let document = CheckedDocument(incident: incident, configuration: configuration)
        var findings: [Diagnostic] = []
        for rule in RuleCatalog.rules(for: configuration) {
            guard let severity = configuration.severity(for: rule.descriptor) else { continue }
            for var finding in rule.check(document) {
                finding.severity = severity
                finding.place = document.characterColumn(finding.place)
                findings.append(finding)
            }
        }
        return findings.sorted { ($0.place, $0.code) < ($1.place, $1.code) }
    }

    /// Reads and checks one document given as bytes.
    ///
    /// Markdown files are postmortem documents. Anything else is first offered to `IncidentReader`:
    /// a status-page export it recognises has the postmortems inside it checked (incidents without
    /// one, or with only a link to one, are skipped); otherwise an HTML file is read as a
    /// postmortem document.
    public func check(data: Data, file: String, configuration: CheckConfiguration) -> FileCheck {
        let lower = file.lowercased()
        if !(lower.hasSuffix(".md") || lower.hasSuffix(".markdown")) {
            let export = IncidentReader().read(data, file: file)
            if export.failure == nil, !export.incidents.isEmpty {
                let findings = export.incidents.filter { incident in
                    guard let postmortem = incident.postmortem else { return false }
                    return !postmortem.sections.isEmpty || !postmortem.preamble.isEmpty
                }.flatMap { check($0, configuration: configuration) }
                return FileCheck(file: file, findings: findings)
            }
        }
        do {
            let incident = try PostmortemDocumentReader().read(data, file: file)
            return FileCheck(file: file, findings: check(incident, configuration: configuration))
        } catch {
            return FileCheck(file: file, failure: error.message)
        }
    }

    /// Checks `inputs`, reading and checking them in parallel; results keep the order.
    ///
    /// Configuration files are resolved first, so a bad `.postmortem.yml` is reported before any
    /// document is read. Standard input uses the fixed configuration, else the one above the
    /// current folder.
    public func check(_ inputs: [CheckInput]) throws(ConfigurationError) -> CheckReport {
        let configurations = try resolveConfigurations(
            for: inputs.map { input in
                switch input {
                case .file(let path): path
                case .data(_, let name): FileManager.default.currentDirectoryPath + "/" + name
                }
            })
        let files = Parallel.map(inputs.count) { index -> FileCheck in
            switch inputs[index] {
            case .data(let data, let name):
                return check(data: data, file: name, configuration: configurations[index])
            case .file(let path):
                if let data = FileManager.default.contents(atPath: path) {
                    return check(data: data, file: path, configuration: configurations[index])
                }
                return FileCheck(file: path, failure: "\(path): the file cannot be read")
            }
        }
        return CheckReport(files: files, rules: Self.rules(for: configurations))
    }

    /// Checks the files at `paths`.
    public func check(paths: [String]) throws(ConfigurationError) -> CheckReport {
        try check(paths.map { .file($0) })
    }

    /// The configuration for each path: the fixed one, or the nearest file above it.
    public func resolveConfigurations(for paths: [String]) throws(ConfigurationError) -> [CheckConfiguration] {
        if let configuration { return paths.map { _ in configuration } }
        let loader = ConfigurationLoader()
        var cache: [String: CheckConfiguration] = [:]
        var resolved: [CheckConfiguration] = []
        for path in paths {
            guard let source = loader.find(above: path) else {
                resolved.append(.standard)
                continue
            }
            if let cached = cache[source] {
                resolved.append(cached)
                continue
            }
            let loaded = try loader.load(path: source)
            cache[source] = loaded
            resolved.append(loaded)
        }
        return resolved
    }

    /// The rules that run under any of `configurations`, in id order, at their configured severity.
    public static func rules(for configurations: [CheckConfiguration]) -> [RuleDescriptor] {
        var seen = Set<String>()
        var descriptors: [RuleDescriptor] = []
        for configuration in configurations.isEmpty ? [.standard] : configurations {
            for rule in RuleCatalog.rules(for: configuration) {
                guard let severity = configuration.severity(for: rule.descriptor) else { continue }
                var descriptor = rule.descriptor
                descriptor.defaultSeverity = severity
                if seen.insert(descriptor.id).inserted { descriptors.append(descriptor) }
            }
        }
        return descriptors.sorted { $0.id < $1.id }
    }
}
