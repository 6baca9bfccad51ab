import Diagnostics
import Foundation
import PlanBench
import PlanFiles
import PlanModel
import QueryBinding
import QuerySyntax
import XCTest

/// A bare goal id that names a goal in many plans (`SD3` in each of 170 here) is bound as a
/// rule tested on the columns, not as a list of goals: the answers must be those of naming
/// every one of those goals, and the note must still say what was taken.
final class ManyPlansBindingTests: XCTestCase {
    func testABareIdInManyPlansAnswersAsEveryGoalNamedOneByOne() throws {
        let set = PlanSetGenerator(activities: 3_000, seed: 7).makeSet()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-many-plans-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try YAMLPlanWriter(folder: folder).write(set)
        let graph = try PlanLoader.load(paths: [folder.path]).get().graph
        let goals = graph.nodes(withID: "SD3").filter { graph.kind(of: $0) == .goal }
        XCTAssertGreaterThan(goals.count, GoalsWithID.listedAtMost, "the set must have more plans than are listed")

        let text = "activities for SD3 in 2024 Q1"
        let file = SourceFile(name: "query", text: text)
        guard case .complete(let statements) = Parser.parse(file), case .query(let query) = statements[0].form else {
            return XCTFail("does not parse")
        }
        let bound = try Binder(graph: graph).bind(query, in: file)
        guard case .and(let parts) = bound.predicate, case .belowGoals(let rule)? = parts.first else {
            return XCTFail("not bound as a rule: \(bound.predicate)")
        }
        XCTAssertEqual(rule.count, goals.count)
        let note = try XCTUnwrap(bound.resolutions.first { $0.written == "SD3" })
        let firstFive = goals.prefix(5).map(graph.qualifiedID).joined(separator: ", ")
        XCTAssertEqual(note.meaning, "\(firstFive) and \(goals.count - 5) more and everything below")

        // The same goals, each named with its plan: bound one by one, as lists.
        let planq = PlanqAnswers(graph: graph)
        var oneByOne: [String] = []
        for goal in goals { oneByOne += try planq.rows("activities for \(graph.qualifiedID(goal)) in 2024 Q1") }
        let together = try planq.rows(text)
        XCTAssertFalse(together.isEmpty)
        XCTAssertEqual(together.sorted(), oneByOne.sorted())
        XCTAssertEqual(try planq.rows("count activities for SD3 in 2024 Q1"), ["\(oneByOne.count)"])
    }
}
