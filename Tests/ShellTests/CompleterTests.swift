import XCTest
@testable import Shell

/// Tab completion on the example plans: for each context, the exact candidates and what
/// Tab does with them.
final class CompleterTests: XCTestCase {
    let completer = Completer(graph: ExamplePlans.graph, queryNames: ["mine"])

    /// The candidates as a list shows them.
    func shown(_ text: String) -> [String] { completer.complete(text).candidates.map(\.shown) }

    func edit(_ text: String) -> Completion.Edit { completer.complete(text).edit }

    // MARK: - Start of a statement

    func testStartOffersKindsStatementWordsAndNamedQueries() {
        XCTAssertEqual(shown(""), ["plans", "goals", "activities", "work packages", "actors", "themes", "indicators",
                                   "events", "staff", "achievements", "success factors", "core functions", "let",
                                   "describe", "explain", "tree", "timeline", "path from", "expect", "graph", "overview",
                                   "count", "sum", "average", "min", "max", "mine"])
        XCTAssertEqual(shown("act"), ["activities", "actors"])
        XCTAssertEqual(edit("act"), .list(["activities", "actors"]))
        XCTAssertEqual(edit("acti"), .replace("activities "))
        XCTAssertEqual(edit("wo"), .replace("work packages "))
        XCTAssertEqual(edit("pa"), .replace("path from "))
        XCTAssertEqual(shown("mi"), ["min", "mine"])
        XCTAssertEqual(edit("mine"), .replace("mine "))
        XCTAssertEqual(shown("goals of zzl; act"), ["activities", "actors"], "after ';' a new statement starts")
    }

    func testAfterCountAndExplain() {
        XCTAssertEqual(shown("count "), ["plans", "goals", "activities", "work packages", "actors", "themes",
                                         "indicators", "events", "staff", "achievements", "success factors",
                                         "core functions", "mine"])
        XCTAssertEqual(shown("explain c"), ["core functions", "count"])
        XCTAssertEqual(shown("let q = w"), ["work packages"])
    }

    // MARK: - for: goals and work packages

    func testForOffersGoalsOfThePlanInScope() {
        XCTAssertEqual(shown("activities of elz for SD"), ["SD1", "SD2", "SD3", "SD4", "SD5"])
        XCTAssertEqual(edit("activities of elz for SD"), .list(["SD1", "SD2", "SD3", "SD4", "SD5"]))
        XCTAssertEqual(edit("activities of elz for SD2"), .replace("SD2 "))
        XCTAssertEqual(edit("activities of elz for sd2"), .replace("SD2 "), "case is the plan's")
        XCTAssertEqual(shown("activities of elz for O"), ["OD1.1", "OD2.1", "OD2.2", "OD3.1", "OD4.1", "OD5.1"])
    }

    func testForQualifiesIdsThatAreInSeveralPlans() {
        XCTAssertEqual(shown("activities for SD"), [
            "elz.SD1", "zzl.SD1", "elz.SD2", "zzl.SD2", "elz.SD3", "zzl.SD3", "elz.SD4", "zzl.SD4", "elz.SD5", "zzl.SD5",
            "SD6", "SD7", "SD8",
        ])
        XCTAssertEqual(shown("activities for SD3"), ["elz.SD3", "zzl.SD3"])
        XCTAssertEqual(edit("activities for SD3"), .list(["elz.SD3", "zzl.SD3"]))
        XCTAssertEqual(shown("activities for zzl.SD"), ["zzl.SD1", "zzl.SD2", "zzl.SD3", "zzl.SD4", "zzl.SD5",
                                                        "zzl.SD6", "zzl.SD7", "zzl.SD8"])
        XCTAssertEqual(shown("activities for W"), ["WP1", "WP2", "WP3", "WP4"])
        XCTAssertEqual(edit("activities for W"), .replace("WP"))
        XCTAssertEqual(edit("activities for SD7"), .replace("SD7 "))
    }

    // MARK: - with: roles and actors

    func testWithOffersRolesThenActors() {
        let all = shown("activities with ")
        XCTAssertEqual(Array(all.prefix(7)), ["lead", "responsible", "facilitator", "supporter", "partner", "involved",
                                              "audience"])
        XCTAssertTrue(all.contains("\"Stad Leuven\""), "names with spaces are shown quoted")
        XCTAssertTrue(all.contains("ELZ"))
        XCTAssertEqual(shown("activities with part"), ["partner"])
        XCTAssertEqual(shown("activities with lea"), ["lead"])
        XCTAssertEqual(shown("activities with Ilf"), ["Ilfaro"])
    }

