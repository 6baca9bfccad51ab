/// The ways a result can be printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns between ASCII borders, with a `(N rows)` footer; for people at a terminal.
    case table
    /// An array of objects, one per row, keys in column order (RFC 8259).
    case json
    /// A header row and one line per row, CRLF line ends (RFC 4180).
    case csv
    /// A GitHub-flavoured Markdown table.
    case markdown
    /// One block per row, one `column | value` line per column, like psql's `\x`;
    /// for rows too wide to read as a table.
    case expanded
    /// Pictures (`tree`, `timeline`, `path`, `graph`, `overview`): a standalone SVG file, Graphviz
    /// DOT, Mermaid, or an HTML page. A query's answer is a table and is refused in these.
    case svg, dot, mermaid, html

    /// Whether the format is a picture, which only the drawing statements can make.
    public var isDrawing: Bool {
        switch self {
        case .svg, .dot, .mermaid, .html: true
        default: false
        }
    }
}
