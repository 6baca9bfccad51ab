/// The `json` format: an array with one object per row, keys in column order, one object
/// per line.
///
///     [
///       {"id": "elz.A2.2", "actors": ["ELZ", "SD3"], "hours": 12, "note": null}
///     ]
///
/// Strict RFC 8259: integers and finite numbers as JSON numbers (Swift's shortest round-trip
/// `description`, so `0.2` stays `0.2`), infinities and NaN as `null`, lists as arrays of
/// strings. Non-ASCII text stays UTF-8.
func renderJSON(_ table: ResultTable) -> String {
    if table.rows.isEmpty { return "[]\n" }
    let keys = table.columns.map { jsonString($0) + ": " }
    var output = "[\n"
    for (index, row) in table.rows.enumerated() {
        output += "  {"
        for column in keys.indices {
            if column > 0 { output += ", " }
            output += keys[column]
            output += jsonValue(table.cell(row, column))
        }
        output += index == table.rows.count - 1 ? "}\n" : "},\n"
    }
    output += "]\n"
    return output
}

func jsonValue(_ cell: ResultTable.Cell) -> String {
    switch cell {
    case .text(let text): jsonString(text)
    case .integer(let value): String(value)
    case .number(let value): value.isFinite ? value.description : "null"
    case .bool(let value): value ? "true" : "false"
    case .list(let items): "[" + items.map(jsonString).joined(separator: ", ") + "]"
    case .null: "null"
    }
}

/// `text` as a JSON string literal. Quote, backslash and the C0 controls must be escaped;
/// U+2028 and U+2029 are too, because JavaScript before ES2019 reads them as line ends.
func jsonString(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case "\u{2028}": result += "\\u2028"
        case "\u{2029}": result += "\\u2029"
        default:
            if scalar.value < 0x20 {
                let digits = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u00" + (digits.count < 2 ? "0" : "") + digits
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    result += "\""
    return result
}
