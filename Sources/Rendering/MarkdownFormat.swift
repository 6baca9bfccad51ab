import Diagnostics

/// The `markdown` format: a GitHub-flavoured table, numbers right-aligned by a `---:` rule.
///
///     | id | hours |
///     |---|---:|
///     | elz.A2.2 | 12 |
///
/// A `|` in a cell is escaped as `\|` and a line break becomes `<br>`, so a cell cannot
/// break the table; other control characters are spelled out as in the terminal formats.
func renderMarkdown(_ table: ResultTable) -> String {
    var output = markdownRow(table.columns)
    output += "|" + table.columns.indices.map { table.isNumericColumn($0) ? "---:|" : "---|" }.joined() + "\n"
    for row in table.rows {
        output += markdownRow(table.columns.indices.map { table.cell(row, $0).text() })
    }
    return output
}

private func markdownRow(_ cells: [String]) -> String {
    "|" + cells.map { " " + markdownCell($0) + " |" }.joined() + "\n"
}

private func markdownCell(_ text: String) -> String {
    lines(of: text)
        .map { escapingPipes(escapeForTerminal(String($0))) }
        .joined(separator: "<br>")
}

private func escapingPipes(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "|")) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
        if scalar == "|" { result += "\\|" } else { result.unicodeScalars.append(scalar) }
    }
    return result
}
