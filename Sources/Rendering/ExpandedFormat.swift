import Diagnostics

/// The `expanded` format: one block per row, like psql's `\x`.
///
///     -[ RECORD 1 ]--------------
///     id    | elz.A2.2
///     hours | 12
///     note  | a note that runs
///           | on to a second line
///
/// Column names are padded to one width. A value with line breaks continues on the next
/// lines (unlike the table format, which shows `⏎`), and with a `width`, long values wrap
/// at spaces; continuation lines are indented under the value. A null is empty, as in
/// every other format: a missing value looks the same on a terminal and in a pipe. Names wider than a third of `width` are cut, so values keep room.
func renderExpanded(_ table: ResultTable, width: Int?, color: Bool) -> String {
    if table.rows.isEmpty { return "(0 rows)\n" }
    var labels = table.columns.map(escapeForTerminal)
    var labelWidth = labels.map(displayWidth).max() ?? 0
    if let width, labelWidth > max(8, width / 3) {
        labelWidth = max(8, width / 3)
        labels = labels.map { truncate($0, toWidth: labelWidth) }
    }
    let valueWidth = width.map { max(1, $0 - labelWidth - 3) }

    let records = table.rows.map { row in
        table.columns.indices.map { valueLines(table.cell(row, $0), width: valueWidth, color: color) }
    }
    let widestValue = records.lazy.flatMap { $0.lazy.flatMap { $0.map(displayWidth) } }.max() ?? 0
    let ruleWidth = labelWidth + 3 + widestValue
    let continuation = String(repeating: " ", count: labelWidth) + " |"
    let paddedLabels = labels.map { label in
        (color ? TerminalStyle.bold(label) : label)
            + String(repeating: " ", count: labelWidth - displayWidth(label)) + " |"
    }

    var output = ""
    for (index, record) in records.enumerated() {
        output += recordRule(number: index + 1, labelWidth: labelWidth, ruleWidth: ruleWidth)
        for (column, valueLines) in record.enumerated() {
            output += paddedLabels[column]
            for (lineIndex, line) in valueLines.enumerated() {
                if lineIndex > 0 { output += continuation }
                output += line.isEmpty ? "\n" : " " + line + "\n"
            }
        }
    }
    return output
}

/// `-[ RECORD 3 ]---+------`, the `+` above the column separator when the title leaves room.
private func recordRule(number: Int, labelWidth: Int, ruleWidth: Int) -> String {
    let title = "-[ RECORD \(number) ]"
    if title.count < labelWidth + 1 {
        return title + String(repeating: "-", count: labelWidth + 1 - title.count) + "+"
            + String(repeating: "-", count: max(1, ruleWidth - labelWidth - 2)) + "\n"
    }
    return title + String(repeating: "-", count: max(1, ruleWidth - title.count)) + "\n"
}

/// A value as the lines it takes: split at its line breaks, made terminal-safe, wrapped.
private func valueLines(_ cell: ResultTable.Cell, width: Int?, color: Bool) -> [String] {
    if cell.isNull { return [""] }
    return lines(of: cell.text()).flatMap { line in
        let safe = escapeForTerminal(String(line))
        return width.map { wrap(safe, toWidth: $0) } ?? [safe]
    }
}
