import Diagnostics
import QueryBinding
import QuerySyntax
import QueryTestSupport
import XCTest

/// `where` conditions are checked against the field's type: a wrong-type value is an error at
/// the value, naming the type and showing a right comparison; reference values resolve as
/// names do in `with`, `for` and `contributing to`.
final class TypedConditionTests: XCTestCase {
    /// query → the first diagnostic, `file:line:col: message`.
    static let errors: [(query: String, error: String)] = [
        ("activities where start > \"abc\"",
         "q:1:26: 'start' is a date and cannot be compared with the text \"abc\" — e.g. where start >= 2024-01-01, or where start in 2024 Q1"),
        ("activities where start > 5",
         "q:1:26: 'start' is a date and cannot be compared with the number 5 — e.g. where start >= 2024-01-01, or where start in 2024 Q1"),
        ("activities where title > 2024",
         "q:1:26: 'title' is text and cannot be compared with the number 2024 — e.g. where title ~ \"zorg\""),
        ("work packages where budget_fte > \"x\"",
         "q:1:34: 'budget_fte' is a number and cannot be compared with the text \"x\" — e.g. where budget_fte >= 1"),
        ("activities of zzl where themes = 15",
         "q:1:34: 'themes' is a list of references to themes and cannot be compared with the number 15 — e.g. where themes = T04"),
        // `~` on numbers alone matched nothing, silently.
        ("work packages where budget_fte ~ 0",
         "q:1:34: 'budget_fte' is a number: '~' does not apply — e.g. where budget_fte >= 1"),
        ("activities where number of themes ~ 15",
         "q:1:37: 'number of themes' is a number: '~' does not apply — e.g. where number of themes >= 1"),
        ("activities where theme = Equityy", "q:1:26: unknown theme 'Equityy' — did you mean 'Equity'?"),
        ("activities where theme > T04",
         "q:1:24: 'theme' is a list of references to themes: '>' does not apply — e.g. where theme = T04"),
        ("activities where title in 2024",
         "q:1:27: 'title' is text, not a date, so it cannot be in a period — e.g. where title ~ \"zorg\""),
        ("activities where inherited = maybe",
         "q:1:30: 'inherited' is yes or no and cannot be compared with 'maybe' — e.g. where inherited = yes"),
        ("activities where lead = \"Stad Lueven\"", "q:1:25: unknown actor 'Stad Lueven' — did you mean 'Stad Leuven'?"),
        ("activities where goal = SD9", "q:1:25: unknown goal 'SD9' — did you mean 'SD8' or 'SD7'?"),
        // `kind` is the node's kind; the sub-type is `type`.
        ("events where kind = milestone",
         "q:1:21: 'milestone' is a type of events, not a kind — did you mean `where type = milestone`?"),
        ("activities where kind = activty", "q:1:25: no kind 'activty' — did you mean 'activity'?"),
        ("activities where role = leed", "q:1:25: no role 'leed' — did you mean 'lead'?"),
        // A kind word that does not fit the place is an error, not another node.
        ("activities with plan zzl", "q:1:22: 'with' takes an actor; 'plan zzl' names a plan"),
        ("activities contributing to goal Equity", "q:1:33: 'contributing to' takes a theme; 'goal Equity' names a goal"),
        ("activities where lead = plan zzl", "q:1:30: 'lead' takes an actor; 'plan zzl' names a plan"),
        ("activities where theme = goal T04", "q:1:31: 'theme' takes a theme; 'goal T04' names a goal"),
        ("activities for actor ELZ", "q:1:22: 'for' takes a goal or work package; 'actor ELZ' names an actor"),
        // Suggestions rank the actors of the plans in scope first.
        ("activities of zzl with \"GGZ netwerken\"", "q:1:24: unknown actor 'GGZ netwerken' — did you mean 'GGZ' (of zzl)?"),
        ("activities with \"GGZ netwerken\"", "q:1:17: unknown actor 'GGZ netwerken' — did you mean 'GGZ-netwerken'?"),
        ("activities of zzl where involved = \"UZ Leuvn\"",
         "q:1:36: unknown actor 'UZ Leuvn' — did you mean 'UZ Leuven' or 'ELZ Leuven' (of zzl)?"),
    ]

