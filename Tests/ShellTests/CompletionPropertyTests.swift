import Foundation
import QuerySyntax
import XCTest
@testable import Shell

/// Completion checked against the parser over many prefixes of real statements (every
/// example of the grammar, the golden scripts and the analysts' scripts, cut before each of
/// their tokens, with nothing or the first letter typed): every candidate offered leaves a
/// text the parser accepts, complete or not yet complete; and every keyword the parser accepts
/// there is offered.
final class CompletionPropertyTests: XCTestCase {
    let completer = Completer(graph: ExamplePlans.graph, queryNames: [])

    /// Statements from the repository's query files, one line each, that parse on their own.
    func statements() throws -> [String] {
        let folders = ["Grammar", "Examples/queries", "Examples/demo", "Tests/SessionTests/Golden"]
        var out: [String] = []
        for folder in folders {
            let dir = ExamplePlans.repository.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".pq") {
                let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    guard !trimmed.isEmpty, !trimmed.hasPrefix("."), !trimmed.hasPrefix("#"), !trimmed.hasPrefix("--"),
                          case .complete(let statements) = Parser.parse(trimmed), !statements.isEmpty else { continue }
                    out.append(trimmed)
                }
            }
        }
        return out
    }

    /// Each statement cut before each of its tokens: with nothing typed, and with the
    /// token's first character typed.
    func prefixes() throws -> [String] {
        var out: [String] = []
        for statement in try statements() {
            let bytes = Array(statement.utf8)
            for token in Lexer.tokenize(statement) {
                let before = String(decoding: bytes[..<token.range.offset], as: UTF8.self)
                out.append(before)
                if token.kind != .end, let first = token.text.first, first.isLetter || first.isNumber {
                    out.append(before + String(first))
                }
            }
        }
        return Array(Set(out)).sorted()
    }

    func testEveryCandidateParsesAndEveryAcceptedKeywordIsOffered() throws {
        let prefixes = try prefixes()
        XCTAssertGreaterThanOrEqual(prefixes.count, 1_000)
        var rejected: [String] = []
        var missing: [String] = []
        var offered = 0
        for prefix in prefixes {
            let typed = WordAtCursor(prefix)
            let completion = completer.complete(prefix)
            for candidate in completion.candidates {
                offered += 1
                let text = typed.context + (candidate.quoted ? WordText.quote(candidate.value, with: "\"") : candidate.value)
                if case .failure(let ds) = Parser.parse(text) {
                    rejected.append("\(text)  ←  \(ds.first?.message ?? "")")
                }
            }
            guard typed.word.isEmpty else { continue }
            let shown = Set(completion.candidates.map(\.value))
            for spelling in Completer.spellings where !spelling.alternative {
                guard Parser.accepts(spelling.text, after: typed.context) else { continue }
                if !shown.contains(spelling.text) && !shown.contains(where: { $0.hasPrefix(spelling.text + " ") }) {
                    missing.append("\(prefix)⇥ \(spelling.text)")
                }
            }
        }
        print("completion property: \(prefixes.count) prefixes, \(offered) candidates offered and parsed")
        XCTAssertGreaterThan(offered, 10_000)
        XCTAssertEqual(rejected.count, 0, "candidates the parser rejects:\n" + rejected.prefix(20).joined(separator: "\n"))
        XCTAssertEqual(missing.count, 0, "keywords the parser accepts but Tab does not offer:\n" + missing.prefix(20).joined(separator: "\n"))
    }
}
