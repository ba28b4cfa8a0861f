import Foundation
import Utilities

/// Lines on standard error, with control characters escaped so a file name cannot forge a line.
enum StandardError {
    /// Writes `message` as one line: its control characters (a newline in a file name, an escape)
    /// shown as ``ControlText`` writes them.
    static func line(_ message: String) {
        FileHandle.standardError.write(Data((ControlText.escaped(message) + "\n").utf8))
    }

    /// Writes text of the tool's own (help, usage) as it is.
    static func text(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
