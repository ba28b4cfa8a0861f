/// Turns a check report into text in one format.
public protocol CheckFormatter: Sendable {
    /// The report as text, ending with a newline.
    func format(_ report: CheckReport) -> String
}

/// The formatter for a format.
public enum CheckFormatters {
    /// The formatter for `format`; `colour` applies to `human`, `strict` to what JUnit counts as a failure.
    public static func formatter(for format: CheckFormat, colour: Bool = false, strict: Bool = false)
        -> any CheckFormatter
    {
        switch format {
        case .human: HumanFormatter(colour: colour)
        case .github: GitHubFormatter()
        case .junit: JUnitFormatter(strict: strict)
        case .sarif: SARIFFormatter()
        case .json: JSONFormatter()
        }
    }
}
