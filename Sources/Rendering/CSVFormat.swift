/// The `csv` format, RFC 4180: a header row, then one record per row, every line ended by
/// CRLF. A field is quoted when it holds a comma, a quote, CR or LF, with quotes doubled.
/// Lists are joined with `; ` (a comma would split them across fields for a careless
/// reader); null is an empty field. Text is written as it is, control characters included.
func renderCSV(_ table: ResultTable) -> String {
    var output = csvRecord(table.columns)
    for row in table.rows {
        output += csvRecord(table.columns.indices.map { table.cell(row, $0).text(listSeparator: "; ") })
    }
    return output
}

private func csvRecord(_ fields: [String]) -> String {
    fields.map(csvField).joined(separator: ",") + "\r\n"
}

private func csvField(_ field: String) -> String {
    let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
    guard needsQuotes else { return field }
    var quoted = "\""
    for scalar in field.unicodeScalars {
        if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
    }
    return quoted + "\""
}
