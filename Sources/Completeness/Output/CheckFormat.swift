/// The output formats of `postmortem check`.
public enum CheckFormat: String, Sendable, CaseIterable {
    /// Lines for a person, with hints; colour only on a terminal.
    case human
    /// GitHub Actions workflow commands (`::error file=…,line=…::message`), shown as annotations.
    case github
    /// JUnit XML, one test suite per file and one test case per rule.
    case junit
    /// SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.
    case sarif
    /// The report as JSON.
    case json
}
