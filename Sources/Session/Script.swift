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
    /// whether the text so far needs more lines, and `continues` whether a later line goes on
    /// with the complete statement before it (both are the parser's answers, so every way of
    /// running statements splits them alike); `body` returning false, or `shouldStop`
    /// (asked between lines), ends the split. A script that ends mid-statement yields that
    /// last piece anyway, so that running it reports what was expected.
    func forEachChunk(isIncomplete: (SourceFile) -> Bool, continues: (SourceFile, Substring) -> Bool,
                      shouldStop: () -> Bool, _ body: (Chunk) -> Bool) {
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
            if tooLong || (!isIncomplete(piece) && !(nextLine(after: i, lines).map { continues(piece, $0) } ?? false)) {
                pending = []
                pendingBytes = 0
                guard body(.statements(piece)) else { return }
            }
        }
        // A script that ends mid-statement: report it at its last written line, not after trailing blanks.
        while let last = pending.last, last.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { pending.removeLast() }
        if !pending.isEmpty { _ = body(.statements(positioned(pending, at: firstLine))) }
    }

    /// The next line after line `i` that is neither blank nor only a comment, if any and if
    /// it is not a meta command.
    func nextLine(after i: Int, _ lines: [Substring]) -> Substring? {
        var j = i + 1
        while j < lines.count {
            let t = lines[j].drop { $0 == " " || $0 == "\t" }
            if t.isEmpty || t == "\r" || t.hasPrefix("#") || t.hasPrefix("--") { j += 1; continue }
            // A meta command is a line of its own: it never continues a statement.
            if t.first == "." { return nil }
            return lines[j].last == "\r" ? lines[j].dropLast() : lines[j]
        }
        return nil
    }

    /// The lines as a source named like the script and numbered from the script line
    /// `firstLine` (0-based here), so that line:column positions are the script's own.
    func positioned(_ lines: [Substring], at firstLine: Int) -> SourceFile {
        SourceFile(name: file.name, text: lines.joined(separator: "\n"), firstLine: firstLine + 1)
    }
}
