import Foundation
import Testing

/// The rules above the parse functions are Grammar/query.ebnf's, word for word: every rule
/// of the grammar (but the lexical ones and the plain keyword lists, which the keyword table
/// tests check) is written above the function that reads it, and every rule written there is
/// the grammar's.
@Suite struct GrammarCommentTests {
    /// `name = body ;` rules of a text, keyed by name, with runs of blanks made one space.
    static func rules(in text: String) -> [String: String] {
        var found: [String: String] = [:]
        let pattern = /(?m)^[ \t]*([A-Za-z_]+)[ \t]*=([^;]*?(?:'[^']*'[^;]*?)*);/
        for match in text.matches(of: pattern) {
            found[String(match.output.1)] = normalized(String(match.output.2))
        }
        return found
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The grammar file's rules before its lexical part, comments left out.
    static func grammarRules() throws -> (syntax: [String: String], all: [String: String]) {
        let text = try readRepositoryFile("Grammar/query.ebnf")
        let uncommented = text.replacing(/\(\*(.|\n)*?\*\)/, with: "")
        let lexicalStart = text.range(of: "lexical rules")!.lowerBound
        let syntaxPart = String(text[..<lexicalStart]).replacing(/\(\*(.|\n)*?\*\)/, with: "")
        return (rules(in: syntaxPart), rules(in: uncommented))
    }

    /// The `/* rule */` comments of the parser's files, each with the line after it.
    static func parserComments() throws -> [(rules: [String: String], nextLine: String, file: String)] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/QuerySyntax")
        var out: [(rules: [String: String], nextLine: String, file: String)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasPrefix("Parser") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: /\/\*((.|\n)*?)\*\/[ \t]*\n([^\n]*)/) {
                let rules = rules(in: String(match.output.1))
                guard !rules.isEmpty else { continue }
                out.append((rules, String(match.output.3), name))
            }
        }
        return out
    }

    /// A rule that only lists keywords (`kind = "plan" | "plans" | …`).
    static func isKeywordList(_ body: String) -> Bool {
        body.replacing(/"[^"]*"/, with: "").allSatisfy { $0 == " " || $0 == "|" || $0 == "(" || $0 == ")" }
    }

    @Test func everyCommentIsTheGrammarsRuleAboveAParseFunction() throws {
        let grammar = try Self.grammarRules().all
        let comments = try Self.parserComments()
        #expect(comments.count >= 20)
        for comment in comments {
            #expect(comment.nextLine.contains("func "), "the rule \(comment.rules.keys.sorted()) in \(comment.file) is not above a function")
            for (name, body) in comment.rules {
                #expect(grammar[name] == body, "\(comment.file): rule '\(name)' differs from Grammar/query.ebnf:\n  comment: \(body)\n  grammar: \(grammar[name] ?? "(none)")")
            }
        }
    }

    @Test func everyGrammarRuleHasItsParseFunction() throws {
        let written = Set(try Self.parserComments().flatMap { $0.rules.keys })
        let grammar = try Self.grammarRules().syntax
        #expect(grammar.count >= 20)
        let missing = grammar.filter { !written.contains($0.key) && !Self.isKeywordList($0.value) }.keys.sorted()
        #expect(missing == [], "rules of Grammar/query.ebnf with no parse function carrying them")
    }
}
