/// What every answer becomes before it is printed: named columns and rows of cells.
/// Renderers (table, JSON, CSV, Markdown, expanded) only ever see this, so all formats
/// show the same data.
public struct ResultTable: Sendable, Equatable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case integer(Int)
        case number(Double)
        case bool(Bool)
        case list([String])
        /// Not given by the source, or not applicable.
        case null
    }

    public var columns: [String]
    public var rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }
}
