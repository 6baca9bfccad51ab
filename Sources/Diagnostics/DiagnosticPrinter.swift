/// Turns diagnostics into the text the shell, batch mode and `check` print: the summary line,
/// the source line, a caret marker under the range, then notes and the suggestion.
public struct DiagnosticPrinter: Sendable {
    public var showsSourceLine: Bool

    public init(showsSourceLine: Bool = true) {
        self.showsSourceLine = showsSourceLine
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.summary]
        if showsSourceLine, let file = diagnostic.file, let range = diagnostic.range {
            let (line, column) = file.lineColumn(of: range.offset)
            let text = file.lineText(line)
            if text.count <= 400 {
                lines.append("  " + text.replacingTabs())
                let endOffset = min(range.end, file.offset(line: line, column: text.count + 1))
                let (_, endColumn) = file.lineColumn(of: endOffset)
                let width = max(1, endColumn - column)
                let pad = String(text.prefix(column - 1).map { $0 == "\t" ? " " : " " })
                lines.append("  " + pad + "^" + String(repeating: "~", count: width - 1))
            }
        }
        for note in diagnostic.notes { lines.append("note: \(note)") }
        return lines.joined(separator: "\n")
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }
}

extension Substring {
    /// The line as it can be shown safely: tabs as spaces, other control characters as `?`
    /// (one column each, so the caret stays under its place).
    fileprivate func replacingTabs() -> String {
        String(map { ch -> Character in
            if ch == "\t" { return " " }
            if let s = ch.unicodeScalars.first, ch.unicodeScalars.count == 1,
               s.value < 0x20 || (0x7F...0x9F).contains(s.value) { return "?" }
            return ch
        })
    }
}
