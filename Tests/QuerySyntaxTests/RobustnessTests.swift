import Diagnostics
import Testing
@testable import QuerySyntax
import SeededRandom

/// Whatever the text, the parser returns a result: no crash, no hang, no stack overflow.
@Suite struct RobustnessTests {
    /// Checks the invariants every result keeps, and returns it.
    @discardableResult
    func parseChecked(_ text: String) -> ParseResult {
        let result = Parser.parse(text)
        let size = text.utf8.count
        func inBounds(_ d: Diagnostic) -> Bool {
            guard let r = d.range else { return false }
            return r.offset >= 0 && r.length >= 0 && r.end <= size
        }
        switch result {
        case .complete(let statements):
            // The canonical form parses back to itself.
            let printed = statements.map(\.description).joined(separator: "; ")
            if case .complete(let again) = Parser.parse(printed) {
                #expect(again.map(\.description).joined(separator: "; ") == printed, "\(text.debugDescription)")
            } else {
                Issue.record("canonical form of \(text.debugDescription) does not parse: \(printed)")
            }
            for s in statements {
                #expect(s.range.offset >= 0 && s.range.end <= size)
            }
        case .incomplete(let d):
            #expect(inBounds(d), "\(text.debugDescription): \(d.summary)")
        case .failure(let ds):
            #expect(!ds.isEmpty)
            for d in ds { #expect(inBounds(d), "\(text.debugDescription): \(d.summary)") }
            #expect(ds.count <= Parser.maxErrors + 1)
        }
        return result
    }

    func firstError(_ result: ParseResult) -> String? {
        if case .failure(let ds) = result { return "\(ds[0].message) @\(ds[0].range!)" }
        return nil
    }

    @Test func tenThousandOpenParenthesesInFilters() {
        let text = "activities " + String(repeating: "(", count: 10_000)
        #expect(firstError(parseChecked(text)) == "too deeply nested (limit 256) @267+1")
    }

    @Test func tenThousandOpenParenthesesInConditions() {
        let text = "activities where " + String(repeating: "(", count: 10_000) + "a = 1"
        #expect(firstError(parseChecked(text)) == "too deeply nested (limit 256) @273+1")
    }

    @Test func tenThousandNots() {
        let text = "activities " + String(repeating: "not ", count: 10_000) + "with x"
        #expect(firstError(parseChecked(text)) == "too deeply nested (limit 256) @\(11 + 4 * 256)+3")
        let condition = "activities where " + String(repeating: "not ", count: 10_000) + "a = 1"
        #expect(firstError(parseChecked(condition)) == "too deeply nested (limit 256) @\(17 + 4 * 256)+3")
    }

    @Test func tenThousandBalancedParentheses() {
        let text = "activities " + String(repeating: "(", count: 10_000) + "with x" + String(repeating: ")", count: 10_000)
        #expect(firstError(parseChecked(text)) == "too deeply nested (limit 256) @267+1")
    }

    @Test func nestingUpToTheLimitParses() {
        let depth = Parser.maxDepth
        let text = "activities " + String(repeating: "(", count: depth) + "with x" + String(repeating: ")", count: depth)
        #expect(statements(text)?.first?.description == "activities with x")
        let condition = "activities where " + String(repeating: "not (", count: depth / 2) + "a = 1"
            + String(repeating: ")", count: depth / 2)
        #expect(statements(condition) != nil)
        #expect(parseChecked(String(repeating: "(", count: 10_000)) != .complete([]))
    }

    @Test func oneMegabyteString() {
        let text = "activities where title ~ \"" + String(repeating: "a", count: 1 << 20) + "\""
        guard case .complete(let s) = parseChecked(text) else {
            Issue.record("expected the long string to parse")
            return
        }
        #expect(s[0].range.length == text.utf8.count)
    }

    @Test func oneMegabyteOfClauses() {
        let clause = "with lead a "
        let text = "activities " + String(repeating: clause, count: (1 << 20) / clause.utf8.count)
        guard case .complete(let s) = Parser.parse(text), case .query(let q) = s[0].form,
              case .and(let items)? = q.filter?.form else {
            Issue.record("expected one long and")
            return
        }
        #expect(items.count == (1 << 20) / clause.utf8.count)
    }

    @Test func oneMegabyteOfOrs() {
        let text = "activities with a" + String(repeating: " or with a", count: 100_000)
        #expect(statements(text) != nil)
    }

    @Test func oneMegabyteWordAndGarbage() {
        parseChecked("activities of " + String(repeating: "x", count: 1 << 20))
        parseChecked(String(repeating: "@", count: 1 << 20))
        parseChecked(String(repeating: "activites;", count: 100_000))
        parseChecked(String(repeating: "\u{01}", count: 1 << 20))
        parseChecked(String(repeating: "\"", count: 1 << 20))
        parseChecked(String(repeating: "2024-", count: 200_000))
    }

    @Test func controlCharactersAndOddText() {
        let texts = [
            "\u{00}", "\u{07}activities", "activities\u{0B}of zzl", "goals\r\nactors", "goals\rof zzl",
            "\u{FEFF}goals", "activities with \"\u{00}\"", "🙂", "activities of 🙂", "activities of zzl\u{2028}goals",
            "\\", "'", "\"", "..", "...", "--", "#", ";;;", "a.b.c.", "-a", "a-", "a--b", "2024-", "2024--03",
            "activities in 2024-", "activities in 0000-01-01", "activities in 9999-12-31..0000",
            "activities where a = 2024 Q", "expect goals = [", "expect goals = ]", "activities order by ,",
        ]
        for text in texts { parseChecked(text) }
    }

    /// Thousands of random texts built from the language's own words and characters, from a
    /// fixed seed, so that a failure can be replayed.
    @Test func randomTextsNeverCrash() {
        var rng = SplitMix(seed: 0x5eed_2024)
        let pieces = Lexer.keywords + [
            "SD3", "elz.A2.1", "zzl", "lead", "ELZ", "title", "2024", "Q1", "H2", "Q1-Q2", "2024-03",
            "2024-02-30", "2024-13", "Q5", "..", "(", ")", "[", "]", ",", ";", "=", "!=", "<", "<=", ">",
            ">=", "~", "==", "\"UZ Leuven\"", "'x'", "\"open", "\n", "#c\n", "--c\n", "\u{07}", "é", "🙂",
            "-", ".", "\\", "5", "99999999999999999999", "activites", "ordr",
        ]
        var outcomes = [0, 0, 0]
        for _ in 0..<3000 {
            let count = Int(rng.next() % 14)
            var words: [String] = []
            for _ in 0..<count { words.append(pieces[Int(rng.next() % UInt64(pieces.count))]) }
            let separator = rng.next() % 4 == 0 ? "" : " "
            switch parseChecked(words.joined(separator: separator)) {
            case .complete: outcomes[0] += 1
            case .incomplete: outcomes[1] += 1
            case .failure: outcomes[2] += 1
            }
        }
        // The generator reaches all three outcomes.
        #expect(outcomes.allSatisfy { $0 > 0 }, "\(outcomes)")
    }

    /// Random texts that start like queries, so that deeper rules are reached more often.
    @Test func randomQueriesNeverCrash() {
        var rng = SplitMix(seed: 42)
        let heads = ["activities ", "count goals ", "let q = actors ", "expect activities ", "explain events "]
        let tails = [
            "of zzl", "for SD3", "in 2024 Q1", "in 2024-01-15..2024-03", "with lead ELZ", "with \"UZ\"",
            "where title ~ \"x\"", "where a in (1, 2)", "where b is not unknown", "where c in 2024 H1",
            "and", "or", "not", "(", ")", "contributing to T01", "linked to A1", "by goal", "order by start desc",
            "limit 5", "show title, lead", "= 3", "= [a, b]", ",", "starting before 2024", "ending after 2023 Q4",
        ]
        for _ in 0..<3000 {
            var text = heads[Int(rng.next() % UInt64(heads.count))]
            for _ in 0..<Int(rng.next() % 8) { text += tails[Int(rng.next() % UInt64(tails.count))] + " " }
            parseChecked(text)
        }
    }
}
