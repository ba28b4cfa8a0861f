import Foundation
import Ingest
import Yams

/// The `pull:` list of `.postmortem.yml`: the status pages a scheduled job pulls, each a URL and an
/// optional vendor name.
///
/// ```yaml
/// pull:
///   - url: https://www.githubstatus.com
///     vendor: GitHub
///   - https://status.example.com
/// ```
public enum PullConfiguration {
    /// The targets listed in `text` (the file `file`); none when there is no `pull:` key.
    public static func parse(_ text: String, file: String) throws(PullConfigurationError) -> [PullTarget] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw PullConfigurationError(file: file, line: nil, reason: "not valid YAML (\(error))")
        }
        guard let root else { return [] }
        guard !YAMLSize.exceeds(root) else {
            throw PullConfigurationError(file: file, line: nil, reason: YAMLSize.reason)
        }
        guard let mapping = root.mapping else {
            throw PullConfigurationError(file: file, line: line(root), reason: "expected a mapping of settings")
        }
        guard let list = mapping["pull"], list.scalar.map({ !["", "~", "null"].contains($0.string) }) ?? true
        else { return [] }
        guard let entries = list.sequence else {
            throw PullConfigurationError(
                file: file, line: line(list), reason: "`pull` must be a list of URLs or of `url:` / `vendor:` entries")
        }
        var targets: [PullTarget] = []
        for entry in entries {
            var url = entry.string
            var vendor: String?
            if let fields = entry.mapping {
                for (key, value) in fields {
                    switch key.string ?? "" {
                    case "url": url = value.string
                    case "vendor": vendor = value.string.flatMap { $0.isEmpty ? nil : $0 }
                    default:
                        throw PullConfigurationError(
                            file: file, line: line(key),
                            reason: "unknown `pull` setting `\(key.string ?? "")`; expected url or vendor")
                    }
                }
            }
            guard let url, !url.isEmpty else {
                throw PullConfigurationError(file: file, line: line(entry), reason: "a `pull` entry needs a `url`")
            }
            switch PullTarget.parse(url, vendor: vendor) {
            case .success(let target): targets.append(target)
            case .failure(let error):
                throw PullConfigurationError(file: file, line: line(entry), reason: error.description)
            }
        }
        return targets
    }

    /// The targets of the configuration file at `path`.
    public static func load(path: String) throws(PullConfigurationError) -> [PullTarget] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw PullConfigurationError(file: path, line: nil, reason: "the configuration file cannot be read") }
        return try parse(text, file: path)
    }

    private static func line(_ node: Node) -> Int? { node.mark.map { $0.line } }
}
