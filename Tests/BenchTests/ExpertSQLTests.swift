import PlanModel
import XCTest

@testable import PlanBench

/// The expert design-card SQL walks up the goal chain by recursion, so it must not depend on
/// how deep the goals go: on a chain five goals deep (the generated sets and the example plans
/// stop at three) it finds what the naive form, which walks down, finds.
final class ExpertSQLTests: XCTestCase {
    func testTheExpertDesignCardFindsActivitiesUnderADeepGoalChain() throws {
        var set = PlanSet()
        set.actors = [.init(id: "elz", name: "ELZ", kind: "organisation"), .init(id: "stad", name: "Stad", kind: "organisation")]
        let year = Period.year(2024)!
        var plan = PlanSet.Plan(id: "p", title: "Plan", periodText: "2024", period: year)
        plan.goals = [.init(id: "SD3", level: "strategic", title: "top")]
        for depth in 1..<5 {
            plan.goals.append(.init(id: "OD3.\(depth)", level: "operational", title: "level \(depth)", parent: depth - 1))
        }
        plan.goals.append(.init(id: "SD4", level: "strategic", title: "another top"))
        func activity(_ id: String, goal: Int, lead: Int, start month: Int) -> PlanSet.Activity {
            let period = Period(start: Day(year: 2024, month: month, day: 1)!, end: Day(year: 2024, month: 12, day: 31)!)
            var a = PlanSet.Activity(id: id, goal: goal, title: id, period: period)
            a.roles = [.init(role: .lead, actor: lead)]
            return a
        }
        plan.activities = [
            activity("A.deep", goal: 4, lead: 0, start: 1),      // five goals below SD3: in
            activity("A.top", goal: 0, lead: 0, start: 2),       // on SD3 itself: in
            activity("A.other", goal: 5, lead: 0, start: 1),     // under SD4: out
            activity("A.stad", goal: 4, lead: 1, start: 1),      // another lead: out
            activity("A.late", goal: 3, lead: 0, start: 5),      // after Q1: out
        ]
        set.plans = [plan]
        let db = try SQLiteDatabase(path: ":memory:")
        try SQLitePlanWriter.write(set, to: db)
        let card = ReferenceQueries.designCard(goal: "SD3", actor: "ELZ", year: 2024, quarter: 1)
        XCTAssertEqual(try SQLAnswers(card.sql, in: db).rows().sorted(), ["p.A.deep", "p.A.top"])
        XCTAssertEqual(try SQLAnswers(XCTUnwrap(card.expertSQL), in: db).rows().sorted(), ["p.A.deep", "p.A.top"])
    }

    func testTheQueryPlanIsReadAsTheShellDrawsIt() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        try SQLitePlanWriter.write(PlanSet(), to: db)
        let plan = try db.queryPlan("SELECT code FROM activity WHERE id IN (SELECT activity FROM role WHERE actor = 1)")
        XCTAssertEqual(plan, ["SEARCH activity USING INTEGER PRIMARY KEY (rowid=?)", "LIST SUBQUERY 1",
                              "  SEARCH role USING INDEX role_actor (actor=?)"])
    }
}
