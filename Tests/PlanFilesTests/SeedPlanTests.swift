import Foundation
import PlanFiles
import PlanModel
import XCTest

/// Counts what was loaded from each example plan against the seed documents, and re-reads
/// the ZZL activity table from the seed itself to check every contribution mark.
final class SeedPlanTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let plans = root.appendingPathComponent("Examples/plans")
    /// The source documents ship with the project (Examples/sources), so these tests run from a fresh clone.
    static let zzlSeed = root.appendingPathComponent("Examples/sources/zorgzaam-leuven-transitieplan.txt")

    static let loaded: Result<LoadedPlans, Error> = {
        switch PlanLoader.load(paths: [plans.path]) {
        case .success(let l): return .success(l)
        case .failure(let e): return .failure(e)
        }
    }()

    var graph: PlanGraph { get throws { try Self.loaded.get().graph } }

    func ids(_ kind: NodeKind, in plan: String) throws -> [String] {
        let g = try graph
        let p = try XCTUnwrap(g.plan(named: plan))
        return g.nodes(of: kind).filter { g[$0].plan == p }.map { g[$0].id }
    }

    func testExamplePlansLoadWithoutErrors() throws {
        let loaded = try Self.loaded.get()
        XCTAssertEqual(loaded.graph.plans.map { loaded.graph[$0].id }.sorted(), ["elz", "zzl"])
        XCTAssertTrue(loaded.warnings.allSatisfy { $0.severity == .warning })
    }

    func testZZLCounts() throws {
        let g = try graph
        XCTAssertEqual(try ids(.goal, in: "zzl"), (1...8).map { "SD\($0)" })
        XCTAssertEqual(try ids(.activity, in: "zzl").count, 28)
        let perGoal = try (1...8).map { n -> Int in
            let goal = try XCTUnwrap(g.node(qualifiedID: "zzl.SD\(n)"))
            return g.children(of: goal).filter { g[$0].kind == .activity }.count
        }
        XCTAssertEqual(perGoal, [6, 7, 4, 2, 2, 2, 2, 3])
        XCTAssertEqual(try ids(.workPackage, in: "zzl"), ["WP1", "WP2", "WP3", "WP4"])
        XCTAssertEqual(try ids(.theme, in: "zzl").count, 15)
        XCTAssertEqual(try ids(.event, in: "zzl").filter { $0.hasPrefix("E") }, (1...17).map { String(format: "E%02d", $0) })
        XCTAssertEqual(try ids(.coreFunction, in: "zzl").count, 6)
        XCTAssertEqual(try ids(.staff, in: "zzl").count, 11)
        XCTAssertEqual(try ids(.achievement, in: "zzl").count, 4)
        let groups = g.nodes(of: .actor).filter { g[$0].id.hasPrefix("zzl-cat-") }
        XCTAssertEqual(groups.count, 11)
        // Category 10 (patient and carer associations) names no members in the source.
        XCTAssertEqual(groups.filter { g.members(of: $0).isEmpty }.map { g[$0].id }, ["zzl-cat-10"])
        let hospitals = try XCTUnwrap(g.node(qualifiedID: "zzl-cat-4"))
        XCTAssertEqual(Set(g.members(of: hospitals).map { g[$0].title }).isSuperset(of: ["UZ Leuven", "UPC Kortenberg"]), true)
    }

    func testZZLActivitiesHaveNoPhaseAndInheritThePlanPeriod() throws {
        let g = try graph
        for id in try ids(.activity, in: "zzl") {
            let a = try XCTUnwrap(g.node(qualifiedID: "zzl." + id))
            XCTAssertEqual(g[a].field("phase"), .unknown, id)
            XCTAssertTrue(g[a].periodIsInherited, id)
            XCTAssertEqual(g[a].period?.description, "2023-01-01..2024-12-31", id)
        }
    }

    func testELZCounts() throws {
        let g = try graph
        let goals = try ids(.goal, in: "elz")
        XCTAssertEqual(goals.filter { $0.hasPrefix("SD") }, ["SD1", "SD2", "SD3", "SD4", "SD5"])
        XCTAssertEqual(goals.filter { $0.hasPrefix("OD") }, ["OD1.1", "OD2.1", "OD2.2", "OD3.1", "OD4.1", "OD5.1"])
        XCTAssertEqual(try ids(.activity, in: "elz"), ["A1.1", "A2.1", "A2.2", "A3.1", "A4.1", "A5.1"])
        let proeftuin = try XCTUnwrap(g.node(qualifiedID: "elz.A2.2"))
        XCTAssertEqual(g[proeftuin].title, "Opzetten proeftuin")
        XCTAssertEqual(g[proeftuin].period?.description, "2024 H2")
        let sd2 = try XCTUnwrap(g.node(qualifiedID: "elz.SD2"))
        XCTAssertEqual(g.descendants(of: sd2).filter { g[$0].kind == .activity }.map { g[$0].id }, ["A2.1", "A2.2"])
        let kinds = Set(g.nodes(of: .indicator).filter { g[$0].id.hasPrefix("A") }.compactMap { g[$0].field("type") })
        XCTAssertEqual(kinds, [.text("process"), .text("output"), .text("outcome")])
    }

    func testOneOrganisationIsOneNodeAcrossPlans() throws {
        let g = try graph
        let elz = g.actors(named: "ELZ")
        XCTAssertEqual(elz.count, 1)
        let subjects = Set(g.roles(naming: elz[0]).compactMap { g[$0.subject].plan }.map { g[$0].id })
        XCTAssertEqual(subjects, ["elz", "zzl"])
    }

    /// Re-reads the "Vraag c" table of the seed: every activity row's `x` cells must be exactly
    /// the themes the plan file says it contributes to.
    func testZZLContributionMarksMatchTheSeedTable() throws {
        let seed = try String(contentsOf: Self.zzlSeed, encoding: .utf8)
        let g = try graph
        let lines = seed.components(separatedBy: "\n")
        var checked = 0
        for id in try ids(.activity, in: "zzl") {
            let a = try XCTUnwrap(g.node(qualifiedID: "zzl." + id))
            let line = try XCTUnwrap(Int(g[a].source?.lines ?? ""), id)
            let cells = lines[line - 1].components(separatedBy: "\t")
            XCTAssertGreaterThanOrEqual(cells.count, 16, id)
            let marked = (1...15).filter { cells[$0].trimmingCharacters(in: .whitespaces).lowercased() == "x" }
            let themes = g.themes(of: a).compactMap { t -> Int? in
                if case .number(let c)? = g[t].field("column") { return Int(c) } else { return nil }
            }
            XCTAssertEqual(themes.sorted(), marked, "\(id) at seed line \(line)")
            checked += 1
        }
        XCTAssertEqual(checked, 28)
    }

    /// The plans' `source.file` names a document that ships with the project.
    func testPlanSourceFilesShipWithTheProject() throws {
        let g = try graph
        for plan in g.plans {
            let file = try XCTUnwrap(g[plan].source?.document, g[plan].id)
            XCTAssertTrue(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(file).path), file)
        }
    }
}
