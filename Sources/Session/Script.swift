import Diagnostics

/// Runs a query script (a `-f` file, standard input, a `.read` file): statements may span
/// lines (a line that leaves the query incomplete continues on the next), `#`/`--` comments
/// and blank lines are skipped, and lines starting with `.` are meta commands handled by
/// `meta`. Diagnostics keep the script's own line and column numbers.
public struct Script {
    public let file: SourceFile

    public init(file: SourceFile) { self.file = file }

    /// A piece of the script to run: a statement's lines, or one meta command line.
    public enum Chunk {
        case statements(SourceFile)
        case meta(String, line: Int)
    }

    /// Splits the script into chunks. `isIncomplete` asks the parser whether text so far
    /// needs more lines. A script that ends mid-statement yields that last piece anyway, so
    /// that running it reports what was expected.
    public func chunks(isIncomplete: (SourceFile) -> Bool) -> [Chunk] {
        var out: [Chunk] = []
        var pending: [Substring] = []
        var firstLine = 0
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, raw) in lines.enumerated() {
            let line = raw.last == "\r" ? raw.dropLast() : raw
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if pending.isEmpty {
                if trimmed.isEmpty { continue }
                if trimmed.first == "." {
                    out.append(.meta(String(trimmed), line: i + 1))
                    continue
                }
                firstLine = i
            }
            pending.append(line)
            let piece = positioned(pending, at: firstLine)
            if !isIncomplete(piece), !continues(after: i, lines) {
                out.append(.statements(piece))
                pending = []
            }
        }
        // A script that ends mid-statement: report it at its last written line, not after trailing blanks.
        while let last = pending.last, last.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { pending.removeLast() }
        if !pending.isEmpty { out.append(.statements(positioned(pending, at: firstLine))) }
        return out
    }

    /// Words that cannot start a statement: a line beginning with one continues the statement
    /// above (`activities of elz` / `  for SD2` / `  in 2024 Q3`), as the parser reads it.
    static let continuationWords: Set<String> = [
        "of", "for", "in", "starting", "ending", "with", "where", "and", "or", "not", "contributing", "linked",
        "by", "order", "limit", "show", "=", "(",
    ]

    /// Whether the next non-blank, non-comment line continues the statement ending at line `i`.
    func continues(after i: Int, _ lines: [Substring]) -> Bool {
        var j = i + 1
        while j < lines.count {
            let t = lines[j].drop { $0 == " " || $0 == "\t" }
            if t.isEmpty || t == "\r" || t.hasPrefix("#") || t.hasPrefix("--") { j += 1; continue }
            let word = t.prefix { !$0.isWhitespace && $0 != "(" }.lowercased()
            return Script.continuationWords.contains(word.isEmpty ? String(t.prefix(1)) : word)
        }
        return false
    }

    /// The lines as a source named like the script, preceded by blank lines so that
    /// line:column positions are the script's own.
    func positioned(_ lines: [Substring], at firstLine: Int) -> SourceFile {
        SourceFile(name: file.name, text: String(repeating: "\n", count: firstLine) + lines.joined(separator: "\n"))
    }
}
