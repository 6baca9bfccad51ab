import Diagnostics

extension Parser {
    /// Whether `next`, a later line of a script, continues the complete statement `text`
    /// rather than starting a new one. The parser decides, as it does for a whole text: it
    /// reads both as one and sees whether the first statement takes a token of the later line
    /// (`activities of elz order by start` / `desc limit 2`), or stops with an error or for
    /// more input there. So `-e`, `-f`, standard input and the shell split statements alike.
    public static func continues(_ text: String, with next: String, queryNames: Set<String> = []) -> Bool {
        let joined = SourceFile(name: "", text: text + "\n" + next)
        return continues(Parser(file: joined, queryNames: queryNames), nextStart: text.utf8.count + 1, next: next[...])
    }

    /// `continues`, with a parser over the joined text, whose later line starts at `nextStart`.
    static func continues(_ parser: Parser, nextStart: Int, next: Substring) -> Bool {
        var parser = parser
        while parser.peek.kind == .semicolon { parser.advance() }
        var lastEnd = 0
        do throws(ParseStop) {
            // Statements of `text` before its last one end at a `;` or a line break the
            // parser accepted; only the last one can reach into `next`.
            while true {
                let statement = try parser.statement()
                lastEnd = statement.range.end
                if parser.peek.kind == .end || parser.peek.range.offset >= nextStart { return lastEnd > nextStart }
                if parser.peek.kind == .semicolon {
                    // `a; b` on one line: b may still reach into `next`; a `;` last ends it all.
                    while parser.peek.kind == .semicolon { parser.advance() }
                    if parser.peek.kind == .end || parser.peek.range.offset >= nextStart { return false }
                    continue
                }
                try parser.statementEnd(after: statement)
                if case .let(let name, _) = statement.form { parser.queryNames.insert(name.text.lowercased()) }
                while parser.peek.kind == .semicolon { parser.advance() }
            }
        } catch {
            // Stopped inside the later line: it belongs to the statement (and its error or
            // incompleteness is reported with it). Stopped before it: `text` ends there.
            switch error {
            case .incomplete: return true
            case .failed(let d):
                // An error at the later line's first token: the statement could not take it,
                // so it starts something new (which reports its own error).
                let firstToken = nextStart + next.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
                return (d.range?.offset ?? 0) > firstToken
            }
        }
    }
}
