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
        "cancelled", "canceled", "in review", "pending", "scheduled", "fixed",
    ]
    /// Statuses of finished work: nothing is left to track, so no ticket is needed.
    static let finishedWords: Set<String> = [
        "done", "closed", "complete", "completed", "merged", "shipped", "resolved", "fixed", "won't do", "wont do",
        "cancelled", "canceled",
    ]
    /// Cell values that mean nothing was written.
    static let emptyValues: Set<String> = [
        "", "-", "—", "–", "?", "??", "???", "n/a", "na", "tbd", "none", "unassigned", "nobody", "todo",
    ]

    /// Whether `status` says the work is finished (`done`, `DONE`, `closed`, `[x]`).
    static func isFinished(_ status: String) -> Bool { finishedWords.contains(status.lowercased().trimmed) }

    /// A cell split into its value and the status written in it: the whole cell when it is a status
    /// word (`Open`), or a status in capitals closing it, as in the SRE book's table
    /// (`Bug 5554823 **TODO**`, `n/a **DONE**`).
    static func splitStatus(_ cell: String) -> (value: String, status: String?) {
        let trimmed = cell.trimmed
        if statusWords.contains(trimmed.lowercased()) { return ("", trimmed) }
        let words = trimmed.split(separator: " ")
        for count in [2, 1] where words.count > count {
            let tail = words.suffix(count).joined(separator: " ")
            if tail == tail.uppercased(), tail.contains(where: \.isLetter), statusWords.contains(tail.lowercased()) {
                return (words.dropLast(count).joined(separator: " "), tail)
            }
        }
        return (trimmed, nil)
    }

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

    /// The columns of a table row that hold the owner, the ticket and the status, by header name.
    struct Columns {
        var owner: Int?
        var ticket: Int?
        var status: Int?

        init(names: [String]) {
            func index(_ columns: [String]) -> Int? {
                names.firstIndex { name in columns.contains { HeadingNormalizer.matches(name, synonym: $0) } }
            }
            owner = index(ownerColumns)
            ticket = index(ticketColumns)
            status = index(statusColumns)
        }

        /// Whether column `index` holds what the item asks for: the first column that is not an
        /// owner, ticket or status column.
        func isAction(_ index: Int) -> Bool {
            var action = 0
            while [owner, ticket, status].contains(action) { action += 1 }
            return index == action
        }
    }

    private static func tableItem(_ line: DocumentLine, names: [String]) -> ActionItem {
        let columns = Columns(names: names)
        func cell(_ index: Int?) -> String? { index.flatMap { $0 < line.cells.count ? line.cells[$0].trimmed : "" } }
        func filled(_ value: String?) -> String? {
            guard let value, !emptyValues.contains(value.lowercased()), PlaceholderRule.placeholders(in: value).isEmpty
            else { return nil }
            return value
        }
        let owner = filled(cell(columns.owner))
        let ticketCell = cell(columns.ticket)
        var status: String?
        if let written = cell(columns.status) {
            status = statusWords.contains(written.lowercased()) ? written : filled(written)
        }
        if status == nil {
            // A status written in another cell: the SRE book's table has no Status column and puts
            // **TODO** or **DONE** after the bug number.
            status =
                line.cells.indices.lazy.filter { !columns.isAction($0) && $0 != columns.owner }
                .compactMap { splitStatus(line.cells[$0]).status }.first
        }
        var missing: [String] = []
        if columns.owner == nil { missing.append("Owner") }
        if columns.ticket == nil && line.links.isEmpty { missing.append("Ticket") }
        if columns.status == nil { missing.append("Status") }
        let ticket =
            filled(ticketCell.map { splitStatus($0).value }) ?? line.links.first ?? fields(of: line.text).ticket
        return ActionItem(
            text: line.text, place: line.place, owner: owner, ticket: ticket, status: status, missingColumns: missing)
    }

    /// The text of each table row and list item under the action-items sections, with the status
    /// words written where a status goes taken out (a Status cell, a status closing a cell, a
    /// list segment such as `(TODO)` or `Status: TODO`): there `TODO` is a status, not a placeholder.
    static func textsWithoutStatuses(in document: CheckedDocument) -> [SourcePlace: String] {
        var texts: [SourcePlace: String] = [:]
        for scope in document.sections("action-items") {
            for section in scope.sections {
                let columns = Columns(names: section.tableHeader.map { HeadingNormalizer.normalize($0) })
                for line in section.lines {
                    switch line.kind {
                    case .tableRow:
                        texts[line.place] = line.cells.indices.map { index in
                            if columns.isAction(index) || index == columns.owner { return line.cells[index] }
                            if index == columns.status, statusWords.contains(line.cells[index].trimmed.lowercased()) {
                                return ""
                            }
                            return splitStatus(line.cells[index]).value
                        }.joined(separator: " | ")
                    case .listItem:
                        let kept = segments(of: line.text).filter { segment in
                            let lower = segment.lowercased()
                            return
                                !(statusWords.contains(lower)
                                || value(after: ["status", "state"], in: segment).map {
                                    statusWords.contains($0.lowercased())
                                } == true)
                        }
                        texts[line.place] = kept.joined(separator: " ; ")
                    default:
                        continue
                    }
                }
            }
        }
        return texts
    }

    /// A list item's text cut at `;`, `|`, `,`, brackets and dashes.
    private static func segments(of text: String) -> [String] {
        text.split(whereSeparator: { ";|,()[]—".contains($0) }).map { String($0).trimmed }
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
        for segment in segments(of: text) {
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
            if let value = value(after: ["status", "state"], in: segment),
                statusWords.contains(value.lowercased()) || !emptyValues.contains(value.lowercased())
            {
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

    /// A tracker id such as `OPS-123`, `#456` or `Bug 5554823`.
    private static func ticketID(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace || ",;()[]".contains($0) })
        for (index, word) in words.enumerated() {
            let token = word.trimmingSuffix(".:")
            if index > 0, ["bug", "issue", "ticket"].contains(words[index - 1].lowercased()), token.count >= 2,
                token.allSatisfy(\.isNumber)
            {
                return "\(words[index - 1]) \(token)"
            }
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
