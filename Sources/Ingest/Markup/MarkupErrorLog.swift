import CLibXML2
import Foundation
import IncidentModel

/// Collects the errors libxml2 reports during one parse (bounded, so junk input stays cheap).
final class MarkupErrorLog {
    /// The errors kept, in the order reported.
    private(set) var issues: [MarkupIssue] = []
    /// How many errors were reported in all, kept or not.
    private(set) var count = 0
    /// The most errors kept.
    let limit: Int

    /// Creates an empty log.
    init(limit: Int = 32) {
        self.limit = limit
    }

    /// Records one libxml2 error.
    func record(_ error: xmlError) {
        count += 1
        guard issues.count < limit else { return }
        let raw = error.message.map { String(cString: $0) } ?? "error \(error.code)"
        // One line: libxml2 puts a second line ("Bytes: 0xC3 0x28") in some messages.
        let message = raw.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }.joined(separator: "; ")
        issues.append(
            MarkupIssue(
                code: Int(error.code), level: Int(error.level.rawValue), line: Int(error.line),
                column: Int(error.int2), message: message))
    }

    /// The first fatal error (`XML_ERR_FATAL`), else the first error (`XML_ERR_ERROR`).
    var firstSerious: MarkupIssue? {
        issues.first { $0.level >= Int(XML_ERR_FATAL.rawValue) }
            ?? issues.first { $0.level >= Int(XML_ERR_ERROR.rawValue) }
    }
}
