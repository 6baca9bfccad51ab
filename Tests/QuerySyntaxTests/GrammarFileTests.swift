import Diagnostics
import Testing
@testable import QuerySyntax

/// The grammar file and the examples are honest: they say what the parser does.
@Suite struct GrammarFileTests {
    /// Double-quoted terminals of the EBNF outside comments, the words among them lowercased.
    static func grammarKeywords() throws -> Set<String> {
        var text = try readRepositoryFile("Grammar/query.ebnf")[...]
        var words = Set<String>()
        var code = ""
        // Drop (* … *) comments, which quote examples, not terminals.
        while let open = text.range(of: "(*") {
            code += text[..<open.lowerBound]
            guard let close = text[open.upperBound...].range(of: "*)") else { text = ""; break }
            text = text[close.upperBound...]
        }
        code += text
        // Read terminals in order, so that a quote inside the other kind ('"', "'") is content.
        var rest = code[...]
        while let open = rest.firstIndex(where: { $0 == "\"" || $0 == "'" }) {
            let quote = rest[open]
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: quote) else { break }
            let terminal = rest[after..<close]
            if quote == "\"", terminal.allSatisfy({ $0.isLetter || $0 == "_" }) { words.insert(terminal.lowercased()) }
            rest = rest[rest.index(after: close)...]
        }
        return words
    }

    @Test func everyGrammarKeywordIsALexerKeyword() throws {
        let grammar = try Self.grammarKeywords()
        let lexer = Set(Lexer.keywords)
        #expect(grammar.subtracting(lexer).sorted() == [], "in query.ebnf but not Lexer.keywords")
        #expect(lexer.subtracting(grammar).sorted() == [], "in Lexer.keywords but not query.ebnf")
    }

    @Test func rolesAreNotKeywords() {
        for role in ["lead", "responsible", "facilitator", "supporter", "partner", "involved", "audience"] {
            #expect(!Lexer.keywords.contains(role))
        }
    }

    static func exampleLines() throws -> [(line: Int, text: String)] {
        try readRepositoryFile("Grammar/query-examples.pq")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
            .map { ($0.offset + 1, String($0.element)) }
            .filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty && !$0.text.hasPrefix("#") }
    }

    @Test func thereAreAtLeastFortyExamples() throws {
        #expect(try Self.exampleLines().count >= 40)
    }

    @Test func everyExampleParses() throws {
        for (line, text) in try Self.exampleLines() {
            let result = Parser.parse(SourceFile(name: "query-examples.pq:\(line)", text: text))
            guard case .complete(let statements) = result else {
                Issue.record("line \(line) does not parse: \(text)\n\(result)")
                continue
            }
            #expect(!statements.isEmpty, "line \(line)")
        }
    }

    /// Printing an example canonically and parsing that again gives the same canonical text.
    @Test func everyExampleRoundTrips() throws {
        for (line, text) in try Self.exampleLines() {
            guard let first = statements(text) else { continue }
            let printed = first.map(\.description).joined(separator: "; ")
            guard let again = statements(printed) else {
                Issue.record("line \(line): canonical form does not parse: \(printed)")
                continue
            }
            #expect(again.map(\.description).joined(separator: "; ") == printed, "line \(line)")
        }
    }

    /// The whole file also parses as one script: lines separate statements.
    @Test func theExamplesFileParsesAsAScript() throws {
        let text = try readRepositoryFile("Grammar/query-examples.pq")
        let result = Parser.parse(SourceFile(name: "query-examples.pq", text: text))
        guard case .complete(let all) = result else {
            Issue.record("\(result)")
            return
        }
        #expect(all.count == (try Self.exampleLines().count) + 6)  // two lines hold two statements, two three
    }
}
