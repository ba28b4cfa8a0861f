import CLibXML2
import Foundation
import IncidentModel

/// Collects the errors libxml2 reports during one parse (bounded, so junk input stays cheap).
///
/// Recording only copies the message bytes; the one-line `MarkupIssue`s are made when first
/// asked for, since most parses never look at them.
final class MarkupErrorLog {
    /// One error as libxml2 reported it, its message still raw bytes.
    private struct Recorded {
        var code: Int
        var level: Int
        var line: Int
        var column: Int
        var message: [UInt8]?
    }

    /// The errors kept, in the order reported.
    private var recorded: [Recorded] = []
    /// The issues made from `recorded`, once asked for.
    private var converted: [MarkupIssue]?
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
        guard recorded.count < limit else { return }
        let message = error.message.map { Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) }
        recorded.append(
            Recorded(
                code: Int(error.code), level: Int(error.level.rawValue), line: Int(error.line),
                column: Int(error.int2), message: message))
        converted = nil
    }

    /// The errors kept, in the order reported, each message made one line.
    var issues: [MarkupIssue] {
        if let converted { return converted }
        let made = recorded.map { entry in
            let raw = entry.message.map { String(decoding: $0, as: UTF8.self) } ?? "error \(entry.code)"
            // One line: libxml2 puts a second line ("Bytes: 0xC3 0x28") in some messages.
            let message = raw.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }
                .filter { !$0.isEmpty }.joined(separator: "; ")
            return MarkupIssue(
                code: entry.code, level: entry.level, line: entry.line, column: entry.column, message: message)
        }
        converted = made
        return made
    }

    /// The first fatal error (`XML_ERR_FATAL`), else the first error (`XML_ERR_ERROR`).
    var firstSerious: MarkupIssue? {
        issues.first { $0.level >= Int(XML_ERR_FATAL.rawValue) }
            ?? issues.first { $0.level >= Int(XML_ERR_ERROR.rawValue) }
    }
}
