import Chronology
import Completeness
import Foundation
import IncidentModel
import Ingest

/// `check` on the one reading path: sniff → read → reconcile → measure, as `incidents`, `timeline` and
/// `report` do, then Completeness's rules over what that path produced.
///
/// The format of a file is sniffed from its content, never its name: a Markdown or HTML postmortem is
/// checked whole, a status-page export has the postmortems inside it checked (incidents without one,
/// or with only a link to one, are skipped). Each document is checked on its own: accounts are not
/// merged across files.
public struct PostmortemCheckRun: Sendable {
    /// The reading path: the loader's collector and reconciler (the reading configuration), the
    /// measurer.
    public var builder: ReportBuilder
    /// The configuration for every file, or `nil` to find `.postmortem.yml` above each file.
    public var configuration: CheckConfiguration?

    /// Creates a run over `builder`'s reading path; without a configuration each file uses the
    /// nearest `.postmortem.yml` (or the built-in rules when there is none).
    public init(builder: ReportBuilder = ReportBuilder(), configuration: CheckConfiguration? = nil) {
        var builder = builder
        builder.loader.mergesAccounts = false
        self.builder = builder
        self.configuration = configuration
    }

    /// Checks the files, folders (their files the collector wants) and `-` (standard input) at `paths`;
    /// results keep the order of the inputs, missing paths included.
    ///
    /// Configuration files are resolved first, so a bad `.postmortem.yml` is reported before any
    /// document is read. Standard input uses the fixed configuration, else the one above the
    /// current folder.
    public func check(
        _ paths: [String], standardInput: (() -> Data)? = nil
    ) throws(ConfigurationError) -> CheckReport {
        let collected = builder.loader.collector.collect(paths)
        let names = collected.inputs.map(InputReading.name)
        let folder = FileManager.default.currentDirectoryPath
        var configurations = try resolveConfigurations(for: names.map { $0 == "-" ? folder + "/-" : $0 })
        for index in configurations.indices { configurations[index] = reading(configurations[index]) }
        // Held to --max-input-size as files are: the loader refuses more than the limit unread.
        let limit = builder.loader.collector.maxInputSize
        let stdin = names.contains("-") ? standardInput?() ?? StandardInput.read(limit: limit) : Data()
        var results: [String: FileCheck] = [:]
        for options in Set(configurations.map(\.reading)) {
            let group = names.indices.filter { configurations[$0].reading == options }
            var measurer = builder
            measurer.loader.reconciler = Reconciler(options: options)
            let loaded = measurer.loader.load(group.map { names[$0] }, standardInput: { stdin })
            let configurationOf = Dictionary(group.map { (names[$0], configurations[$0]) }) { first, _ in first }
            let checked = Self.findings(loaded.incidents.filter(Self.isChecked), measurer: measurer) {
                configurationOf[$0.place.file] ?? .standard
            }
            for (incident, findings) in checked {
                results[incident.place.file, default: FileCheck(file: incident.place.file)].findings += findings
            }
            for failure in loaded.failures {
                results[failure.file] = FileCheck(file: failure.file, failure: failure.message)
            }
        }
        var files = names.map { results[$0] ?? FileCheck(file: $0) }
        for problem in collected.problems {
            files.append(FileCheck(file: problem.path, failure: "\(problem.path): \(problem.reason)"))
        }
        return CheckReport(files: files, rules: PostmortemChecker.rules(for: configurations))
    }

    /// Reads and checks one document given as bytes named `file`, under `configuration` (its reading
    /// configuration completed by the builder's).
    public func check(data: Data, file: String, configuration: CheckConfiguration = .standard) -> FileCheck {
        let read = IncidentReader().read(data, file: file)
        if let failure = read.failure { return FileCheck(file: file, failure: failure.message) }
        let configuration = reading(configuration)
        var measurer = builder
        measurer.loader.reconciler = Reconciler(options: configuration.reading)
        let checked = Self.findings(read.incidents.filter(Self.isChecked), measurer: measurer) { _ in configuration }
        return FileCheck(file: file, findings: checked.flatMap(\.findings))
    }

    /// Each incident with its findings, in order: reconciled and measured by `measurer` (in parallel),
    /// then checked (in parallel) under the configuration `configuration` gives for it.
    static func findings(
        _ incidents: [Incident], measurer: ReportBuilder,
        configuration: @Sendable (Incident) -> CheckConfiguration
    ) -> [(incident: Incident, findings: [Diagnostic])] {
        let measured = measurer.measure(incidents)
        let findings = ReportBuilder.parallelMap(measured) { item in
            PostmortemChecker().check(item.incident, metrics: item.metrics, configuration: configuration(item.incident))
        }
        return zip(measured.map(\.incident), findings).map { ($0, $1) }
    }

    /// Whether an incident read is checked: a postmortem document, or an export's incident whose
    /// postmortem has text of its own.
    static func isChecked(_ incident: Incident) -> Bool {
        if [.markdownPostmortem, .htmlPostmortem].contains(incident.sourceFormat) { return true }
        guard let postmortem = incident.postmortem else { return false }
        return !postmortem.sections.isEmpty || !postmortem.preamble.isEmpty
    }

    /// `configuration` with the reading configuration in force: the builder's reconcile options (the
    /// command line), the configuration's `default_zone`, `zone_labels` and `ambiguous` filling what
    /// they leave open.
    public func reading(_ configuration: CheckConfiguration) -> CheckConfiguration {
        var copy = configuration
        var options = builder.reconciler.options
        options.defaultZone = options.defaultZone ?? configuration.defaultZone
        if options.zoneLabels == .auto { options.zoneLabels = configuration.reading.zoneLabels }
        options.ambiguousZones = configuration.reading.ambiguousZones.merging(options.ambiguousZones) { $1 }
        copy.defaultZone = options.defaultZone
        copy.reading = options
        return copy
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
}
