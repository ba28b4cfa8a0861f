import Foundation

/// The commented default `.postmortem.yml` that `postmortem check --init` writes.
public enum DefaultConfiguration {
    /// The file's text: every setting commented out at its default, with what it does.
    public static var text: String {
        var lines = [
            "# .postmortem.yml: settings for `postmortem check`.",
            "# Each postmortem uses the nearest .postmortem.yml in its folder or above; --config FILE overrides.",
            "",
            "# The zone for timeline times that name none when the document declares none (\"All times UTC\").",
            "# Setting it accepts such timelines.",
            "# default_zone: UTC",
            "",
            "# How a standard-time label is read in daylight season (EST in May): auto, literal or regional;",
            "# and what an ambiguous abbreviation means. The command line's --zone-labels and --ambiguous win.",
            "# zone_labels: auto",
            "# ambiguous:",
            "#   IST: Asia/Kolkata",
            "",
            "# Rule severities by id or name: error (fails CI), warning (fails with --strict), note, or off.",
            "# `postmortem check --list-rules` lists the rules; `--explain PM002` says why each one exists.",
            "rules:",
        ]
        for rule in RuleCatalog.rules().map(\.descriptor) {
            let setting = "  # \(rule.id): \(rule.defaultSeverity.rawValue)"
            lines.append(setting.padding(toLength: 26, withPad: " ", startingAt: 0) + "# \(rule.name)")
        }
        lines += [
            "",
            "# Sections: add headings that count for a built-in section, or require a section of your own.",
            "# Built-in keys: " + StandardSections.all.map(\.key).joined(separator: ", ") + ".",
            "sections:",
            "  # impact:",
            "  #   synonyms: [Customer impact on payments]",
            "  # security-review:",
            "  #   title: Security review",
            "  #   synonyms: [Security review, Security assessment]",
            "  #   severity: error",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
