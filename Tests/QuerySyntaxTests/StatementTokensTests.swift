import Diagnostics
import Testing
@testable import QuerySyntax

/// A script's statement is lexed a line at a time (`StatementTokens`): its tokens, its parse
/// and whether a later line continues it are exactly those of the whole text lexed at once —
/// strings that run over lines, comments, CRs and Unicode line breaks inside a line included.
@Suite struct StatementTokensTests {
    static let scripts: [String] = [
        "activities of elz with lead ELZ and\n  with partner ELZ\norder by start\ndesc limit 2",
        "goals of elz where title ~ \"zorg\nnetwerk\" and\n status = open",
        "goals where title ~ 'open\n\nstill open\n' limit 1; count goals\n-- comment\n# other\nthemes",
        "goals where title ~ \"a \\\" quote\nand \\\\ more\" ; activities",
        "goals where title ~ \"bad \\q escape\nclosed\" limit 2",
        "themes of elz\r  with x\u{2028} = 1\nthema's of zzl\n2024-03..2024-\n05",
        "let q = goals of elz where\n  status = open\nq limit\n3",
        "activities of elz\n  where (status = open\n  or\n  status = done)\n  show title, start",
        "\"never closed\n\n  still\n",
        "count goals;\n;\n  ;activities\n  of elz ;",
        "goals ✓ éé\n  ~ \"x\n",
    ]

    @Test(arguments: scripts)
    func linesLexedOneByOneAreTheWholeTextLexed(_ script: String) {
        var tokens = StatementTokens()
        var lines: [Substring] = []
        for (i, line) in script.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // As a script does: asked whether the line continues, then given it (every other
            // line, so that lines lexed ahead and lines not are both appended).
            if !lines.isEmpty, i % 2 == 0 { _ = tokens.continues(with: line) }
            tokens.append(line)
            lines.append(line)
            let text = lines.joined(separator: "\n")
            #expect(tokens.text == text)
            #expect(tokens.tokens == Lexer.tokenize(text), "after \(lines.count) lines")
            let file = SourceFile(name: "s.pq", text: text, firstLine: 3)
            #expect(tokens.parse(file) == Parser.parse(file))
            #expect(tokens.endsWithSemicolon == (Lexer.tokenize(text).dropLast().last?.kind == .semicolon))
        }
    }

    @Test(arguments: scripts)
    func aLaterLineContinuesAsTheParserSays(_ script: String) {
        let lines = script.split(separator: "\n", omittingEmptySubsequences: false)
        for cut in 1..<lines.count {
            var tokens = StatementTokens()
            for line in lines[..<cut] { tokens.append(line) }
            for next in lines[cut...] {
                let whole = Parser.continues(tokens.text, with: String(next), queryNames: ["q"])
                #expect(tokens.continues(with: next, queryNames: ["q"]) == whole, "\(tokens.text) / \(next)")
            }
        }
    }
}