    func testWithRoleOffersActorsOnly() {
        XCTAssertEqual(shown("activities with lead EL"), ["ELZ", "\"ELZ Gent\"", "\"ELZ Leuven\"", "\"ELZ Leuven Noord\"",
                                                          "\"ELZ Leuven Zuid\""])
        // What they share is added bare: `ELZ` is one of them; a quote would hide it.
        XCTAssertEqual(edit("activities with lead EL"), .replace("ELZ"))
        XCTAssertEqual(edit("activities with lead \"ELZ"), .list(["ELZ", "\"ELZ Gent\"", "\"ELZ Leuven\"",
                                                                  "\"ELZ Leuven Noord\"", "\"ELZ Leuven Zuid\""]))
        XCTAssertEqual(edit("activities with lead \"ELZ L"), .replace("\"ELZ Leuven"))
        XCTAssertEqual(edit("activities with partner Stad"), .replace("\"Stad Leuven\" "))
        XCTAssertEqual(edit("activities with partner \"stad"), .replace("\"Stad Leuven\" "))
        XCTAssertFalse(shown("activities with lead ").contains("lead"), "no role after a role")
        XCTAssertEqual(shown("activities with lead geint"), ["\"Geïntegreerd Breed Onthaal (GBO)\""],
                       "accents and case are ignored")
    }

    // MARK: - of: plans, goals, actors

    func testOfOffersPlansGoalsAndActors() {
        let all = shown("activities of ")
        XCTAssertEqual(Array(all.prefix(2)), ["elz", "zzl"])
        XCTAssertTrue(all.contains("elz.A2.1"), "of ACTIVITY is accepted: what belongs to it")
        XCTAssertTrue(all.contains("OD2.1") && all.contains("zzl.SD3") && all.contains("\"UZ Leuven\""))
        XCTAssertEqual(shown("activities of z"), ["zzl", "zzl.SD1", "zzl.SD2", "zzl.SD3", "zzl.SD4", "zzl.SD5",
                                                  "zzl.A1.1", "zzl.A2.1", "zzl.A2.2", "zzl.A3.1", "zzl.A4.1", "zzl.A5.1",
                                                  "Ziekenfondsen", "\"Ziekenfondsen en DMW\"", "\"ziekenhuisnetwerk Plexus\"",
                                                  "Ziekenhuizen", "ZOHrg", "zorgcoach", "\"Zorgraad ELZ Leuven\"",
                                                  "Zorgverleners", "\"Zorgzaam Leuven\""])
        XCTAssertEqual(shown("goals of el"), ["elz", "elz.SD1", "elz.SD2", "elz.SD3", "elz.SD4", "elz.SD5",
                                              "elz.A1.1", "elz.A2.1", "elz.A2.2", "elz.A3.1", "elz.A4.1", "elz.A5.1",
                                              "\"ELZ Gent\"", "\"ELZ Leuven\"", "\"ELZ Leuven Noord\"",
                                              "\"ELZ Leuven Zuid\""],
                       "the plan elz and the actor ELZ are one spelling, listed once")
    }

    // MARK: - Periods

    func testPeriodsAfterInStartingAndEnding() {
        let forms = ["2023", "2023 Q1", "2023 Q2", "2023 Q3", "2023 Q4", "2023 H1", "2023 H2",
                     "2024", "2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4", "2024 H1", "2024 H2"]
        XCTAssertEqual(shown("activities in "), forms)
        XCTAssertEqual(shown("activities starting in "), forms)
        XCTAssertEqual(shown("activities ending before 2"), forms)
        XCTAssertEqual(shown("activities starting after 2024"), Array(forms.suffix(7)))
        // After a year: its quarters and halves, or (the period being whole) the next clause.
        XCTAssertEqual(Array(shown("activities in 2024 ").prefix(7)), ["Q1", "Q2", "Q3", "Q4", "H1", "H2", "of"])
        XCTAssertTrue(shown("activities in 2024 ").contains("order by"))
        XCTAssertEqual(shown("activities starting in 2023 Q"), ["Q1", "Q2", "Q3", "Q4"])
        XCTAssertEqual(edit("activities in 2024 H"), .list(["H1", "H2"]))
        XCTAssertEqual(edit("activities in 2024 Q3"), .replace("Q3 "))
        XCTAssertEqual(shown("activities starting "), ["in", "before", "after"])
        XCTAssertEqual(shown("activities st"), ["starting in", "starting before", "starting after"])
    }

    // MARK: - Fields

