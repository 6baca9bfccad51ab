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
        var output: [UInt8] = []
        render(table, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the rendered table to `output`, the byte buffer the caller writes out.
    public func render(_ table: ResultTable, into output: inout [UInt8]) {
        switch format {
        case .table: renderAlignedTable(table, width: width, color: color, into: &output)
        case .json: renderJSON(table, into: &output)
        case .csv: renderCSV(table, into: &output)
        case .markdown: renderMarkdown(table, into: &output)
        case .expanded: renderExpanded(table, width: width, color: color, into: &output)
        // Session refuses a table in a drawing format with a positioned error before it gets
        // here; this branch only keeps `render` total.
        case .svg, .dot, .mermaid, .html: renderAlignedTable(table, width: width, color: color, into: &output)
        }
    }
}
