import Chronology
import Foundation
import IncidentModel

/// A document line with the times read from it.
public struct TimedLine: Sendable {
    /// The line.
    public var line: DocumentLine
    /// Every expression found and read, left to right (dates alone included).
    public var found: [FoundTime]
    /// Whether the line declares the zone for its section (`All times UTC`).
    public var isDeclaration: Bool

    /// Creates a timed line.
    public init(line: DocumentLine, found: [FoundTime], isDeclaration: Bool) {
        self.line = line
        self.found = found
        self.isDeclaration = isDeclaration
    }

    /// The expressions with a clock (`14:02`, `9:48 AM EST`, `10:52 AM - 12:55 PM EST`).
    public var clocked: [FoundTime] { found.filter { !$0.expression.isDateOnly } }

    /// Whether the line has only dates (a date heading such as `**Jan 10, 2025**`).
    public var isDateOnly: Bool { !found.isEmpty && clocked.isEmpty }

    /// The first clocked time's instant, when it was read.
    public var instant: Date? { clocked.first?.start?.instant }
}
