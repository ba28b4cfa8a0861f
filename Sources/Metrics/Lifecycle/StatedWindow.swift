import Foundation

/// A window of impact the text states: a range (`between 12:15 and 12:21 PM PDT we observed …`),
/// two times of one sentence joined as a range (`between August 21 at 15:00 UTC, and September 2
/// at 15:22 UTC …`), or an end alone (`… lasting until 20:30 UTC`).
struct StatedWindow {
    /// How the text states the window.
    enum Shape: String {
        /// One reconciled range.
        case range
        /// Two times of one sentence joined by range wording.
        case sentence
        /// An end alone (`until`, `lasting until`, `ended at`).
        case until
    }

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

    /// How the rule names it.
    var name: String {
        switch shape {
        case .range: "stated range"
        case .sentence: "stated window (two times of one sentence)"
        case .until: "stated end (\"until\")"
        }
    }
}
