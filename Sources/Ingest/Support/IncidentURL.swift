import Foundation
import IncidentModel

/// Incident codes and hosts from URLs (`https://status.x.com/incidents/l4222m9bmd6k#` gives
/// `l4222m9bmd6k`).
enum IncidentURL {
    /// The last path segment after `/incidents/` or `/maintenances/` (or the last segment),
    /// without a query or fragment.
    static func code(_ url: String) -> String? {
        var text = url
        if let cut = text.firstIndex(where: { $0 == "#" || $0 == "?" }) { text = String(text[..<cut]) }
        let segments = text.split(separator: "/").map(String.init)
        for (index, segment) in segments.enumerated()
        where (segment == "incidents" || segment == "maintenances") && index + 1 < segments.count {
            return segments[index + 1]
        }
        guard segments.count > 2, let last = segments.last, !last.contains(".") || last.hasSuffix(".json") else {
            return nil
        }
        return last.hasSuffix(".json") ? String(last.dropLast(5)) : last
    }

    /// Whether the URL points at a scheduled maintenance (`/maintenances/<id>`).
    static func isMaintenance(_ url: String) -> Bool {
        url.contains("/maintenances/")
    }

    /// The host without `www.` and without a leading `status.`, as a vendor fallback.
    static func vendor(fromHost url: String) -> String? {
        guard let host = URL(string: url.trimmingWhitespace())?.host, !host.isEmpty else {
            return nil
        }
        var name = host
        for prefix in ["www.", "status."] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        return name
    }

    /// The vendor from a page or feed title (`GitHub Status - Incident History`, `Box Status`).
    static func vendor(fromTitle title: String) -> String? {
        var name = title.trimmingWhitespaceAndNewlines()
        for suffix in [" - Incident History", " Incident History", " Status History"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        for suffix in [" Status Page", " Status", " status"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        name = name.trimmingWhitespace()
        return name.isEmpty ? nil : name
    }

    /// A stand-in id from a file path when the text carries no URL (`a/b/x.excerpt.txt` gives
    /// `x.excerpt`); standard input gives `stdin`.
    static func fallbackID(file: String) -> String {
        if file == "-" { return "stdin" }
        let name = (file as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }
}
