import Diagnostics
import QuerySyntax

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

    /// A statement gathered over more lines or bytes than this is run as it stands (the
    /// parser then reports what it still lacks, e.g. an unterminated string): each line
    /// re-parses the whole statement, so an open string or parenthesis followed by a megabyte
    /// of text would otherwise take the square of its length.
    static let maxStatementLines = 256
    static let maxStatementBytes = 65_536

    /// Splits the script into chunks (a statement's lines, or one meta command line) and hands
    /// each to `body` as soon as it is split off, so a long script starts at once and Ctrl-C
    /// or the first error stops it without splitting the rest. `isIncomplete` asks the parser
    /// whether the text so far needs more lines; `body` returning false, or `shouldStop`
    /// (asked between lines), ends the split. A script that ends mid-statement yields that
    /// last piece anyway, so that running it reports what was expected.
    func forEachChunk(isIncomplete: (SourceFile) -> Bool, shouldStop: () -> Bool, _ body: (Chunk) -> Bool) {
        var pending: [Substring] = []
        var pendingBytes = 0
        var firstLine = 0
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, raw) in lines.enumerated() {
            if shouldStop() { return }
            let line = raw.last == "\r" ? raw.dropLast() : raw
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if pending.isEmpty {
                if trimmed.isEmpty { continue }
                if trimmed.first == "." {
                    guard body(.meta(String(trimmed), line: i + 1)) else { return }
                    continue
                }
                firstLine = i
            }
            pending.append(line)
            pendingBytes += line.utf8.count + 1
            let piece = positioned(pending, at: firstLine)
            let tooLong = pending.count >= Script.maxStatementLines || pendingBytes >= Script.maxStatementBytes
            if tooLong || (!isIncomplete(piece) && !continues(after: i, lines)) {
                pending = []
                pendingBytes = 0
                guard body(.statements(piece)) else { return }
            }
        }
        // A script that ends mid-statement: report it at its last written line, not after trailing blanks.
        while let last = pending.last, last.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { pending.removeLast() }
        if !pending.isEmpty { _ = body(.statements(positioned(pending, at: firstLine))) }
    }

    /// Words that cannot start a statement: a line beginning with one continues the statement
    /// above (`activities of elz` / `  for SD2` / `  in 2024 Q3`), as the parser reads it.
    /// Read from the keyword table: the filter, logic and shaping keywords in English and Dutch.
    static let continuationWords: Set<String> = Set(Keyword.spellings.filter { _, k in
        [.filter, .logic, .shaping, .shapingWord].contains(k.part)
    }.keys).union(["=", "("])

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

    /// The lines as a source named like the script and numbered from the script line
    /// `firstLine` (0-based here), so that line:column positions are the script's own.
    func positioned(_ lines: [Substring], at firstLine: Int) -> SourceFile {
        SourceFile(name: file.name, text: lines.joined(separator: "\n"), firstLine: firstLine + 1)
    }
}
