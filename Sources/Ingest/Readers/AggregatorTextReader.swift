import Foundation
import IncidentModel

/// Reads aggregator text (pingoru.io style): `- investigating Jan 10, 2025, 04:37 PM UTC` lines,
/// oldest first, each followed by its body; a postmortem flattened onto one line is split back
/// into headings, paragraphs and list items.
struct AggregatorTextReader {
    /// The file name used in places.
    var file: String

    private static let statuses = [
        "investigating", "identified", "monitoring", "resolved", "postmortem", "scheduled", "in progress",
        "verifying", "completed", "update",
    ]

    /// Whether the text has at least one aggregator update line.
    static func looksLikeAggregator(_ text: String) -> Bool {
        // Every sniffed text comes here; splitting a whole postmortem into lines is far dearer than
        // finding, byte by byte, that no line can start an update.
        guard mayHoldUpdateLine(text) else { return false }
        return TextLines(text).lines.contains { updateLine($0.text) != nil }
    }

    /// Whether some line of `text` may be an update line.
    ///
    /// Such a line holds, after spaces or tabs, `- ` or a number and `.`, then a status label and a
    /// space. A line starting with any other non-ASCII byte (a wide space, a digit of another
    /// script) passes too, so the test only errs towards ``updateLine(_:)``, which decides.
    static func mayHoldUpdateLine(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if lineMayStartUpdate(bytes[start..<end]) { return true }
            start = end + 1
        }
        return false
    }

    private static let statusBytes = statuses.map { Array(($0 + " ").utf8) }

    private static func lineMayStartUpdate(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.startIndex
        while index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        guard index < line.endIndex else { return false }
        if line[index] >= 0x80 { return true }
        if line[index] == UInt8(ascii: "-") {
            guard index + 1 < line.endIndex, line[index + 1] == 0x20 else { return false }
            index += 2
        } else {
            guard line[index] >= 0x30, line[index] <= 0x39 else { return false }
            while index < line.endIndex, line[index] >= 0x30, line[index] <= 0x39 { index += 1 }
            guard index < line.endIndex else { return false }
            if line[index] >= 0x80 { return true }
            guard line[index] == UInt8(ascii: ".") else { return false }
            index += 1
            while index < line.endIndex, line[index] == 0x20 { index += 1 }
        }
        let rest = line[index...]
        return statusBytes.contains { rest.starts(with: $0) }
    }

    /// An update line's status label and time text: `- identified Jan 10, 2025, 05:04 PM UTC`
    /// (also `1. identified …`).
    static func updateLine(_ line: String) -> (label: String, time: String)? {
        var text = Substring(line.trimmingWhitespace())
        if text.hasPrefix("- ") {
            text = text.dropFirst(2)
        } else if let dot = text.firstIndex(of: "."), text[..<dot].allSatisfy(\.isNumber), !text[..<dot].isEmpty {
            text = text[text.index(after: dot)...].drop { $0 == " " }
        } else {
            return nil
        }
        guard let label = statuses.first(where: { text.hasPrefix($0 + " ") }) else { return nil }
        let time = text.dropFirst(label.count + 1).trimmingWhitespace()
        let tokens = time.split(separator: " ")
        guard tokens.count >= 5, MachineTime.monthNumber(String(tokens[0])) != nil,
            tokens.contains(where: { $0 == "AM" || $0 == "PM" }) || tokens.contains(where: { $0.contains(":") })
        else { return nil }
        return (label, time)
    }

    /// Reads the text.
    func read(_ data: Data) -> ReadResult {
        guard let text = String(validating: data, as: UTF8.self) else {
            return ReadResult(
                failure: ReadFailure(file: file, reason: "the text is not valid UTF-8", expected: "aggregator text"),
                format: .aggregatorText)
        }
        let lines = TextLines(text).lines
        var vendor = ""
        var impact = Impact.unknown
        var title = ""
        var components: [String] = []
        var summaryComponents: [String] = []
        var firstUpdate = lines.count
        for (index, entry) in lines.enumerated() where Self.updateLine(entry.text) != nil {
            firstUpdate = index
            break
        }
        var inComponents = false
        var candidates: [String] = []
        var vendorLine: Int?
        for entry in lines[..<firstUpdate] {
            let line = entry.text.trimmingWhitespace()
            if line.isEmpty { continue }
            if line == "Affected components" {
                inComponents = true
                continue
            }
            if line == "Update timeline" {
                inComponents = false
                continue
            }
            if inComponents {
                components.append(line)
                continue
            }
            if let summary = Self.summary(line) {
                if vendor.isEmpty { vendor = summary.vendor }
                if impact == .unknown { impact = summary.impact }
                summaryComponents = summary.components
                continue
            }
            if line.contains("View vendor source") {
                let word = line.split(separator: " ").first.map { String($0).lowercased() } ?? ""
                if impact == .unknown { impact = Impact(rawValue: word) ?? .unknown }
                continue
            }
            if vendorLine == nil, line.hasSuffix(" incident"), line.split(separator: " ").count <= 4 {
                vendor = String(line.dropLast(" incident".count))
                vendorLine = candidates.count
                continue
            }
            candidates.append(line)
        }
        // The title is the first line after the `<Vendor> incident` line.
        if let vendorLine, vendorLine < candidates.count { title = candidates[vendorLine] }
        if components.isEmpty { components = summaryComponents }
        var entries: [TimelineAssembler.Entry] = []
        var index = firstUpdate
        while index < lines.count {
            guard let update = Self.updateLine(lines[index].text) else {
                index += 1
                continue
            }
            var body: [String] = []
            var next = index + 1
            while next < lines.count, Self.updateLine(lines[next].text) == nil {
                let line = lines[next].text.trimmingWhitespace()
                if !line.isEmpty { body.append(line) }
                next += 1
            }
            let place = SourcePlace(file: file, line: lines[index].line)
            let written = WrittenTime(text: update.time, place: place)
            let bodyText = body.joined(separator: "\n")
            var blocks: [OutlineBlock]?
            if Status(label: update.label) == .postmortem {
                blocks = body.enumerated().flatMap { offset, line in
                    PostmortemOutline.blocks(
                        flattened: line, place: SourcePlace(file: file, line: lines[index].line + 1 + offset))
                }
            }
            entries.append(
                TimelineAssembler.Entry(label: update.label, body: bodyText, written: written, blocks: blocks))
            index = next
        }
        let assembled = TimelineAssembler(maintenanceHint: false).assemble(newestFirst: entries.reversed())
        var diagnostics: [Diagnostic] = []
        let place = SourcePlace(file: file, line: 1)
        if title.isEmpty {
            diagnostics.append(
                Diagnostic(
                    code: .ingestNoTitle, severity: .note, place: place, message: "The text has no title line."))
        }
        let incident = Incident(
            id: IncidentURL.fallbackID(file: file), vendor: vendor, sourceFormat: .aggregatorText, place: place,
            title: title, impact: impact, components: components, isMaintenance: assembled.isMaintenance,
            updates: assembled.updates, postmortem: assembled.postmortem, diagnostics: diagnostics)
        return ReadResult(incidents: [incident], format: .aggregatorText)
    }

    /// The vendor, impact and components of a summary sentence: `Kustomer experienced a minor
    /// incident on … affecting A and B, lasting …` or `Minor incident at Kustomer on … touching A, …`.
    static func summary(_ line: String) -> (vendor: String, impact: Impact, components: [String])? {
        var vendor = ""
        var impactWord = ""
        if let range = line.range(of: " experienced a ") {
            vendor = String(line[..<range.lowerBound])
            impactWord = line[range.upperBound...].split(separator: " ").first.map(String.init) ?? ""
        } else if let range = line.range(of: " incident at "),
            let on = line.range(of: " on ", range: range.upperBound..<line.endIndex)
        {
            vendor = String(line[range.upperBound..<on.lowerBound])
            impactWord = String(line[..<range.lowerBound])
        } else {
            return nil
        }
        let impact = Impact(rawValue: impactWord.lowercased()) ?? .unknown
        return (vendor, impact, summaryComponents(line))
    }

    /// The components a summary names: `… affecting A and B and 1 more component, lasting …`.
    static func summaryComponents(_ sentence: String) -> [String] {
        guard let start = sentence.range(of: " affecting ") ?? sentence.range(of: " touching ") else { return [] }
        var rest = String(sentence[start.upperBound...])
        if let end = rest.range(of: ", lasting") { rest = String(rest[..<end.lowerBound]) }
        if rest.hasSuffix(".") { rest.removeLast() }
        return ComponentList.split(rest).filter { !$0.hasSuffix("more component") && !$0.hasSuffix("more components") }
    }
}
