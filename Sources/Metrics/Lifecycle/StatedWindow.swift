import Foundation

/// A window of impact the text states: a range (`between 12:15 and 12:21 PM PDT we observed …`),
/// two times of one sentence joined as a range (`between August 21 at 15:00 UTC, and September 2
/// at 15:22 UTC …`), or an end alone (`… lasting until 20:30 UTC`).
struct StatedWindow {
    /// How the text states the window.
    typealias Shape = LifecycleRule.WindowShape

    /// How the text states it.
    var shape: Shape
    /// The line giving the start (the only line, for a range or an end alone).
    var startLine: LifecycleLine
    /// The line giving the end.
    var endLine: LifecycleLine
    /// The start, unless the text gives an end alone.
    var start: Date?
    /// The end.
    var end: Date

    /// Whether it was read from a postmortem (else from an update body).
    var fromPostmortem: Bool { startLine.entry.source == .postmortem }
}
