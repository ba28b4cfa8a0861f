/// Why a document could not be parsed: libxml2's first serious error, when there was one.
struct MarkupParseError: Error, Sendable, Hashable {
    /// The error libxml2 reported.
    var issue: MarkupIssue?
    /// A sentence for the user.
    var reason: String
}
