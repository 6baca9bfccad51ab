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
}
