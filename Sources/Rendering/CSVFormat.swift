import Diagnostics

/// The `csv` format, RFC 4180: a header row, then one record per row, every line ended by
/// CRLF. A field is quoted when it holds a comma, a quote, CR or LF, with quotes doubled.
/// Lists are joined with `; ` (a comma would split them across fields for a careless
/// reader); null is an empty field. Text is written as it is, control characters included.
func renderCSV(_ table: ResultTable, into output: inout [UInt8]) {
    csvRecord(table.columns, into: &output)
    var fields: [String] = []
    for row in table.rows {
        fields.removeAll(keepingCapacity: true)
        for column in table.columns.indices { fields.append(table.cell(row, column).text(listSeparator: "; ")) }
        csvRecord(fields, into: &output)
    }
}

private func csvRecord(_ fields: [String], into output: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        csvField(field, into: &output)
    }
    output.append("\r\n")
}

private func csvField(_ field: String, into output: inout [UInt8]) {
    let quote = UInt8(ascii: "\"")
    var copy = field
    let needsQuotes = copy.withUTF8 { bytes in
        ByteScan.first(in: bytes, quotedFieldBytes) < bytes.count
    }
    guard needsQuotes else { return output.append(field) }
    output.append(quote)
    // A quote is one byte in UTF-8 and never part of another character: doubling bytes is safe.
    for byte in field.utf8 {
        if byte == quote { output.append(quote) }
        output.append(byte)
    }
    output.append(quote)
}

/// The bytes that make a CSV field quoted: comma, quote, CR, LF.
private let quotedFieldBytes = BytePattern(UInt8(ascii: ","), UInt8(ascii: "\""), 0x0D, 0x0A)
