@testable import PlanModel
import XCTest

/// The role edges naming each actor and the contributors to each theme are not stored by a
/// load: they are made from the edges' actors and the subjects' themes when first read, and
/// read the same as the edges given — in the graph a load built, and in its snapshot bytes,
/// which keep them.
final class InverseListsTests: XCTestCase {
    func testRolesByActorAndContributorsAreMadeWhenFirstRead() throws {
        var b = PlanGraphBuilder()
        let plan = b.add(PlanNode(kind: .plan, id: "p", plan: nil, title: "Plan"))
        let actors = (0..<5).map { b.add(PlanNode(kind: .actor, id: "a\($0)", plan: nil, title: "Actor \($0)")) }
        let themes = (0..<4).map { b.add(PlanNode(kind: .theme, id: "t\($0)", plan: plan, title: "Theme \($0)")) }
        var naming: [NodeRef: [(Role, NodeRef)]] = [:], contributing: [NodeRef: [NodeRef]] = [:]
        for i in 0..<150 {
            let goal = b.add(PlanNode(kind: .goal, id: "G\(i)", plan: plan, title: "Goal \(i)"))
            for (k, actor) in actors.enumerated() where (i + k) % 3 == 0 {
                let role: Role = k % 2 == 0 ? .lead : .partner
                b.addRole(role, actor: actor, for: goal)
                naming[actor, default: []].append((role, goal))
            }
            for (k, theme) in themes.enumerated() where (i * (k + 1)) % 7 == 1 {
                b.addContribution(from: goal, to: theme)
                contributing[theme, default: []].append(goal)
            }
        }
        let built = b.build()
        XCTAssertEqual(built.columns.rolesByActor.count + built.columns.contributors.count, 0, "not stored by a load")
        let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: built.bytes.count, alignment: 8)
        raw.copyMemory(from: UnsafeRawBufferPointer(start: built.bytes, count: built.bytes.count))
        let mapped = try XCTUnwrap(PlanGraph.reading(Blob.owning(raw)))
        XCTAssertEqual(mapped.columns.rolesByActor.count, naming.values.reduce(0) { $0 + $1.count }, "a snapshot keeps them")
        for g in [built, mapped] {
            for actor in actors {
                XCTAssertEqual(g.roles(naming: actor).map { "\($0.role) \($0.subject.index)" }, naming[actor, default: []].map { "\($0.0) \($0.1.index)" })
            }
            for theme in themes { XCTAssertEqual(g.contributors(to: theme), contributing[theme, default: []]) }
            XCTAssertEqual(g.contributors(to: actors[0]), [])
            XCTAssertEqual(g.roles(naming: themes[0]).count, 0)
        }
    }
}
