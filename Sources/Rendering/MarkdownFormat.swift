import Diagnostics

/// The `markdown` format: a GitHub-flavoured table, numbers right-aligned by a `---:` rule.
///
///     | id | hours |
///     |---|---:|
///     | elz.A2.2 | 12 |
///
/// A `|` in a cell is escaped as `\|` and a line break becomes `<br>`, so a cell cannot
/// break the table; other control characters are spelled out as in the terminal formats.
func renderMarkdown(_ table: ResultTable, into output: inout [UInt8]) {
    markdownRow(table.columns, into: &output)
    output.append("|")
    for column in table.columns.indices { output.append(table.isNumericColumn(column) ? "---:|" : "---|") }
    output.append(.newline)
    for row in table.rows {
        markdownRow(table.columns.indices.map { table.cell(row, $0).text() }, into: &output)
    }
}

private func markdownRow(_ cells: [String], into output: inout [UInt8]) {
    output.append("|")
    for cell in cells {
        output.append(.space)
        markdownCell(cell, into: &output)
        output.append(" |")
    }
    output.append(.newline)
}

private func markdownCell(_ text: String, into output: inout [UInt8]) {
    for (index, line) in lines(of: text).enumerated() {
        if index > 0 { output.append("<br>") }
        // `|` is one byte in UTF-8 and never part of another character.
        for byte in escapeForTerminal(String(line)).utf8 {
            if byte == UInt8(ascii: "|") { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
        }
    }
}