    func testFieldsAfterWhereOrderByShowAndBy() {
        XCTAssertEqual(shown("activities where ti"), ["title"])
        XCTAssertEqual(shown("goals order by st"), ["start"])
        XCTAssertEqual(shown("activities show title, ph"), ["phase"])
        XCTAssertEqual(shown("count activities by qu"), ["quarter"])
        XCTAssertEqual(shown("activities where title ~ 'x' and wh"), ["why", "where"])
        XCTAssertEqual(shown("activities order by "), shown("activities where ").dropLast())
        XCTAssertEqual(shown("activities where ").prefix(4), ["id", "kind", "plan", "title"])
        XCTAssertEqual(shown("activities where ").last, "not", "a condition may start with not")
        XCTAssertFalse(shown("activities order by ").contains("not"))
    }

    func testFieldsFollowTheKindAsked() {
        // Goals store a level; activities do not.
        XCTAssertEqual(shown("goals where le"), ["lead", "level"])
        XCTAssertEqual(shown("activities where le"), ["lead"])
        XCTAssertEqual(shown("let q = goals where le"), ["lead", "level"])
    }

    // MARK: - Other keywords

    func testKeywordsAndKindsElsewhere() {
        // Only what the parser takes after a whole query on the same line: no `and`, `asc` or kind.
        XCTAssertEqual(shown("activities "), ["of", "for", "in", "starting in", "starting before", "starting after",
                                              "ending in", "ending before", "ending after", "with", "where",
                                              "contributing to", "linked to", "not", "by", "order by", "limit", "show"])
        XCTAssertEqual(edit("activities of elz w"), .list(["with", "where"]))
        XCTAssertEqual(shown("activities of elz\nw"), ["work packages", "with", "where"], "a new line may start a query")
        XCTAssertEqual(shown("activities with ELZ a"), ["and"])
        XCTAssertEqual(shown("activities order by start "), ["by", "asc", "desc", "limit", "show"])
        XCTAssertEqual(shown("activities limit 5 "), ["by", "order by", "show"])
        XCTAssertEqual(shown("path from elz.A3.1 "), ["to"])
        XCTAssertEqual(shown("goals where level "), ["in", "not in", "is not", "is unknown", "=", "!=", "<", "<=", ">", ">=", "~"])
        XCTAssertEqual(shown("goals where level = "), ["operational", "strategic"].sorted(by: WordText.naturalLess))
        XCTAssertEqual(shown("activities where goal = SD"), shown("activities for SD").filter { !$0.hasPrefix("W") })
        XCTAssertEqual(edit("activities contr"), .replace("contributing to "))
        XCTAssertEqual(shown("activities order "), ["by"])
        XCTAssertEqual(shown("activities contributing to T1"), ["T10", "T11", "T12", "T13", "T14", "T15"])
        XCTAssertEqual(shown("describe elz.A2"), ["elz.A2.1", "elz.A2.2", "elz.A2.1-outcome-1", "elz.A2.1-outcome-2",
                                                  "elz.A2.1-outcome-3", "elz.A2.1-process", "elz.A2.2-outcome",
                                                  "elz.A2.2-output", "elz.A2.2-process"], "activities, then indicators")
        let targets = shown("path from elz.A3.1 to zz")
        XCTAssertTrue(targets.contains("zzl") && targets.contains("zzl.A1.1"), "\(targets)")
    }

    func testNothingAfterLimitOrInsideAComment() {
        XCTAssertEqual(edit("activities limit "), .none)
        XCTAssertEqual(edit("activities # for SD"), .none)
    }

    // MARK: - Multi-line entries

    func testEarlierLinesOfTheEntryAreContext() {
        XCTAssertEqual(shown("activities of elz\nfor SD"), ["SD1", "SD2", "SD3", "SD4", "SD5"])
        XCTAssertEqual(shown("goals of\nz"), shown("goals of z"))
        XCTAssertEqual(shown("goals of zzl\nact"), ["activities", "actors"], "a kind on a new line starts a statement")
        // Plain and quoted names share `elz`: Tab adds that, and opens no quote the user did not want.
        XCTAssertEqual(edit("activities of el"), .replace("elz"))
    }

    // MARK: - Meta commands

    func testMetaCommands() {
        XCTAssertEqual(shown("."), [".help", ".load", ".plans", ".fields", ".format", ".timer", ".output", ".read",
                                    ".explain", ".quit", ".exit"])
        XCTAssertEqual(edit(".fo"), .replace(".format "))
        XCTAssertEqual(shown(".format "), ["table", "json", "csv", "markdown", "expanded", "svg", "dot", "mermaid", "html"])
        XCTAssertEqual(edit(".format j"), .replace("json "))
        XCTAssertEqual(shown(".help "), ["queries", "periods", "roles", "operations", "kinds", "dutch", "fields",
                                         "statements", "pictures"])
        XCTAssertEqual(edit(".timer o"), .list(["on", "off"]))
        XCTAssertEqual(edit(".explain of"), .replace("off "))
        XCTAssertEqual(edit(".plans x"), .none)
    }

