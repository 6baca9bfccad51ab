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
func renderExpanded(_ table: ResultTable, width: Int?, color: Bool, into output: inout [UInt8]) {
    if table.rows.isEmpty { return output.append("(0 rows)\n") }
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
    var continuation: [UInt8] = []
    continuation.append(.space, times: labelWidth)
    continuation.append(" |")
    let paddedLabels = labels.map { label in
        var padded: [UInt8] = []
        padded.append(color ? TerminalStyle.bold(label) : label)
        padded.append(.space, times: labelWidth - displayWidth(label))
        padded.append(" |")
        return padded
    }

    for (index, record) in records.enumerated() {
        recordRule(number: index + 1, labelWidth: labelWidth, ruleWidth: ruleWidth, into: &output)
        for (column, valueLines) in record.enumerated() {
            output += paddedLabels[column]
            for (lineIndex, line) in valueLines.enumerated() {
                if lineIndex > 0 { output += continuation }
                if !line.isEmpty {
                    output.append(.space)
                    output.append(line)
                }
                output.append(.newline)
            }
        }
    }
}

/// `-[ RECORD 3 ]---+------`, the `+` above the column separator when the title leaves room.
private func recordRule(number: Int, labelWidth: Int, ruleWidth: Int, into output: inout [UInt8]) {
    let title = "-[ RECORD \(number) ]"
    output.append(title)
    if title.count < labelWidth + 1 {
        output.append(UInt8(ascii: "-"), times: labelWidth + 1 - title.count)
        output.append(UInt8(ascii: "+"))
        output.append(UInt8(ascii: "-"), times: max(1, ruleWidth - labelWidth - 2))
    } else {
        output.append(UInt8(ascii: "-"), times: max(1, ruleWidth - title.count))
    }
    output.append(.newline)
}

/// A value as the lines it takes: split at its line breaks, made terminal-safe, wrapped.
private func valueLines(_ cell: ResultTable.Cell, width: Int?, color: Bool) -> [String] {
    if cell.isNull { return [""] }
    return lines(of: cell.text()).flatMap { line in
        let safe = escapeForTerminal(String(line))
        return width.map { wrap(safe, toWidth: $0) } ?? [safe]
    }
}
