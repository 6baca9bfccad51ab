import Foundation
import PlanFiles
import PlanModel
import XCTest

/// Actor references resolve at once when their actor is already declared and nothing waits
/// before them, and otherwise when every file has been read. Either way the graph has the
/// same roles, in the same order, the same members and the same actor fields.
final class ActorReferenceOrderTests: XCTestCase {
    let plan = """
        plan: {id: p, title: P, owner: b}
        goals:
          - {id: G, level: strategic, text: G}
        activities:
          - id: A1
            goal: G
            actors:
              lead: [a]
              partner: [{actor: grp, note: via de groep}, b]
          - {id: A2, goal: G, actors: {lead: b, involved: [a, grp]}}
        """
    let actors = """
        actors:
          - {id: a, name: A, type: organisation}
          - {id: b, name: B, type: organisation}
          - {id: grp, name: Groep, type: group, members: [a, b]}
        """

    /// The roles, members and owner of a load, by id.
    func summary(planFile: String, actorsFile: String) throws -> [String] {
        let files: [PlanInput] = [.bytes(name: planFile, Array(plan.utf8)), .bytes(name: actorsFile, Array(actors.utf8))]
        let loaded = try PlanLoader.load(files.sorted { $0.name < $1.name }).get()
        let g = loaded.graph
        var out = g.roles.map { "\($0.role) \(g[$0.actor].id) \(g[$0.subject].id) \($0.note ?? "")" }
        let group = try XCTUnwrap((0..<g.count).first { g[NodeRef($0)].id == "grp" })
        out.append("members " + g.members(of: NodeRef(group)).map { g[$0].id }.joined(separator: " "))
        if case .nodes(let refs)? = g[NodeRef(group)].field("members") { out.append("field " + refs.map { g[$0].id }.joined(separator: " ")) }
        let p = try XCTUnwrap(g.plan(named: "p"))
        if case .node(let owner)? = g[p].field("owner") { out.append("owner " + g[owner].id) }
        return out
    }

    func testReferencesResolvedAtOnceAndAtTheEndGiveTheSameGraph() throws {
        let atTheEnd = try summary(planFile: "1-plan.yaml", actorsFile: "2-actors.yaml")
        let atOnce = try summary(planFile: "2-plan.yaml", actorsFile: "1-actors.yaml")
        XCTAssertEqual(atTheEnd, atOnce)
        XCTAssertEqual(atOnce, [
            "lead a A1 ", "partner grp A1 via de groep", "partner b A1 ", "lead b A2 ", "involved a A2 ", "involved grp A2 ",
            "members a b", "field a b", "owner b",
        ])
    }
}