    func testWrongTypesAreErrors() {
        for (query, error) in Self.errors {
            switch ExamplePlans.bind(query) {
            case .success: XCTFail("\(query): bound without error; expected \(error)")
            case .failure(let message): XCTAssertEqual(message, error, query)
            }
        }
    }

    /// query → what each name of the query resolved to (`written → meaning`).
    static let resolutions: [(query: String, names: [String])] = [
        ("activities where theme = T04", ["T04 → zzl.T04 Equity"]),
        ("activities where theme = equity", ["equity → zzl.T04 Equity"]),
        ("activities where themes in (T04, \"Équity\")", ["T04 → zzl.T04 Equity", "Équity → zzl.T04 Equity"]),
        ("activities of zzl where goal = SD3", ["zzl → plan zzl (Transitieplan Zorgzaam Leuven); write `actor zzl` for the actor Zorgzaam Leuven (zzl)",
                                                 "SD3 → zzl.SD3"]),
    ]

    func testReferenceValuesResolveLikeNames() {
        for (query, names) in Self.resolutions {
            switch ExamplePlans.bind(query) {
            case .failure(let message): XCTFail("\(query): \(message)")
            case .success(let bound):
                XCTAssertEqual(bound.resolutions.map { "\($0.written) → \($0.meaning)" }, names, query)
            }
        }
    }

    /// Right comparisons still bind.
    static let accepted = [
        "activities where start > 2024-06-01", "activities where start > \"2024-06-01\"", "activities where end < 2025",
        "work packages where budget_fte >= 0.5", "work packages where budget_fte > \"0.2\"",
        "activities where inherited = no", "activities where id = elz.A2.2", "activities where lead ~ \"stad\"",
        "activities where involved = \"UZ Leuven\"", "activities where start in 2024 Q1",
        "events where type = milestone", "events where kind = event", "activities where role = lead",
    ]

    func testRightComparisonsBind() {
        for query in Self.accepted {
            if case .failure(let message) = ExamplePlans.bind(query) { XCTFail("\(query): \(message)") }
        }
    }
}

/// A name that could mean nodes of several kinds: a plan id means the plan, a kind word picks.
final class NodeNameTests: XCTestCase {
    static let cases: [(statement: String, node: String, notes: [String])] = [
        ("tree zzl", "zzl (plan)",
         ["zzl → the plan zzl (Transitieplan Zorgzaam Leuven); write `actor zzl` for the actor Zorgzaam Leuven (zzl)"]),
        ("tree plan zzl", "zzl (plan)", []),
        ("describe actor zzl", "zzl (actor)", []),
        ("describe ZZL", "zzl (plan)",
         ["ZZL → the plan zzl (Transitieplan Zorgzaam Leuven); write `actor ZZL` for the actor Zorgzaam Leuven (zzl)"]),
        ("describe actor \"Zorgzaam Leuven\"", "zzl (actor)", []),
        ("describe work package WP3", "zzl.WP3 (work package)", []),
        ("describe goal ELZ", "error: unknown goal 'ELZ'", []),
    ]

    func testNames() throws {
        for (statement, node, notes) in Self.cases {
            let file = SourceFile(name: "q", text: statement)
            guard case .complete(let statements) = Parser.parse(file) else { XCTFail(statement); continue }
            let ref: Reference
            switch statements[0].form {
            case .tree(let r), .describe(let r): ref = r
            default: XCTFail(statement); continue
            }
            do {
                let (found, resolutions) = try Binder(graph: ExamplePlans.graph).resolveNode(ref, in: file)
                let g = ExamplePlans.graph
                XCTAssertEqual("\(g.qualifiedID(found)) (\(g[found].kind.rawValue))", node, statement)
                XCTAssertEqual(resolutions.map { "\($0.written) → \($0.meaning)" }, notes, statement)
            } catch {
                XCTAssertEqual("error: " + error.diagnostics[0].message, node, statement)
            }
        }
    }
}
