/// Whitespace handling shared by the postmortem readers.
enum InlineText {
    /// `text` with runs of whitespace (spaces, tabs, newlines, no-break spaces) turned into one
    /// space and the ends trimmed.
    static func collapse(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
