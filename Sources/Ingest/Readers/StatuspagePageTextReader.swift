import Foundation
import IncidentModel

/// Reads the text of a Statuspage incident page: title, vendor line, then label, body and
/// `Posted` blocks, newest first, the postmortem first.
///
/// Text cut off mid-block keeps what is complete and says what was cut.
struct StatuspagePageTextReader {
    /// The file name used in places.
    var file: String

    private static let labels = [
        "Investigating", "Identified", "Monitoring", "Update", "Resolved", "Postmortem", "Scheduled", "In progress",
        "Verifying", "Completed",
    ]

    /// Whether the text reads as a Statuspage incident page.
    static func looksLikePageText(_ text: String) -> Bool {
        // Every sniffed text comes here; most have no such line, and finding none is far cheaper
        // than splitting a whole document into lines to look at ten of them.
        guard Self.utf8Contains(text, "Incident Report for ") else { return false }
        return TextLines(text).lines.prefix(10).contains {
            $0.text.trimmingWhitespace().hasPrefix("Incident Report for ")
        }
    }

    /// Whether `text` holds `needle`, byte for byte (Foundation's `contains` bridges the whole
    /// text to an `NSString` first).
    static func utf8Contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        return text.withUTF8 { FormatSniffer.contains(needle, in: UnsafeRawBufferPointer($0)) }
    }

    /// Reads the text.
    func read(_ data: Data) -> ReadResult {
        guard let text = String(validating: data, as: UTF8.self) else {
            return ReadResult(
                failure: ReadFailure(
                    file: file, reason: "the text is not valid UTF-8", expected: "Statuspage page text"),
                format: .aggregatorText)
        }
        let lines = TextLines(text).lines
        guard
            let reportIndex = lines.firstIndex(where: {
                $0.text.trimmingWhitespace().hasPrefix("Incident Report for ")
            })
        else {
            return ReadResult(
                failure: ReadFailure(
                    file: file, reason: "no `Incident Report for` line", expected: "Statuspage page text"),
                format: .aggregatorText)
        }
        let vendor = lines[reportIndex].text.trimmingWhitespace().dropFirst(
            "Incident Report for ".count)
        let title = lines[..<reportIndex].last { !$0.text.trimmingWhitespace().isEmpty }?.text ?? ""
        var components: [String] = []
        var entries: [TimelineAssembler.Entry] = []
        var diagnostics: [Diagnostic] = []
        var label: (text: String, line: Int)?
        var body: [(text: String, line: Int)] = []
        func close(posted: (text: String, line: Int)?) {
            guard let open = label else { return }
            let place = SourcePlace(file: file, line: posted?.line ?? open.line)
            let bodyText = body.map(\.text).joined(separator: "\n")
            let isPostmortem = Status(label: open.text) == .postmortem
            if let posted {
                let written = WrittenTime(text: posted.text, place: place)
                let blocks = isPostmortem ? PostmortemOutline.blocks(plainLines: body, file: file) : nil
                entries.append(
                    TimelineAssembler.Entry(label: open.text, body: bodyText, written: written, blocks: blocks))
            } else {
                diagnostics.append(
                    Diagnostic(
                        code: .ingestTruncated, severity: .warning, place: SourcePlace(file: file, line: open.line),
                        message: "The text stops inside the `\(open.text)` block, before its `Posted` line."))
                if isPostmortem {
                    entries.append(
                        TimelineAssembler.Entry(
                            label: open.text, body: bodyText,
                            written: WrittenTime(text: "", place: SourcePlace(file: file, line: open.line)),
                            blocks: PostmortemOutline.blocks(plainLines: body, file: file)))
                }
            }
            label = nil
            body = []
        }
        for entry in lines[(reportIndex + 1)...] {
            let line = entry.text.trimmingWhitespace()
            if line.isEmpty { continue }
            if line.hasPrefix("This incident affected:") {
                components = ComponentList.split(line)
                continue
            }
            if Self.labels.contains(line) {
                close(posted: nil)
                label = (line, entry.line)
                continue
            }
            if line.hasPrefix("Posted "), label != nil {
                close(posted: (String(line.dropFirst("Posted ".count)), entry.line))
                continue
            }
            if label != nil { body.append((entry.text, entry.line)) }
        }
        close(posted: nil)
        let assembled = TimelineAssembler(maintenanceHint: false).assemble(newestFirst: entries)
        var postmortem = assembled.postmortem
        if postmortem?.posted?.text.isEmpty == true { postmortem?.posted = nil }
        let incident = Incident(
            id: IncidentURL.fallbackID(file: file), vendor: String(vendor), sourceFormat: .aggregatorText,
            place: SourcePlace(file: file, line: 1), title: title, components: components,
            isMaintenance: assembled.isMaintenance, updates: assembled.updates, postmortem: postmortem,
            diagnostics: diagnostics)
        return ReadResult(incidents: [incident], format: .aggregatorText)
    }
}
