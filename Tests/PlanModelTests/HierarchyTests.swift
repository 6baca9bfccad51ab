@testable import PlanModel
import PlanWords
import XCTest

/// The one rule for the node above a node, on both forms it is read from.
final class HierarchyTests: XCTestCase {
    func testTheNodeAboveIsTheParentElseThePlanAndAPlanHasNone() {
        let cases: [(parent: Int32, kind: NodeKind, plan: Int32, up: Int32)] = [
            (4, .activity, 0, 4),     // a parent wins over the plan
            (-1, .activity, 0, 0),    // no parent: the plan
            (-1, .goal, 2, 2),
            (-1, .plan, -1, -1),      // a plan has none
            (3, .plan, 0, 3),         // a nested plan's parent (the loader rejects it, the rule does not guess)
            (-1, .actor, -1, -1),     // a node of no plan
        ]
        for c in cases {
            XCTAssertEqual(Hierarchy.up(parent: c.parent, kindCode: c.kind.code, plan: c.plan), c.up, "\(c)")
            let node = Hierarchy.up(parent: c.parent >= 0 ? NodeRef(Int(c.parent)) : nil, kind: c.kind,
                                    plan: c.plan >= 0 ? NodeRef(Int(c.plan)) : nil)
            XCTAssertEqual(node.map { $0.index } ?? -1, c.up, "\(c)")
        }
        XCTAssertEqual(Hierarchy.up(parent: -1, kindCode: NodeKind.plan.code, plan: 5), -1, "a plan is never below a plan")
    }
}
