/// Stable Markdown anchors for incidents: the same incident always gets the same anchor.
public enum Anchor {
    /// A slug of lowercase ASCII letters, digits and single hyphens.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            let isWord = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isWord {
                if pendingHyphen && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "x" : out
    }

    /// The anchor of an incident: `incident-<vendor>-<id>`.
    public static func incident(vendor: String, id: String) -> String {
        "incident-\(slug(vendor))-\(slug(id))"
    }

    /// Anchors for a list of (vendor, id) pairs, in order, made unique with `-2`, `-3` suffixes.
    public static func unique(_ keys: [(vendor: String, id: String)]) -> [String] {
        var used: Set<String> = []
        var result: [String] = []
        for key in keys {
            let base = incident(vendor: key.vendor, id: key.id)
            var candidate = base
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            result.append(candidate)
        }
        return result
    }
}
