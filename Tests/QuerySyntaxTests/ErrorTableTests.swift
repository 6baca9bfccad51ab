import Diagnostics
import Testing
@testable import QuerySyntax

/// Input → the first error, with its exact message and `@offset+length` in UTF-8 bytes.
let errorCases: [(input: String, error: String)] = [
    // misspelt words
    ("activites of zzl", "unknown kind 'activites' — did you mean 'activities'? @0+9"),
    ("gaols of zzl", "unknown kind 'gaols' — did you mean 'goals'? @0+5"),
    ("count activites", "unknown kind 'activites' — did you mean 'activities'? @6+9"),
    ("describ SD3", "unknown word 'describ' — did you mean 'describe'? @0+7"),
    ("activities ordr by start", "unexpected 'ordr' — did you mean 'order'? @11+4"),
    ("activities of zzl wiht lead ELZ", "unexpected 'wiht' — did you mean 'with'? @18+4"),
    // periods
    ("activities in 2024 Q5", "invalid quarter 'Q5' (quarters are Q1 to Q4) @19+2"),
    ("activities in 2024 Q1-Q5", "invalid quarter 'Q5' (quarters are Q1 to Q4) @22+2"),
    ("activities in 2024 H3", "invalid half 'H3' (halves are H1 and H2) @19+2"),
    ("activities in 2024 Q3-Q1", "span 'Q3-Q1' runs backwards @19+5"),
    ("activities in 2024 Q1-H2", "span 'Q1-H2' mixes quarters and halves @19+5"),
    ("activities in 2024 Q1-Q2-Q3", "malformed span 'Q1-Q2-Q3' (write Q1, H2, or a span such as Q1-Q2) @19+8"),
    ("activities in 2024-13", "invalid month '13' in '2024-13' (months are 01 to 12) @19+2"),
    ("activities in 2024-00-10", "invalid month '00' in '2024-00-10' (months are 01 to 12) @19+2"),
    ("activities in 2024-02-30", "invalid day '30' in '2024-02-30' (February 2024 has 29 days) @22+2"),
    ("activities in 2023-02-29", "invalid day '29' in '2023-02-29' (February 2023 has 28 days) @22+2"),
    ("activities in 1900-02-29", "invalid day '29' in '1900-02-29' (February 1900 has 28 days) @22+2"),
    ("activities in 2024-04-31", "invalid day '31' in '2024-04-31' (April 2024 has 30 days) @22+2"),
    ("activities in 2024-1x", "malformed date '2024-1x' (write a month as 2024-03, a day as 2024-01-15) @14+7"),
    ("activities in 24", "invalid year '24' (a year has four digits, as in 2024) @14+2"),
    ("activities in 2024 Q3..2024 Q1", "period '2024 Q3..2024 Q1' ends before it starts @14+16"),
    ("activities in 2024-03-31..2024-03-30",
     "period '2024-03-31..2024-03-30' ends before it starts @14+22"),
    ("activities in mantelzorg", "expected a period after 'in', found 'mantelzorg' @14+10"),
    ("activities in 2024 Q1..Q3", "expected a period after '..', found 'Q3' @23+2"),
    ("activities starting 2024", "expected 'in', 'before' or 'after' after 'starting', found '2024' @20+4"),
    ("activities where start in 2024 Q7", "invalid quarter 'Q7' (quarters are Q1 to Q4) @31+2"),
    ("activities where start < 2024-13", "invalid month '13' in '2024-13' (months are 01 to 12) @30+2"),
    // conditions
    ("activities where title ~ order by start", "expected a value after '~', found 'order' @25+5"),
    ("activities where title == \"x\"", "unknown operator '==' — did you mean '='? @23+2"),
    ("activities where title <> \"x\"", "unknown operator '<>' — did you mean '!='? @23+2"),
    ("activities where title !! \"x\"", "unknown operator '!!' @23+2"),
    ("activities where title contains \"x\"", "unknown operator 'contains' — did you mean '~'? @23+8"),
    ("activities where title \"x\"",
     "expected an operator (=, !=, <, <=, >, >=, ~, in, is) after 'title', found '\"x\"' @23+3"),
    ("activities where in 2024", "expected a field after 'where', found 'in' @17+2"),
    ("activities where phase = unknown", "write 'is unknown' to test for an unknown value @25+7"),
    ("activities where phase is known", "expected 'unknown' or 'not unknown' after 'is', found 'known' @26+5"),
    ("activities where phase is not known", "expected 'unknown' after 'not', found 'known' @30+5"),
    ("activities where goal in SD3", "expected '(' and a list of values, or a period after 'in', found 'SD3' @25+3"),
    ("activities where goal in ()", "expected a value after '(', found ')' @26+1"),
    ("activities where goal in (SD1 SD2)", "expected ',' or ')' after 'SD1', found 'SD2' @30+3"),
    ("activities where goal not SD3", "expected 'in' after 'not', found 'SD3' @26+3"),
    // filters and references
    ("activities of with", "expected a plan, goal, activity or actor after 'of', found 'with' @14+4"),
    ("activities with lead ELZ)", "unmatched ')' @24+1"),
    ("activities of zzl banana",
     "expected a filter, 'by', 'order by', 'limit', 'show' or the end of the statement, found 'banana' @18+6"),
    ("activities with lead ELZ or goals", "expected a filter after 'or', found 'goals' @28+5"),
    ("activities with lead ELZ and goals", "expected a filter after 'and', found 'goals' @29+5"),
    ("activities not goals", "expected a filter after 'not', found 'goals' @15+5"),
    ("activities () ", "expected a filter after '(', found ')' @12+1"),
    ("activities contributing Equity", "expected 'to' after 'contributing', found 'Equity' @24+6"),
    ("activities linked A2.1", "expected 'to' after 'linked', found 'A2.1' @18+4"),
    ("activities for in 2024", "expected a goal or work package after 'for', found 'in' @15+2"),
    // shaping
    ("activities order start", "expected 'by' after 'order', found 'start' @17+5"),
    ("activities limit x", "expected a number after 'limit', found 'x' @17+1"),
    ("activities limit 5 limit 6", "'limit' is given twice @19+5"),
    ("activities order by a order by b", "'order by' is given twice @22+5"),
    ("activities order by start in 2024", "filters come before 'order by': move 'in' earlier @26+2"),
    ("activities show title with lead ELZ", "filters come before 'show': move 'with' earlier @22+4"),
    ("activities order by start limt 5", "unexpected 'limt' — did you mean 'limit'? @26+4"),
    // statements
    ("with lead ELZ", "expected a kind (activities, goals, actors, …) or a query name, found 'with' @0+4"),
    ("2024 Q1", "expected a kind (activities, goals, actors, …) or a query name, found '2024' @0+4"),
    ("(activities)", "expected a kind (activities, goals, actors, …) or a query name, found '(' @0+1"),
    ("let tree = goals", "'tree' is a keyword and cannot name a query @4+4"),
    ("let q goals", "expected '=' after 'q', found 'goals' @6+5"),
    ("work items", "expected 'package' or 'packages' after 'work', found 'items' @5+5"),
    ("describe SD3 SD4", "expected the end of the statement, found 'SD4' @13+3"),
    ("describe with", "expected a node to describe after 'describe', found 'with' @9+4"),
    ("path from A too B", "expected 'to' after 'A', found 'too' @12+3"),
    ("path A to B", "expected 'from' after 'path', found 'A' @5+1"),
    ("expect count goals = many",
     "expected a number, a list like [elz.A2.1, elz.A2.2], or 'empty' after '=', found 'many' @21+4"),
    ("expect goals = [a b]", "expected ',' or ']' after 'a', found 'b' @18+1"),
    // characters
    ("activities @ zzl", "unexpected character '@' @11+1"),
    ("activities of zzl\u{07}", "unexpected character U+0007 @17+1"),
    ("activities - zzl", "unexpected character '-' @11+1"),
    ("activities of zzl.", "unexpected '.' @17+1"),
    ("activities where title ~ \"a\\qb\"",
     "unknown escape '\\q' in a string (write '\\\\' for a backslash) @27+2"),
    ("activities 99999999999999999999999", "number '99999999999999999999999' is too large @11+23"),
    ("activities of \u{00E9}t\u{00E9} @", "unexpected character '@' @20+1"),
]

