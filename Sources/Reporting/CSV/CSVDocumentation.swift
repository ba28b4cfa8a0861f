/// Renders the column documentation of the CSV files as a Markdown section, from the column
/// definitions themselves (the README's CSV section is this text).
public enum CSVDocumentation {
    /// The Markdown section: the conventions, then one table of columns per file.
    public static func markdown() -> String {
        var lines: [String] = [
            "## CSV files",
            "",
            "`postmortem report` writes five CSV files beside `report.md`. They follow RFC 4180: UTF-8 without a byte",
            "order mark, a header row, comma-separated, CRLF line ends, and a field in double quotes (inner quotes",
            "doubled) only when it holds a comma, a quote or a line break. Conventions in every file:",
            "",
            "- Instants are ISO 8601 in UTC with `Z`, to the second: `2025-01-10T16:37:00Z`.",
            "- Minutes are decimal with one digit after the point: `83.5`.",
            "- An empty field means unknown (never zero).",
            "- Lists inside a field are joined with `; `.",
            "- `true` / `false` for yes/no fields.",
            "- Rows are in a fixed order, so the same inputs give byte-identical files.",
            "- Text from the sources (the columns of kind `text` and `paragraphs` below) is neutralised for",
            "  spreadsheets and terminals, as OWASP advises for CSV injection: a field that starts with `=`, `+`, `-`,",
            "  `@`, a tab or a CR gets a leading `'` (a spreadsheet shows the text, never runs it), and control",
            "  characters are written as `\\n`, `\\u{1B}`: a line break in a `text` field (a title, a file name) is",
            "  escaped, one in a `paragraphs` field (an update's body) is kept inside quotes. Columns of the other kinds",
            "  (`code`, `instant`, `minutes`, `integer`, `boolean`, `fraction`) are never changed. `--raw-csv` (on `report`, `incidents` and",
            "  `timeline`) writes every field exactly as read, for pipelines that load the files as data.",
            "",
            "Open them in a spreadsheet as written. For pandas (`pd.read_csv(\"incidents.csv\",",
            "parse_dates=[\"impact_start\"])`) or `sqlite3` (`.import --csv incidents.csv incidents`), write them with",
            "`--raw-csv`, so text arrives as the source wrote it. `incident_id` with `vendor` joins the files.",
        ]
        for table in CSVTables.documentation {
            lines += [
                "", "### `\(table.fileName)`", "", table.rowMeaning, "", "| Column | Kind | Meaning |", "|---|---|---|",
            ]
            for column in table.columns {
                lines.append("| `\(column.name)` | \(column.kind.rawValue) | \(column.meaning.replacingPipes()) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        var out = ""
        for character in self {
            if character == "|" { out += "\\|" } else { out.append(character) }
        }
        return out
    }
}
