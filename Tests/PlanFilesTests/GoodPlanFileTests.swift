import Diagnostics
import Foundation
import PlanFiles
import PlanModel
import XCTest

final class GoodPlanFileTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/good")

    func load() throws -> LoadedPlans {
        switch PlanLoader.load(paths: [Self.folder.path]) {
        case .success(let loaded): return loaded
        case .failure(let problems): throw problems
        }
    }

    func testLoadsEveryKindWithCounts() throws {
        let graph = try load().graph
        XCTAssertEqual(graph.plans.count, 1)
        XCTAssertEqual(graph.nodes(of: .goal).count, 3)
        XCTAssertEqual(graph.nodes(of: .activity).count, 2)
        XCTAssertEqual(graph.nodes(of: .indicator).count, 1)
        XCTAssertEqual(graph.nodes(of: .event).count, 1)
        XCTAssertEqual(graph.nodes(of: .actor).count, 2)
    }

    func testPeriodsAreOwnOrInheritedAndSaySo() throws {
        let graph = try load().graph
        let a1 = try XCTUnwrap(graph.node(qualifiedID: "demo.A1"))
        let a2 = try XCTUnwrap(graph.node(qualifiedID: "demo.a2"))
        XCTAssertEqual(graph[a1].period?.description, "2024 Q1")
        XCTAssertFalse(graph[a1].periodIsInherited)
        XCTAssertEqual(graph[a2].period?.description, "2024 H2")
        XCTAssertEqual(graph[a2].periodFrom, graph.node(qualifiedID: "demo.SD2"))
        let event = try XCTUnwrap(graph.node(qualifiedID: "demo.E1"))
        XCTAssertEqual(graph[event].period?.approximate, true)
        XCTAssertEqual(graph[event].period?.written, "april")
    }

    func testSubtreeRolesThemesAndLinks() throws {
        let graph = try load().graph
        let sd1 = try XCTUnwrap(graph.node(qualifiedID: "demo.SD1"))
        let a1 = try XCTUnwrap(graph.node(qualifiedID: "demo.A1"))
        let a2 = try XCTUnwrap(graph.node(qualifiedID: "demo.A2"))
        XCTAssertTrue(graph.isInSubtree(a1, of: sd1))
        XCTAssertFalse(graph.isInSubtree(a2, of: sd1))
        XCTAssertEqual(graph.descendants(of: sd1).map { graph[$0].id }, ["OD1.1", "A1", "A1-process"])
        let elz = try XCTUnwrap(graph.actors(named: "elz").first)
        XCTAssertEqual(graph.actors(named: "ELZ Leuven"), [elz])
        XCTAssertEqual(graph.roles(naming: elz).map(\.role), [.lead])
        let kulEdge = try XCTUnwrap(graph.roles(of: a1).first { $0.role == .partner })
        XCTAssertEqual(kulEdge.note, "named in the text")
        XCTAssertEqual(graph.themes(of: a1).map { graph[$0].title }, ["Equity"])
        XCTAssertEqual(graph.links(from: a2), [a1])
    }

    func testPeriodIndexFindsOverlapsInclusively() throws {
        let graph = try load().graph
        let march31 = Period.day(Day(year: 2024, month: 3, day: 31)!)
        XCTAssertEqual(graph.nodes(of: .activity, overlapping: march31).map { graph[$0].id }, ["A1"])
        let july1 = Period.day(Day(year: 2024, month: 7, day: 1)!)
        XCTAssertEqual(graph.nodes(of: .activity, overlapping: july1).map { graph[$0].id }, ["A2"])
    }

    func testActivityWithoutLeadIsAWarningNotAnError() throws {
        let loaded = try load()
        XCTAssertEqual(loaded.warnings.map { $0.summary.replacingOccurrences(of: Self.folder.path + "/", with: "") },
                       ["plan.yaml:23:5: warning: activity 'A2' has no lead"])
    }

    func testProvenanceNamesTheSourceDocumentAndLine() throws {
        let graph = try load().graph
        let sd1 = try XCTUnwrap(graph.node(qualifiedID: "demo.SD1"))
        XCTAssertEqual(graph[sd1].source?.description, "demo.txt line 3")
    }
}
