import IncidentModel

/// Reads the action items of a document: table rows by their header, list items by their fields
/// (`Owner: …`, `@handle`, a link or `ABC-123`, `Status: …` or a checkbox).
enum ActionItemReader {
    static let ownerColumns = ["owner", "owners", "assignee", "assigned to", "who", "responsible", "dri", "team"]
    static let ticketColumns = [
        "ticket", "tickets", "bug", "issue", "link", "jira", "tracking", "tracker", "reference", "ref", "pr",
    ]
    static let statusColumns = ["status", "state", "progress", "done"]
    static let statusWords: Set<String> = [
        "open", "todo", "to do", "in progress", "in-progress", "done", "closed", "complete", "completed", "blocked",
        "planned", "not started", "started", "wip", "merged", "shipped", "resolved", "won't do", "wont do",
        "cancelled", "canceled", "in review", "pending", "scheduled",
    ]
    /// Cell values that mean nothing was written.
    static let emptyValues: Set<String> = [
        "", "-", "—", "–", "?", "??", "???", "n/a", "na", "tbd", "none", "unassigned", "nobody", "todo",
    ]

    /// The action items under every action-items section of `document`.
    static func items(in document: CheckedDocument) -> [ActionItem] {
        var found: [ActionItem] = []
        var seen = Set<SourcePlace>()
        for scope in document.sections("action-items") {
            for section in scope.sections {
                for item in items(in: section) where seen.insert(item.place).inserted { found.append(item) }
            }
        }
        return found
    }

    /// The items of one section: its table rows and its top-level list items.
    static func items(in section: DocumentSection) -> [ActionItem] {
        var items: [ActionItem] = []
        var listLines: [DocumentLine] = []
        func flushList() {
            items += listItems(listLines)
            listLines = []
        }
        let names = section.tableHeader.map { HeadingNormalizer.normalize($0) }
        for line in section.lines {
            switch line.kind {
            case .tableRow:
                flushList()
                items.append(tableItem(line, names: names))
            case .listItem:
                listLines.append(line)
            default:
                flushList()
            }
        }
        flushList()
        return items
    }

    private static func tableItem(_ line: DocumentLine, names: [String]) -> ActionItem {
        func cell(_ columns: [String]) -> (present: Bool, value: String?) {
            guard
                let index = names.firstIndex(where: { name in
                    columns.contains { HeadingNormalizer.matches(name, synonym: $0) }
                })
            else { return (false, nil) }
            let value = index < line.cells.count ? line.cells[index].trimmed : ""
            return (
                true,
                emptyValues.contains(value.lowercased()) || PlaceholderRule.placeholders(in: value).count > 0
                    ? nil : value
            )
        }
        let owner = cell(ownerColumns)
        let ticketCell = cell(ticketColumns)
        let status = cell(statusColumns)
        var missing: [String] = []
        if !owner.present { missing.append("Owner") }
        if !ticketCell.present && line.links.isEmpty { missing.append("Ticket") }
        if !status.present { missing.append("Status") }
        let ticket = ticketCell.value ?? line.links.first ?? fields(of: line.text).ticket
        return ActionItem(
            text: line.text, place: line.place, owner: owner.value, ticket: ticket, status: status.value,
            missingColumns: missing)
    }

    /// Top-level list items with their nested items folded in (nesting is read from the column).
    private static func listItems(_ lines: [DocumentLine]) -> [ActionItem] {
        guard let topColumn = lines.map({ $0.place.column ?? 1 }).min() else { return [] }
        var groups: [[DocumentLine]] = []
        for line in lines {
            if (line.place.column ?? 1) <= topColumn || groups.isEmpty {
                groups.append([line])
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        return groups.map { group in
            let text = group.map(\.text).joined(separator: "; ")
            let found = fields(of: text)
            let links = group.flatMap(\.links)
            let checkbox = group[0].checked.map { $0 ? "done" : "open" }
            return ActionItem(
                text: text, place: group[0].place, owner: found.owner, ticket: found.ticket ?? links.first,
                status: found.status ?? checkbox)
        }
    }

    /// Owner, ticket and status read from free text.
    static func fields(of text: String) -> (owner: String?, ticket: String?, status: String?) {
        var owner: String?
        var ticket: String?
        var status: String?
        let segments = text.split(whereSeparator: { ";|,()[]—".contains($0) }).map { String($0).trimmed }
        for segment in segments {
            let lower = segment.lowercased()
            if let value = value(
                after: ["owner", "owners", "assignee", "assigned to", "owned by", "dri", "who"], in: segment),
                !emptyValues.contains(value.lowercased())
            {
                owner = owner ?? value
            }
            if let value = value(after: ["ticket", "bug", "issue", "jira", "tracking", "link"], in: segment),
                !emptyValues.contains(value.lowercased())
            {
                ticket = ticket ?? value
            }
            if let value = value(after: ["status", "state"], in: segment), !emptyValues.contains(value.lowercased()) {
                status = status ?? value
            }
            if statusWords.contains(lower) { status = status ?? segment }
        }
        if owner == nil { owner = handle(in: text) }
        if ticket == nil { ticket = ticketID(in: text) }
        return (owner, ticket, status)
    }

    /// The value after `key:` (`key=`, `key #`; or `assigned to X`, `owned by X`) at the start of a segment.
    private static func value(after keys: [String], in segment: String) -> String? {
        let lower = segment.lowercased()
        for key in keys where lower.hasPrefix(key) {
            let rest = segment.dropFirst(key.count)
            let spaced = key.contains(" ")
            let afterSpaces = rest.drop { $0 == " " }
            guard let first = afterSpaces.first else { continue }
            let value: Substring
            if first == ":" || first == "=" {
                value = afterSpaces.dropFirst()
            } else if first == "#" || (spaced && rest.first == " ") {
                value = afterSpaces
            } else {
                continue
            }
            let cleaned = String(value).trimmed
            if !cleaned.isEmpty { return cleaned }
        }
        return nil
    }

    /// An `@handle`.
    private static func handle(in text: String) -> String? {
        for word in text.split(whereSeparator: { $0.isWhitespace || ",;()[]".contains($0) }) where word.hasPrefix("@") {
            if word.count > 1 { return String(word) }
        }
        return nil
    }

    /// A tracker id such as `OPS-123` or `#456`.
    private static func ticketID(in text: String) -> String? {
        for word in text.split(whereSeparator: { $0.isWhitespace || ",;()[]".contains($0) }) {
            let token = word.trimmingSuffix(".:")
            if token.hasPrefix("#"), token.count > 1, token.dropFirst().allSatisfy(\.isNumber) { return String(token) }
            let parts = token.split(separator: "-")
            if parts.count == 2, parts[0].count >= 2, parts[0].allSatisfy({ $0.isUppercase || $0.isNumber }),
                parts[0].first?.isLetter == true, parts[1].allSatisfy(\.isNumber), !parts[1].isEmpty
            {
                return String(token)
            }
        }
        return nil
    }
}

extension Substring {
    /// The text without trailing characters from `characters`.
    fileprivate func trimmingSuffix(_ characters: String) -> Substring {
        var copy = self
        while let last = copy.last, characters.contains(last) { copy.removeLast() }
        return copy
    }
}
