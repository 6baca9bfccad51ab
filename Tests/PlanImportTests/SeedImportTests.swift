@testable import PlanImport
import PlanModel
import XCTest

/// Importing the two shipped source documents gives back what the hand-written example plans
/// say, fact by fact, through the loaded plan graphs.
final class SeedImportTests: XCTestCase {
    func testELZImportEqualsTheExamplePlan() throws {
        let imported = try ImportHarness.load(ImportHarness.importSource(ImportHarness.elzSource).plan)
        let example = try ImportHarness.examplePlans()
        let plan = "elz-leuven-2024"
        XCTAssertEqual(PlanFacts.goals(example, "elz").count, 11)
        XCTAssertEqual(PlanFacts.goals(imported, plan), PlanFacts.goals(example, "elz"))
        XCTAssertEqual(PlanFacts.activities(imported, plan), PlanFacts.activities(example, "elz"))
        XCTAssertEqual(PlanFacts.indicatorCounts(imported, plan), PlanFacts.indicatorCounts(example, "elz"))
        XCTAssertEqual(PlanFacts.links(imported, plan), PlanFacts.links(example, "elz"))
        XCTAssertEqual(PlanFacts.roles(imported, plan, [.responsible]), PlanFacts.roles(example, "elz", [.responsible]))
        // The hand-written plan also reads a lead out of prose: A3.1's partnership text says
        // "De stad trekt de globale communicatie" — the form's own-role field gives ELZ only
        // 'Faciliterende rol', which is what the importer reads.
        let fromProse = ["A3.1 lead stad leuven"]
        let handRoles = PlanFacts.roles(example, "elz", [.lead, .facilitator, .supporter])
        XCTAssertTrue(Set(fromProse).isSubset(of: handRoles))
        XCTAssertEqual(PlanFacts.roles(imported, plan, [.lead, .facilitator, .supporter]), handRoles.filter { !fromProse.contains($0) })
    }

    /// Partners read from the names in the partnership cell are parties the hand-written plan
    /// also gives a role in that action (it reads more, from the whole text, with group actors
    /// of its own).
    func testELZPartnersFoundByNameArePartiesOfTheExamplePlan() throws {
        let imported = try ImportHarness.load(ImportHarness.importSource(ImportHarness.elzSource).plan)
        let example = try ImportHarness.examplePlans()
        let partners = PlanFacts.roles(imported, "elz-leuven-2024", [.partner])
        XCTAssertEqual(partners, ["A1.1 partner huis van het kind leuven", "A1.1 partner stad leuven", "A2.1 partner elz leuven noord",
                                  "A2.1 partner elz leuven zuid", "A2.2 partner elz leuven noord", "A2.2 partner elz leuven zuid",
                                  "A3.1 partner stad leuven", "A5.1 partner stad leuven", "A5.1 partner zorgzaam leuven"])
        let handParties = Set(PlanFacts.roles(example, "elz", Set(Role.allCases)).map { line -> String in
            let parts = line.split(separator: " ", maxSplits: 2)
            return "\(parts[0]) \(parts[2])"
        })
        for line in partners {
            let parts = line.split(separator: " ", maxSplits: 2)
            XCTAssertTrue(handParties.contains("\(parts[0]) \(parts[2])"), line)
        }
    }

    func testELZImportKeepsTheFormFields() throws {
        let plan = try ImportHarness.importSource(ImportHarness.elzSource).plan
        XCTAssertEqual(plan.owner, "elz-leuven")
        XCTAssertEqual(plan.period, "2024")
        XCTAssertEqual(plan.status, "Goedgekeurd")
        XCTAssertEqual(plan.versions.map(\.version), ["1.0", "1.1", "1.2"])
        let a11 = try XCTUnwrap(plan.activities.first { $0.id == "A1.1" })
        XCTAssertEqual(a11.willDo.count, 7)
        XCTAssertEqual(a11.willNotDo.count, 3)
        XCTAssertEqual(a11.steps.count, 10)
        XCTAssertEqual(a11.ownRoleText, "Trekkende rol")
        XCTAssertTrue(a11.linksText?.contains("lopende projecten zoals Zorgzame Buurten") == true, "joined across the page break")
        XCTAssertEqual(a11.origin.line, 82)
        let a41 = try XCTUnwrap(plan.activities.first { $0.id == "A4.1" })
        XCTAssertEqual(a41.roles["lead"]?.map(\.actor), ["elz-leuven"])
        XCTAssertEqual(a41.roles["supporter"]?.map(\.actor), ["elz-leuven"])
        XCTAssertEqual(a41.description?.components(separatedBy: "\n\n").count, 4)
        let a51 = try XCTUnwrap(plan.activities.first { $0.id == "A5.1" })
        XCTAssertEqual(a51.roles["facilitator"]?.map(\.actor), ["elz-leuven"])
        XCTAssertNil(a51.roles["lead"])
    }