    func testFilePathsAfterReadLoadAndOutput() {
        let examples = ExamplePlans.repository.appendingPathComponent("Examples").path
        XCTAssertEqual(edit(".read \(examples)/pl"), .replace("\(examples)/plans/"))
        XCTAssertEqual(edit(".load \(examples)/plans/e"), .replace("\(examples)/plans/elz.yaml "))
        XCTAssertEqual(edit(".load \(examples)/plans/elz.yaml \(examples)/plans/z"), .replace("\(examples)/plans/zzl.yaml "))
        XCTAssertEqual(shown(".output \(examples)/plans/"), ["actors.yaml", "elz.yaml", "zzl.yaml"])
    }
}

/// What Tab does with a list of candidates, independent of the plans.
final class CompletionEditTests: XCTestCase {
    func testNoCandidateSingleCandidateAndCommonPrefix() {
        XCTAssertEqual(Completion(word: "x", candidates: []).edit, .none)
        XCTAssertEqual(Completion(word: "go", candidates: [Candidate("goals")]).edit, .replace("goals "))
        XCTAssertEqual(Completion(word: "o", candidates: [Candidate("OD2.1"), Candidate("OD2.2")]).edit, .replace("OD2."))
        XCTAssertEqual(Completion(word: "od", candidates: [Candidate("OD2.1"), Candidate("OD2.2")]).edit, .replace("OD2."))
        XCTAssertEqual(Completion(word: "sd", candidates: [Candidate("SD1"), Candidate("SD2")]).edit, .list(["SD1", "SD2"]),
                       "nothing to add but case: list")
    }

    func testQuotedNames() {
        let names = [Candidate.name("Stad Leuven"), Candidate.name("Stad \"Oost\"")]
        XCTAssertEqual(Completion(word: "St", candidates: [names[0]]).edit, .replace("\"Stad Leuven\" "))
        XCTAssertEqual(Completion(word: "'St", candidates: [names[0]]).edit, .replace("'Stad Leuven' "),
                       "the quote typed is kept")
        XCTAssertEqual(Completion(word: "\"Stad \"", candidates: [names[1]]).edit, .replace("\"Stad \\\"Oost\\\"\" "),
                       "quotes inside are escaped")
        XCTAssertEqual(Completion(word: "S", candidates: names).edit, .replace("\"Stad "))
        XCTAssertEqual(names.map(\.shown), ["\"Stad Leuven\"", "\"Stad \\\"Oost\\\"\""])
        XCTAssertFalse(Candidate.name("elz.A2.1").quoted)
        XCTAssertFalse(Candidate.name("stad-leuven").quoted)
        XCTAssertTrue(Candidate.name("HR comité").quoted)
        XCTAssertTrue(Candidate.name("a--b").quoted)
    }

    func testFolderCompletesWithoutSpace() {
        XCTAssertEqual(Completion(word: "Ex", candidates: [Candidate("Examples/", isFolder: true)]).edit,
                       .replace("Examples/"))
    }
}

final class CandidateColumnsTests: XCTestCase {
    func testFillsDownThenAcross() {
        let items = ["SD1", "SD2", "SD3", "SD4", "SD5"]
        XCTAssertEqual(CandidateColumns.lines(items, width: 80), ["SD1  SD2  SD3  SD4  SD5"])
        XCTAssertEqual(CandidateColumns.lines(items, width: 13), ["SD1  SD3  SD5", "SD2  SD4"])
        XCTAssertEqual(CandidateColumns.lines(items, width: 12), ["SD1  SD4", "SD2  SD5", "SD3"])
        XCTAssertEqual(CandidateColumns.lines(items, width: 3), items)
    }

    func testLongListsAreCut() {
        let items = (1...50).map { "item\($0)" }
        let lines = CandidateColumns.lines(items, width: 6)
        XCTAssertEqual(lines.count, CandidateColumns.maxRows + 1)
        XCTAssertEqual(lines.last, "… and 30 more; type more letters to narrow them down")
    }
}

/// Completion after the drawing statements (issue 13): `graph` takes a query, `overview` a plan.
final class DrawingStatementCompletionTests: XCTestCase {
    let completer = Completer(graph: ExamplePlans.graph, queryNames: [])

    func testGraphTakesAQueryAndOverviewAPlan() {
        let afterGraph = completer.complete("graph ").candidates.map(\.value)
        XCTAssertTrue(afterGraph.contains("activities") && afterGraph.contains("goals"), "\(afterGraph)")
        XCTAssertEqual(completer.complete("overview ").candidates.map(\.value), ["elz", "zzl"])
    }
}
