@testable import PlanModel
import XCTest

/// A node's own period is kept only for the nodes that have one (most inherit theirs): each
/// node reads back its own period, the period that applies and where that comes from, across
/// the 64-node blocks of the presence bits, in the graph a load built and in its bytes mapped
/// again.
final class OwnPeriodColumnTests: XCTestCase {
    func testOwnPeriodsAreKeptOnlyWhereGiven() throws {
        var b = PlanGraphBuilder()
        var p = PlanNode(kind: .plan, id: "p", plan: nil, title: "Plan")
        p.ownPeriod = Period.year(2024)
        let plan = b.add(p)
        let may = Period(start: Day(year: 2024, month: 5, day: 1)!, end: Day(year: 2024, month: 5, day: 31)!, precision: .month, approximate: false, written: "mei 2024")
        var expected: [(ref: NodeRef, own: Period?, period: Period?, from: NodeRef?)] = [(plan, Period.year(2024), Period.year(2024), nil)]
        var goal = plan
        for i in 0..<200 {
            let isGoal = i % 20 == 0
            var node = PlanNode(kind: isGoal ? .goal : .activity, id: "N\(i)", plan: plan, title: "N")
            if !isGoal { node.parent = goal }
            if i % 7 == 3 { node.ownPeriod = may }
            let ref = b.add(node)
            let above = isGoal ? plan : goal
            let inherited = expected.first { $0.ref == above }!
            let from = node.ownPeriod != nil ? nil : (inherited.own != nil ? above : inherited.from)
            expected.append((ref, node.ownPeriod, node.ownPeriod ?? inherited.period, from))
            if isGoal { goal = ref }
        }
        let built = b.build()
        XCTAssertEqual(built.columns.ownPeriods.count, expected.filter { $0.own != nil }.count, "one entry per node with a period of its own")
        let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: built.bytes.count, alignment: 8)
        raw.copyMemory(from: UnsafeRawBufferPointer(start: built.bytes, count: built.bytes.count))
        let mapped = try XCTUnwrap(PlanGraph.reading(Blob.owning(raw)))
        for g in [built, mapped] {
            for e in expected {
                XCTAssertEqual(g[e.ref].ownPeriod, e.own, g[e.ref].id)
                XCTAssertEqual(g[e.ref].period, e.period, g[e.ref].id)
                XCTAssertEqual(g[e.ref].periodFrom, e.from, g[e.ref].id)
            }
        }
    }
}
