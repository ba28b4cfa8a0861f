/// One file of a report: its name inside the output folder and its text.
public struct ReportFile: Sendable, Hashable {
    /// The file name, such as `incidents.csv` or `report.md`.
    public var name: String
    /// The full text, UTF-8 when written.
    public var text: String

    /// Creates a file.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
