import QueryTestSupport
import XCTest

/// The operations of issue 9 §2 over the example plans: query → exact answer, and Dutch or
/// combined questions that must answer what their plain English form does.
final class OperationsAnswerTests: XCTestCase {
    /// Aggregates read `value (nodes with a value/nodes without)`, a group before a colon.
    static let answers: [(query: String, answer: [String])] = [
        ("sum share of staff of zzl", ["number(315.0) (9/2)"]),
        ("count staff where share >= 40", ["5"]),
        ("count staff where share < 40", ["4"]),
        ("count staff where share is unknown", ["0"]),
        ("sum budget_fte of work packages", ["number(1.5) (3/1)"]),
        ("min start of activities of elz", ["period(2024-01-01) (6/0)"]),
        ("max share of staff by employer order by max desc",
         ["MCH: number(50.0) (3/0)", "UZ Leuven: number(40.0) (1/0)", "BAF: number(40.0) (1/0)", "(none): number(40.0) (4/2)"]),
        ("count activities of zzl where number of themes = 15", ["6"]),
        ("activities of zzl where number of themes >= 15", ["zzl.A1.2", "zzl.A2.4", "zzl.A2.5", "zzl.A2.6", "zzl.A2.7", "zzl.A3.1"]),
        ("activities of elz order by number of indicators desc, id limit 2", ["elz.A1.1", "elz.A5.1"]),
        ("activities where text ~ \"Leuven Helpt\"", ["elz.A3.1", "zzl.A2.7"]),
        ("count actors of elz and of zzl", ["8"]),
        ("count core functions of zzl", ["6"]),
        ("count success factors where status = met", ["12"]),
        ("count achievements", ["4"]),
    ]

    func testAnswers() {
        for (query, answer) in Self.answers {
            XCTAssertEqual(ExamplePlans.answer(query), answer, query)
        }
    }

    static let sameAnswers: [(String, String)] = [
        ("activiteiten van elz met trekker ELZ", "activities of elz with lead ELZ"),
        ("doelen van elz", "goals of elz"),
        ("acties van zzl met betrokken \"UZ Leuven\"", "activities of zzl with involved \"UZ Leuven\""),
        ("activiteiten waar eindverantwoordelijke = ELZ", "activities with responsible ELZ"),
        ("activities with faciliterend ELZ", "activities with facilitator ELZ"),
        ("tel activiteiten van zzl per goal", "count activities of zzl by goal"),
        ("werkpakketten van zzl", "work packages of zzl"),
        ("thema's van zzl", "themes of zzl"),
        ("indicatoren van elz.A2.2", "indicators of elz.A2.2"),
        ("activities with doelgroep \"Huis van het Kind Leuven\" or with ondersteunend ELZ",
         "activities with audience \"Huis van het Kind Leuven\" or with supporter ELZ"),
        ("actors of elz and of zzl", "actors of zzl of elz"),
        ("activities where text ~ \"Leuven Helpt\"", "activities where title ~ \"Leuven Helpt\" or description ~ \"Leuven Helpt\" or why ~ \"Leuven Helpt\""),
        // Dutch field words (Grammar/keywords.tsv, part `field`), built-in and from plan files.
        ("tel acties per doel", "count activities by goal"),
        ("activiteiten van zzl waar titel ~ \"zorg\" sorteer op einde aflopend, id", "activities of zzl where title ~ \"zorg\" order by end desc, id"),
        ("tel doelen per niveau sorteer op aantal aflopend, groep", "count goals by level order by count desc, group"),
        ("doelen waar niveau = strategic en einde < 2025-01-01", "goals where level = strategic and end < 2025-01-01"),
        ("personeel van zzl waar aandeel >= 40 sorteer op aandeel aflopend, id", "staff of zzl where share >= 40 order by share desc, id"),
        ("acties van zzl waar aantal thema's = 15", "activities of zzl where number of themes = 15"),
        ("acties van elz sorteer op aantal indicatoren aflopend, id limit 2", "activities of elz order by number of indicators desc, id limit 2"),
        ("tel gebeurtenissen per jaar", "count events by year"),
        ("tel acties van zzl per kwartaal", "count activities of zzl by quarter"),
        ("maximum einde van acties per plan", "max end of activities by plan"),
        ("acties waar beschrijving ~ \"buurt\" or waarom ~ \"buurt\"", "activities where description ~ \"buurt\" or why ~ \"buurt\""),
        ("gebeurtenissen van zzl waar datum in 2023 Q1", "events of zzl where date in 2023 Q1"),
    ]

    /// A Dutch word for a field the kind does not have says which field it was read as; a
    /// misspelt field is offered its English name, and a Dutch one only where no English is close.
    func testDutchFieldErrors() {
        let errors = [
            ("acties waar niveau = strategic", "unknown field 'niveau' ('level') for activities"),
            ("acties waar titl ~ \"x\"", "unknown field 'titl' for activities — did you mean 'title'?"),
            ("acties waar beschrijvng ~ \"x\"", "unknown field 'beschrijvng' for activities — did you mean 'beschrijving'"),
        ]
        for (query, message) in errors {
            let answer = ExamplePlans.answer(query)
            XCTAssertEqual(answer.count, 1, query)
            XCTAssertTrue(answer.first?.contains(message) ?? false, "\(query): \(answer)")
        }
    }

    func testSameQuestionSameAnswer() {
        for (a, b) in Self.sameAnswers {
            let answer = ExamplePlans.answer(a)
            XCTAssertFalse(answer.isEmpty, a)
            XCTAssertFalse(answer.first?.hasPrefix("error") ?? true, "\(a): \(answer)")
            XCTAssertEqual(answer, ExamplePlans.answer(b), "\(a) vs \(b)")
        }
    }
}
