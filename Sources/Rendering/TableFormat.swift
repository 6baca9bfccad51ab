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
func renderAlignedTable(_ table: ResultTable, width: Int?, color: Bool, into output: inout [UInt8]) {
    let columnCount = table.columns.count
    let headers = table.columns.map { TableText(escapeForTerminal($0)) }
    // The cells row after row in one array (not an array per row): a batch of simple
    // queries renders many small tables.
    var cells: [TableText] = []
    cells.reserveCapacity(table.rows.count * columnCount)
    for row in table.rows {
        for column in 0..<columnCount { cells.append(TableText(cell: table.cell(row, column), color: color)) }
    }
    let rowCount = table.rows.count
    let numericColumns = (0..<columnCount).map(table.isNumericColumn)

    var widths = headers.map(\.width)
    for (index, text) in cells.enumerated() where text.width > widths[index % columnCount] {
        widths[index % columnCount] = text.width
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

    var border: [UInt8] = [UInt8(ascii: "+")]
    for width in widths {
        border.append(UInt8(ascii: "-"), times: width + 2)
        border.append(UInt8(ascii: "+"))
    }
    border.append(.newline)
    output.reserveCapacity(output.count + border.count * (rowCount + 4) + 16)
    output += border
    let headerStyle: ((String) -> String)? = color ? { TerminalStyle.bold($0) } : nil
    output.append("| ")
    for column in headers.indices {
        if column > 0 { output.append(" | ") }
        headers[column].write(fittedTo: widths[column], rightAligned: numericColumns[column],
                              style: headerStyle, into: &output)
    }
    output.append(" |\n")
    output += border
    for row in 0..<rowCount {
        output.append("| ")
        for column in 0..<columnCount {
            if column > 0 { output.append(" | ") }
            let cell = cells[row * columnCount + column]
            cell.write(fittedTo: widths[column], rightAligned: cell.isNumeric, style: nil, into: &output)
        }
        output.append(" |\n")
    }
    if rowCount > 0 { output += border }
    output.append(rowCount == 1 ? "(1 row)\n" : "(\(rowCount) rows)\n")
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

    /// Writes the text truncated to `width` if wider and padded with spaces to it, on the
    /// right or (right-aligned) the left; a style wraps the text alone, not its padding.
    func write(fittedTo width: Int, rightAligned: Bool, style: ((String) -> String)?, into output: inout [UInt8]) {
        let (shown, shownWidth) = self.width > width && width > 0 ? cut(text, toWidth: width) : (text, self.width)
        let padding = width - shownWidth
        if rightAligned { output.append(.space, times: padding) }
        output.append(style.map { $0(shown) } ?? shown)
        if !rightAligned { output.append(.space, times: padding) }
    }
}
