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
            if !isIncomplete(piece) {
                out.append(.statements(piece))
                pending = []
            }
        }
        // A script that ends mid-statement: report it at its last written line, not after trailing blanks.
        while let last = pending.last, last.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { pending.removeLast() }
        if !pending.isEmpty { out.append(.statements(positioned(pending, at: firstLine))) }
        return out
    }

    /// The lines as a source named like the script, preceded by blank lines so that
    /// line:column positions are the script's own.
    func positioned(_ lines: [Substring], at firstLine: Int) -> SourceFile {
        SourceFile(name: file.name, text: String(repeating: "\n", count: firstLine) + lines.joined(separator: "\n"))
    }
}
