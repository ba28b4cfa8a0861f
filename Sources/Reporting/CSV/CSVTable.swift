/// A CSV file's definition: its name, what a row is, and its columns in order.
public struct CSVTable<Row>: Sendable {
    /// The file name, such as `incidents.csv`.
    public var fileName: String
    /// What one row stands for, for the documentation.
    public var rowMeaning: String
    /// The columns, in file order.
    public var columns: [CSVColumn<Row>]

    /// Creates a table definition.
    public init(fileName: String, rowMeaning: String, columns: [CSVColumn<Row>]) {
        self.fileName = fileName
        self.rowMeaning = rowMeaning
        self.columns = columns
    }

    /// The header names, in order.
    public var header: [String] { columns.map(\.name) }

    /// The RFC 4180 text of the rows, header first, text fields written in `style`.
    public func render(_ rows: [Row], style: CSVStyle = .neutralised) -> String {
        var writer = CSVWriter(header: header)
        for row in rows {
            writer.append(fields(row, style: style))
        }
        return writer.text
    }

    /// The header record with its line ending, as ``render(_:)`` starts.
    public var headerLine: String { CSVWriter.record(header) }

    /// One row's record with its line ending, as ``render(_:)`` writes it.
    public func line(_ row: Row, style: CSVStyle = .neutralised) -> String {
        CSVWriter.record(fields(row, style: style))
    }

    /// A row's fields in column order, each written in `style` for its column's kind.
    public func fields(_ row: Row, style: CSVStyle = .neutralised) -> [String] {
        columns.map { style.field($0.value(row), kind: $0.kind) }
    }

    /// The table's documentation, independent of the row type.
    public var documentation: CSVTableDocumentation {
        CSVTableDocumentation(
            fileName: fileName, rowMeaning: rowMeaning, columns: columns.map { ($0.name, $0.kind, $0.meaning) })
    }
}

/// The documentation of one CSV file: its name, what a row is, and each column's meaning.
public struct CSVTableDocumentation: Sendable {
    /// The file name.
    public var fileName: String
    /// What one row stands for.
    public var rowMeaning: String
    /// Each column's name, kind and meaning, in file order.
    public var columns: [(name: String, kind: CSVFieldKind, meaning: String)]
}
