import Diagnostics
import Testing
@testable import QuerySyntax

/// Input that stops early → `.incomplete`, with what was expected and where the text ends.
/// A shell asks for another line instead of reporting these.
let incompleteCases: [(input: String, incomplete: String)] = [
    ("activities with lead ELZ and", "expected a filter after 'and', found end of input @28+0"),
    ("activities with lead ELZ or", "expected a filter after 'or', found end of input @27+0"),
    ("activities not", "expected a filter after 'not', found end of input @14+0"),
    ("activities (with lead ELZ", "expected ')' after 'ELZ', found end of input @25+0"),
    ("activities ((with lead ELZ)", "expected ')' after ')', found end of input @27+0"),
    ("activities (", "expected a filter after '(', found end of input @12+0"),
    ("activities with \"UZ Leuv", "unterminated string @16+8"),
    ("activities with 'UZ\nLeuv", "unterminated string @16+8"),
    ("activities where title ~ \"abc\\\"", "unterminated string @25+6"),
    ("goals of zzl \"abc", "unterminated string @13+4"),
    ("let q =", "expected a kind (activities, goals, actors, …) or a query name after '=', found end of input @7+0"),
    ("let q", "expected '=' after 'q', found end of input @5+0"),
    ("let", "expected a name for the query after 'let', found end of input @3+0"),
    ("activities where", "expected a field after 'where', found end of input @16+0"),
    ("activities where title", "expected an operator (=, !=, <, <=, >, >=, ~, in, is) after 'title', found end of input @22+0"),
    ("activities where title ~", "expected a value after '~', found end of input @24+0"),
    ("activities where a = 1 and", "expected a field after 'and', found end of input @26+0"),
    ("activities where a = 1 or", "expected a field after 'or', found end of input @25+0"),
    ("activities where not", "expected a field after 'not', found end of input @20+0"),
    ("activities where (a = 1", "expected ')' after '1', found end of input @23+0"),
    ("activities where goal in (SD1,", "expected a value after ',', found end of input @30+0"),
    ("activities where goal in", "expected '(' and a list of values, or a period after 'in', found end of input @24+0"),
    ("activities where phase is", "expected 'unknown' or 'not unknown' after 'is', found end of input @25+0"),
    ("activities of", "expected a plan, goal, activity or actor after 'of', found end of input @13+0"),
    ("activities for", "expected a goal or work package after 'for', found end of input @14+0"),
    ("activities with", "expected an actor or a role and an actor after 'with', found end of input @15+0"),
    ("activities contributing", "expected 'to' after 'contributing', found end of input @23+0"),
    ("activities linked to", "expected an activity or a topic after 'to', found end of input @20+0"),
    ("activities in", "expected a period after 'in', found end of input @13+0"),
    ("activities in 2024..", "expected a period after '..', found end of input @20+0"),
    ("activities starting", "expected 'in', 'before' or 'after' after 'starting', found end of input @19+0"),
    ("activities ending before", "expected a period after 'before', found end of input @24+0"),
    ("activities order", "expected 'by' after 'order', found end of input @16+0"),
    ("activities order by", "expected a field after 'by', found end of input @19+0"),
    ("activities order by start,", "expected a field after ',', found end of input @26+0"),
    ("activities by", "expected a field after 'by', found end of input @13+0"),
    ("activities limit", "expected a number after 'limit', found end of input @16+0"),
    ("activities show title,", "expected a field after ',', found end of input @22+0"),
    ("count", "expected a kind (activities, goals, actors, …) or a query name after 'count', found end of input @5+0"),
    ("work", "expected 'package' or 'packages' after 'work', found end of input @4+0"),
    ("explain", "expected a kind (activities, goals, actors, …) or a query name after 'explain', found end of input @7+0"),
    ("describe", "expected a node to describe after 'describe', found end of input @8+0"),
    ("tree", "expected a node to draw after 'tree', found end of input @4+0"),
    ("path from A to", "expected a node after 'to', found end of input @14+0"),
    ("path from", "expected a node after 'from', found end of input @9+0"),
    ("expect goals", "expected '=' and the expected result after 'goals', found end of input @12+0"),
    ("expect goals =", "expected a number, a list like [elz.A2.1, elz.A2.2], or 'empty' after '=', found end of input @14+0"),
    ("expect goals = [a,", "expected a reference after ',', found end of input @18+0"),
    ("expect goals = [a", "expected ',' or ']' after 'a', found end of input @17+0"),
    ("goals of zzl; activities with", "expected an actor or a role and an actor after 'with', found end of input @29+0"),
    ("activities with lead", "expected an actor after 'lead', found end of input @20+0"),
    ("activiteiten met trekker", "expected an actor after 'trekker', found end of input @24+0"),
    ("activities\n  with lead ELZ\n  and", "expected a filter after 'and', found end of input @32+0"),
    ("activities of zzl and # more to come\n", "expected a filter after 'and', found end of input @37+0"),
]

@Suite struct IncompleteTests {
    @Test(arguments: incompleteCases.indices)
    func stopsEarly(_ i: Int) {
        let (input, incomplete) = incompleteCases[i]
        #expect(outcome(input) == "incomplete: " + incomplete, "input: \(input)")
    }

    /// Each incomplete text, completed, parses: the prompt's next line can finish it.
    @Test func completingTheTextMakesItParse() {
        let completions: [(String, String)] = [
            ("activities with lead ELZ and", "in 2024"),
            ("activities (with lead ELZ", "or with partner KUL)"),
            ("activities with \"UZ Leuv", "en\""),
            ("let q =", "activities"),
            ("activities where title ~", "\"x\""),
            ("activities order", "by start"),
            ("activities in 2024..", "2025"),
        ]
        for (first, second) in completions {
            #expect(statements(first + "\n" + second) != nil, "\(first) + \(second)")
        }
    }

    /// An earlier error wins over a later early stop: a script with both is a failure.
    @Test func anErrorBeforeTheEndIsAFailure() {
        guard case .failure(let diagnostics) = Parser.parse("activites\nactivities with lead ELZ and") else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostics.map(\.message) == [
            "unknown kind 'activites' — did you mean 'activities'?",
            "expected a filter after 'and', found end of input",
        ])
    }

    @Test func completeTextIsNotIncomplete() {
        for text in ["activities with \"lead\"", "activities in 2024 Q", "goals;", "activities -- and"] {
            if case .incomplete = Parser.parse(text) { Issue.record("\(text) taken as incomplete") }
        }
    }
}