    func testELZDatedItemsBecomeEvents() throws {
        let plan = try ImportHarness.importSource(ImportHarness.elzSource).plan
        let dates = Set(plan.events.map { "\($0.date) \($0.written)" })
        for expected in ["2024-04 In april 2024", "2024-05 in mei 2024", "2023-12 Eind 2023", "2023-05-25 op 25 mei 2023",
                         "2022-10 sinds oktober 2022", "2024-06..2024-07 midden 2024"] {
            XCTAssertTrue(dates.contains(expected), "\(expected) in \(dates.sorted())")
        }
        XCTAssertTrue(plan.events.allSatisfy { !$0.notes.isEmpty })
    }

    func testELZImportWarnsAboutEveryGuess() throws {
        let result = try ImportHarness.importSource(ImportHarness.elzSource)
        let lines = result.warnings.map { $0.file!.lineColumn(of: $0.range!.offset).line }
        // Placeholders left in the form, in every action's 'Met wie?' cell.
        let placeholders = result.warnings.filter { $0.message.hasPrefix("placeholder") }
        XCTAssertEqual(placeholders.map { $0.file!.lineColumn(of: $0.range!.offset).line }, [105, 172, 205, 316, 351])
        XCTAssertTrue(lines.contains(149), "the link cell of A1.1 joined across the page break at line 147")
        XCTAssertTrue(result.warnings.contains { $0.message.contains("'mantelzorgverenigingen' (responsible) matches no actor") })
        // Every warning is also a note in the plan.
        let yaml = PlanWriter.yaml(result.plan)
        for warning in result.warnings { XCTAssertTrue(yaml.contains(PlanWriter.quotedForTests(warning.message)), warning.message) }
    }

    func testTransitionPlanImportEqualsTheExamplePlan() throws {
        let imported = try ImportHarness.load(ImportHarness.importSource(ImportHarness.zzlSource).plan)
        let example = try ImportHarness.examplePlans()
        let plan = "zorgzaam-leuven"
        XCTAssertEqual(PlanFacts.nodes(imported, plan, .goal).map { imported[$0].id }, (1...8).map { "SD\($0)" })
        XCTAssertEqual(PlanFacts.nodes(imported, plan, .activity).count, 28)
        XCTAssertEqual(PlanFacts.activities(imported, plan), PlanFacts.activities(example, "zzl"))
        XCTAssertEqual(PlanFacts.contributions(imported, plan), PlanFacts.contributions(example, "zzl"))
        XCTAssertEqual(PlanFacts.categories(imported, plan), PlanFacts.categories(example, "zzl"))
        XCTAssertEqual(PlanFacts.nodes(imported, plan, .workPackage).map { imported[$0].id }, ["WP1", "WP2", "WP3", "WP4"])
        XCTAssertEqual(PlanFacts.nodes(imported, plan, .theme).map { imported[$0].title },
                       PlanFacts.nodes(example, "zzl", .theme).map { example[$0].title })
    }

    /// Bijlage 4's numbered list of dated consultation steps gives the example plan's events,
    /// except item 2: written 6/12/2023 between 5/12/2022 and 21/12/2022, the example plan
    /// reads it as 2022, the importer keeps it as written and warns.
    func testTransitionPlanDatedListGivesTheEvents() throws {
        let result = try ImportHarness.importSource(ImportHarness.zzlSource)
        let imported = try ImportHarness.load(result.plan)
        let example = try ImportHarness.examplePlans()
        let got = PlanFacts.events(imported, "zorgzaam-leuven"), want = PlanFacts.events(example, "zzl")
        XCTAssertEqual(got.count, 17)
        XCTAssertEqual(got.filter { !$0.hasPrefix("E02 ") }, want.filter { !$0.hasPrefix("E02 ") })
        XCTAssertEqual(got.filter { $0.hasPrefix("E02 ") }, ["E02 2023-12-06"])
        XCTAssertTrue(result.warnings.map(\.summary).contains(
            "\(ImportHarness.zzlSource):501:1: warning: dated item '6/12/2023' breaks the date order of its list (between 2022-12-05 and 2022-12-21); kept as written"))
    }

    func testTransitionPlanFields() throws {
        let result = try ImportHarness.importSource(ImportHarness.zzlSource)
        let plan = result.plan
        XCTAssertEqual(plan.owner, "zzl")
        XCTAssertEqual(plan.period, "2023-01-01..2024-12-31")
        XCTAssertEqual(plan.workPackages.map(\.budgetFTE), ["0.20", "0.50", "2", "0.80"])
        let wp1 = try XCTUnwrap(plan.workPackages.first)
        XCTAssertTrue(wp1.contribution?.contains("-Sterke investering in change management") == true, "line 171 joined to 169")
        XCTAssertTrue(result.warnings.contains { $0.message.hasPrefix("header cell 17 'De organisatie van zorg") })
        XCTAssertEqual(plan.actors.filter { $0.kind == "group" }.compactMap(\.category), Array(1...11))
    }
}

extension PlanWriter {
    /// A message as it appears inside a quoted note.
    static func quotedForTests(_ text: String) -> String { String(quoted(text).dropFirst().dropLast()) }
}
