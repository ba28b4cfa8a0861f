import IncidentModel

/// Template placeholders (`<fill in>`, `TODO`, `TBD`) left in the document.
public struct PlaceholderRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM011", name: "text.placeholder", defaultSeverity: .error,
        summary:
            "No template placeholder (`<fill in>`, `TODO`, `TBD`, `FIXME`, `???`) is left in the document; "
            + "an action item's status (`TODO` in a Status cell or closing a cell) is not one.",
        hint: "Replace the placeholder with the real text, or write `None` / `N/A` with a reason.",
        rationale: """
            A skeleton from `postmortem new` passes every structural rule as soon as its headings exist; \
            the placeholders are what shows it has not been written yet.
            """,
        example: "## Detection\n\nA latency alert paged the on-call engineer at 14:07 UTC.\n")

    /// One finding per placeholder, at its place.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for entry in document.postmortem.frontMatter {
            for placeholder in Self.placeholders(in: entry.value) {
                findings.append(
                    finding(
                        "front-matter key `\(entry.key)` still holds the placeholder \"\(placeholder)\"",
                        at: document.locate(placeholder, from: entry.place)))
            }
        }
        let lines = document.postmortem.preamble + document.postmortem.sections.flatMap(\.lines)
        let headings = document.postmortem.sections.map {
            DocumentLine(text: $0.heading, place: $0.place, kind: .heading)
        }
        // In an action item, TODO or DONE where a status goes is the status, not a placeholder.
        let actionItemTexts = ActionItemReader.textsWithoutStatuses(in: document)
        for line in (headings + lines).sorted(by: { $0.place < $1.place }) {
            for placeholder in Self.placeholders(in: actionItemTexts[line.place] ?? line.text) {
                findings.append(
                    finding(
                        "the placeholder \"\(placeholder)\" has not been filled in",
                        at: document.locate(placeholder, from: line.place)))
            }
        }
        return findings
    }

    /// The placeholders in `text`, in order.
    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        var index = text.startIndex
        while text.utf8.contains(0x3C), let open = text[index...].firstIndex(of: "<") {
            guard let close = text[open...].firstIndex(of: ">") else { break }
            let inner = text[text.index(after: open)..<close]
            let lower = inner.lowercased()
            let looksLikeTag =
                inner.contains("=") || inner.contains("\"") || inner.hasPrefix("/") || inner.hasPrefix("!")
            if !looksLikeTag,
                lower.contains("fill") || lower.contains("todo") || lower.contains("tbd") || inner.contains(" ")
            {
                found.append(String(text[open...close]))
            }
            index = text.index(after: close)
        }
        return found + markerWords(in: text)
    }

    /// `TODO`, `TBD`, `FIXME`, `XXX` in capitals and runs of three or more `?`, as whole words.
    private static func markerWords(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        var found: [String] = []
        var start = 0
        while start < bytes.count {
            var end = start
            let byte = bytes[start]
            if byte >= 0x41 && byte <= 0x5A {
                while end < bytes.count, bytes[end] >= 0x41 && bytes[end] <= 0x5A { end += 1 }
            } else if byte == 0x3F {
                while end < bytes.count, bytes[end] == 0x3F { end += 1 }
            } else {
                start += 1
                continue
            }
            let before = start == 0 || !isWordByte(bytes[start - 1])
            let after = end == bytes.count || !isWordByte(bytes[end])
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            if before, after, markers.contains(word) || (byte == 0x3F && end - start >= 3) { found.append(word) }
            start = end
        }
        return found
    }

    private static let markers: Set<String> = ["TODO", "TBD", "FIXME", "XXX"]

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
            || byte >= 0x80
    }
}
