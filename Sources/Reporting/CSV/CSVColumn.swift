/// One column of a CSV table: its header name, what it means, and how a row gives its value.
///
/// Names and meanings live here, beside the code that fills the column, so the documentation
/// (`CSVDocumentation`) cannot drift from the files.
public struct CSVColumn<Row>: Sendable {
    /// The header name, `snake_case`.
    public var name: String
    /// What the column holds, for the column documentation.
    public var meaning: String
    /// Text or a formatted value; a column is text unless it says otherwise.
    public var kind: CSVFieldKind
    /// The field for a row, already formatted (empty for unknown).
    public var value: @Sendable (Row) -> String

    /// Creates a column.
    public init(
        _ name: String, _ meaning: String, kind: CSVFieldKind = .text, _ value: @escaping @Sendable (Row) -> String
    ) {
        self.name = name
        self.meaning = meaning
        self.kind = kind
        self.value = value
    }
}
