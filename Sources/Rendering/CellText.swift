extension ResultTable.Cell {
    /// The cell as plain text. Lists are joined with `listSeparator`; null is empty.
    func text(listSeparator: String = ", ") -> String {
        switch self {
        case .text(let text): text
        case .integer(let value): String(value)
        case .number(let value): value.description
        case .bool(let value): value ? "true" : "false"
        case .list(let items): items.joined(separator: listSeparator)
        case .null: ""
        }
    }

    var isNumeric: Bool {
        switch self {
        case .integer, .number: true
        default: false
        }
    }

    var isNull: Bool { self == .null }
}

extension ResultTable {
    /// The cell in `column` of `row`; a row shorter than the header reads as nulls there.
    func cell(_ row: [Cell], _ column: Int) -> Cell {
        column < row.count ? row[column] : .null
    }

    /// A column whose values are all numbers (and not all null) is right-aligned, header included.
    func isNumericColumn(_ column: Int) -> Bool {
        var sawNumber = false
        for row in rows {
            let cell = cell(row, column)
            if cell.isNumeric { sawNumber = true } else if !cell.isNull { return false }
        }
        return sawNumber
    }
}
