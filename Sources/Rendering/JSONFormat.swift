import Diagnostics

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
func renderJSON(_ table: ResultTable, into output: inout [UInt8]) {
    if table.rows.isEmpty { return output.append("[]\n") }
    var keys: [UInt8] = []
    var keyEnds: [Int] = []
    for column in table.columns {
        writeJSONString(column, into: &keys)
        keys.append(": ")
        keyEnds.append(keys.count)
    }
    output.append("[\n")
    for (index, row) in table.rows.enumerated() {
        output.append("  {")
        for column in keyEnds.indices {
            if column > 0 { output.append(", ") }
            output += keys[(column == 0 ? 0 : keyEnds[column - 1])..<keyEnds[column]]
            writeJSONValue(table.cell(row, column), into: &output)
        }
        output.append(index == table.rows.count - 1 ? "}\n" : "},\n")
    }
    output.append("]\n")
}

func writeJSONValue(_ cell: ResultTable.Cell, into output: inout [UInt8]) {
    switch cell {
    case .text(let text): writeJSONString(text, into: &output)
    case .integer(let value): output.append(String(value))
    case .number(let value): output.append(value.isFinite ? value.description : "null")
    case .bool(let value): output.append(value ? "true" : "false")
    case .list(let items):
        output.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { output.append(", ") }
            writeJSONString(item, into: &output)
        }
        output.append(UInt8(ascii: "]"))
    case .null: output.append("null")
    }
}

/// `text` as a JSON string literal. Quote, backslash and the C0 controls must be escaped;
/// U+2028 and U+2029 are too, because JavaScript before ES2019 reads them as line ends.
func writeJSONString(_ text: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
        // The runs between bytes that need escaping are copied whole; those bytes (and E2,
        // which may start U+2028 or U+2029) are found eight at a time.
        var index = 0
        while index < bytes.count {
            let special = ByteScan.first(in: bytes, from: index, needsJSONEscape)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<special]))
            guard special < bytes.count else { return }
            let byte = bytes[special]
            index = special + 1
            switch byte {
            case UInt8(ascii: "\""): output.append("\\\"")
            case UInt8(ascii: "\\"): output.append("\\\\")
            case UInt8(ascii: "\n"): output.append("\\n")
            case UInt8(ascii: "\r"): output.append("\\r")
            case UInt8(ascii: "\t"): output.append("\\t")
            case 0..<0x20:
                let digits = String(byte, radix: 16, uppercase: true)
                output.append("\\u00" + (digits.count < 2 ? "0" : "") + digits)
            default:
                // E2: U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                if special + 2 < bytes.count, bytes[special + 1] == 0x80, case let third = bytes[special + 2], third == 0xA8 || third == 0xA9 {
                    output.append(third == 0xA8 ? "\\u2028" : "\\u2029")
                    index = special + 3
                } else {
                    output.append(byte)
                }
            }
        }
    }
    output.append(UInt8(ascii: "\""))
}

/// The bytes `writeJSONString` looks at: controls, the quote, the backslash and E2.
private let needsJSONEscape = BytePattern(0x22, 0x5C, 0xE2, below: 0x20)

/// `text` as a JSON string literal (see `writeJSONString`).
func jsonString(_ text: String) -> String {
    var bytes: [UInt8] = []
    writeJSONString(text, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
}
