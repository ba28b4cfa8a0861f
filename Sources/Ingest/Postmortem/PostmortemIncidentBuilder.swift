import IncidentModel

/// Turns a read postmortem document into an `Incident`: identity from the front matter or the
/// first H1, lifecycle markers from front-matter keys.
enum PostmortemIncidentBuilder {
    /// Front-matter keys read as lifecycle markers, in lifecycle order.
    static let markerKeys = ["impact_start", "detected", "identified", "mitigated", "resolved", "impact_end"]

    /// The incident for `postmortem`, read from `file` in `format`.
    static func incident(for postmortem: Postmortem, file: String, format: SourceFormat) -> Incident {
        let zone = value(postmortem, ["timezone", "time_zone", "zone"])
        let year = value(postmortem, ["date"]).flatMap { Int($0.prefix(4)) }
        var markers: [String: WrittenTime] = [:]
        for entry in postmortem.frontMatter {
            let key = entry.key.lowercased()
            guard markerKeys.contains(key), !entry.value.isEmpty else { continue }
            markers[key] = WrittenTime(
                text: entry.value, place: entry.place,
                context: TimeContext(pageZone: zone, declaredZone: zone, year: year))
        }
        let firstH1 = postmortem.sections.first { $0.level == 1 } ?? postmortem.sections.first
        let title = value(postmortem, ["title"]) ?? firstH1?.heading ?? baseName(of: file)
        let components =
            value(postmortem, ["components", "services", "affected_components"])?
            .split(separator: ",").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty } ?? []
        return Incident(
            id: value(postmortem, ["id", "incident_id", "incident"]) ?? baseName(of: file),
            vendor: value(postmortem, ["vendor", "team", "organization", "organisation", "company"]) ?? "",
            sourceFormat: format, place: SourcePlace(file: file, line: 1, column: 1), title: title,
            impact: impact(value(postmortem, ["impact", "severity"])), components: components,
            url: value(postmortem, ["url", "link"]), pageZone: zone, postmortem: postmortem,
            declaredStart: markers["impact_start"], declaredEnd: markers["impact_end"], markers: markers)
    }

    /// The first non-empty front-matter value among `keys`.
    private static func value(_ postmortem: Postmortem, _ keys: [String]) -> String? {
        for key in keys {
            if let value = postmortem.frontMatterValue(key), !value.isEmpty { return value }
        }
        return nil
    }

    /// An impact level from a front-matter `impact` or `severity` (`major`, `SEV1`, `P2`).
    static func impact(_ text: String?) -> Impact {
        guard let text else { return .unknown }
        let key = text.lowercased().filter { $0.isLetter || $0.isNumber }
        if let impact = Impact(rawValue: key) { return impact }
        switch key {
        case "sev0", "sev1", "p0", "p1", "s1", "high": return .critical
        case "sev2", "p2", "s2": return .major
        case "sev3", "sev4", "p3", "p4", "s3", "s4", "low", "medium": return .minor
        default: return .unknown
        }
    }

    private static func baseName(of file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}

extension Substring {
    /// The text without leading and trailing characters in `set`.
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var copy = self
        while copy.first == set { copy.removeFirst() }
        while copy.last == set { copy.removeLast() }
        return String(copy)
    }
}
