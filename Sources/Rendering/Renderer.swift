/// Turns a `ResultTable` into the exact text printed for one output format.
///
/// Every format ends its output with a newline. `width` (terminal columns) only matters to
/// `table`, which shrinks its widest columns to fit, and `expanded`, which wraps long values;
/// `color` only to those two, which then add ANSI styles (bold headers, dim nulls).
public struct Renderer: Sendable {
    public var format: OutputFormat
    public var width: Int?
    public var color: Bool

    public init(format: OutputFormat, width: Int? = nil, color: Bool = false) {
        self.format = format
        self.width = width
        self.color = color
    }

    public func render(_ table: ResultTable) -> String {
        switch format {
        case .table: renderAlignedTable(table, width: width, color: color)
        case .json: renderJSON(table)
        case .csv: renderCSV(table)
        case .markdown: renderMarkdown(table)
        case .expanded: renderExpanded(table, width: width, color: color)
        // Session refuses a table in a drawing format with a positioned error before it gets
        // here; this branch only keeps `render` total.
        case .svg, .dot, .mermaid, .html: renderAlignedTable(table, width: width, color: color)
        }
    }
}
