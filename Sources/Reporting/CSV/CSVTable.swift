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

    /// The RFC 4180 text of the rows, header first.
    public func render(_ rows: [Row]) -> String {
        var writer = CSVWriter(header: header)
        for row in rows {
            writer.append(columns.map { $0.value(row) })
        }
        return writer.text
    }

    /// The header record with its line ending, as ``render(_:)`` starts.
    public var headerLine: String { CSVWriter.record(header) }

    /// One row's record with its line ending, as ``render(_:)`` writes it.
    public func line(_ row: Row) -> String { CSVWriter.record(columns.map { $0.value(row) }) }

    /// The table's documentation, independent of the row type.
    public var documentation: CSVTableDocumentation {
        CSVTableDocumentation(
            fileName: fileName, rowMeaning: rowMeaning, columns: columns.map { ($0.name, $0.meaning) })
    }
}

/// The documentation of one CSV file: its name, what a row is, and each column's meaning.
public struct CSVTableDocumentation: Sendable {
    /// The file name.
    public var fileName: String
    /// What one row stands for.
    public var rowMeaning: String
    /// Each column's name and meaning, in file order.
    public var columns: [(name: String, meaning: String)]
}