@Suite struct ErrorTableTests {
    @Test(arguments: errorCases.indices)
    func reportsExactError(_ i: Int) {
        let (input, error) = errorCases[i]
        #expect(outcome(input) == "error: " + error, "input: \(input)")
    }

    @Test func misspeltKindCarriesTheSuggestion() {
        guard case .failure(let diagnostics) = Parser.parse("activites of zzl") else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostics[0].suggestion == "activities")
        #expect(diagnostics[0].severity == .error)
    }

    /// After an error, the parser starts again at the next statement; where that is the very
    /// token it stopped at (`.quit` on the line after an unfinished `where`), the same error is
    /// not reported twice.
    @Test func anErrorIsReportedOnceWhereRecoveryStartsAtIt() {
        for text in ["activities of elz where\n.quit", "goals of zzl and\n.x\n.y"] {
            guard case .failure(let diagnostics) = Parser.parse(SourceFile(name: "q", text: text)) else {
                Issue.record("expected a failure: \(text)")
                continue
            }
            #expect(diagnostics.count == Set(diagnostics.map(\.summary)).count, "\(diagnostics.map(\.summary))")
            #expect(diagnostics.first?.summary == "q:2:1: error: unexpected '.'")
        }
    }

    @Test func errorsPrintAsFileLineColumn() {
        let file = SourceFile(name: "queries.pq", text: "goals of zzl\nactivities in 2024 Q5\n")
        guard case .failure(let diagnostics) = Parser.parse(file) else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].summary == "queries.pq:2:20: error: invalid quarter 'Q5' (quarters are Q1 to Q4)")
        #expect(DiagnosticPrinter().render(diagnostics[0]) == """
            queries.pq:2:20: error: invalid quarter 'Q5' (quarters are Q1 to Q4)
              activities in 2024 Q5
                                 ^~
            """)
    }

    @Test func everyBadStatementOfAScriptIsReported() {
        let script = "activites\ngoals of zzl\nactivities in 2024 Q9; actors ordr\ngoals"
        guard case .failure(let diagnostics) = Parser.parse(script) else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostics.map(\.message) == [
            "unknown kind 'activites' — did you mean 'activities'?",
            "invalid quarter 'Q9' (quarters are Q1 to Q4)",
            "unexpected 'ordr' — did you mean 'order'?",
        ])
    }

    @Test func keywordAsNameGetsAQuotingNote() {
        guard case .failure(let diagnostics) = Parser.parse("activities of with") else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostics[0].notes == ["'with' is a keyword; quote it (\"with\") to use it as a name"])
    }

    @Test func knownQueryNamesAreNotTakenForMisspeltKinds() {
        #expect(outcome("acts in 2024") == "error: unknown kind 'acts' — did you mean 'actors'? @0+4")
        #expect(Parser.parse("acts in 2024", queryNames: ["acts"]) != Parser.parse("acts in 2024"))
        guard case .complete(let s) = Parser.parse("acts in 2024", queryNames: ["ACTS"]) else {
            Issue.record("expected acts to be a query name")
            return
        }
        #expect(s.first?.description == "acts in 2024")
    }
}
