import Diagnostics

/// The `table` format: aligned columns between plain ASCII borders, then `(N rows)`.
///
///     +----------+-------+
///     | id       | hours |
///     +----------+-------+
///     | elz.A2.2 |    12 |
///     +----------+-------+
///     (1 row)
///
/// ASCII borders survive any pipe, font and code page. Text is left-aligned and numbers
/// right-aligned; a column of numbers right-aligns its header too. Cell text goes through
/// `escapeForTerminal` (a line break shows as `⏎`), so every line of the table has the same
/// display width; with a `width`, the widest columns shrink and their cells end in `…`.
func renderAlignedTable(_ table: ResultTable, width: Int?, color: Bool) -> String {
    let columnCount = table.columns.count
    let headers = table.columns.map { TableText(escapeForTerminal($0)) }
    let rows = table.rows.map { row in
        (0..<columnCount).map { TableText(cell: table.cell(row, $0), color: color) }
    }
    let numericColumns = (0..<columnCount).map(table.isNumericColumn)

    var widths = headers.map(\.width)
    for row in rows {
        for (column, text) in row.enumerated() where text.width > widths[column] { widths[column] = text.width }
    }
    if let width {
        let borders = 3 * columnCount + 1  // "| " before each column, " |" after the last, " | " between
        // A date cut short reads as another date: dates and periods keep their width while
        // anything does, and the text columns (a title) narrow first.
        let dates = (0..<columnCount).map { column in
            let cells = table.rows.map { table.cell($0, column) }.filter { !$0.isNull }
            return !cells.isEmpty && cells.allSatisfy { looksLikeDate($0.text()) }
        }
        widths = fitColumnWidths(natural: widths, headers: headers.map(\.width), available: width - borders, keeping: dates)
    }

    let border = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+\n"
    var output = border
    output += line(headers.indices.map { column in
        let header = headers[column].fitted(to: widths[column], rightAligned: numericColumns[column])
        return color ? header.styled(TerminalStyle.bold) : header.padded
    })
    output += border
    for row in rows {
        output += line(row.indices.map { column in
            let text = row[column]
            let fitted = text.fitted(to: widths[column], rightAligned: text.isNumeric)
            return fitted.padded
        })
    }
    if !rows.isEmpty { output += border }
    output += rows.count == 1 ? "(1 row)\n" : "(\(rows.count) rows)\n"
    return output
}

private func line(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |\n"
}

/// Cell or header text as shown, with its display width measured once.
private struct TableText {
    var text: String
    var width: Int
    var isNumeric = false
    var isNull = false

    init(_ text: String) {
        self.text = text
        self.width = displayWidth(text)
    }

    init(cell: ResultTable.Cell, color: Bool) {
        self.init(escapeForTerminal(cell.text()))
        isNumeric = cell.isNumeric
        isNull = cell.isNull
    }

    /// Truncated to `width` if wider, and split into the text and the spaces that pad it,
    /// so a style can wrap the text alone.
    func fitted(to width: Int, rightAligned: Bool) -> FittedText {
        let (shown, shownWidth) = self.width > width && width > 0 ? cut(text, toWidth: width) : (text, self.width)
        let padding = String(repeating: " ", count: max(0, width - shownWidth))
        return FittedText(text: shown, padding: padding, rightAligned: rightAligned)
    }
}

private struct FittedText {
    var text: String
    var padding: String
    var rightAligned: Bool

    var padded: String { rightAligned ? padding + text : text + padding }

    func styled(_ style: (String) -> String) -> String {
        rightAligned ? padding + style(text) : style(text) + padding
    }
}
