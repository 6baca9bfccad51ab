import Foundation
import PlanFiles
import PlanModel
import XCTest

/// The loader writes each file's nodes into the graph's columns once the file is filled. A
/// goal may name a parent written after it in the same file; a node with only a start or an
/// end takes the other from the nearest ancestor with a period as it did when every node was
/// kept to the end; and actors named before they are declared are set on nodes already written.
final class CommittedNodeTests: XCTestCase {
    let plan = """
        plan: {id: p, title: P, period: "2024", owner: x}
        goals:
          - {id: OD1, level: operational, text: Later parent, parent: SD1, start: 2024-03}
          - {id: SD1, level: strategic, text: Declared after its child, start: 2024 Q2}
        activities:
          - {id: A1, goal: OD1, title: Only an end, end: 2024-10, actors: {lead: [x]}}
          - {id: A2, goal: SD1, title: Inherits, actors: {lead: [y]}}
        """
    let actors = """
        actors:
          - {id: x, name: X, type: organisation}
          - {id: y, name: Y, type: organisation}
          - {id: g, name: G, type: group, members: [x, y]}
        """

    /// Each node's id, parent, period, where it is from, and notes; the plan's owner, the
    /// group's members and the leads — for the plan file read before or after the actors.
    func summary(actorsFirst: Bool) throws -> [String] {
        let files: [PlanInput] = [.bytes(name: actorsFirst ? "1-actors.yaml" : "2-actors.yaml", Array(actors.utf8)),
                                  .bytes(name: "1-plan.yaml", Array(plan.utf8))]
        let g = try PlanLoader.load(files.sorted { $0.name < $1.name }).get().graph
        var out: [String] = []
        for id in ["p.OD1", "p.SD1", "p.A1", "p.A2"] {
            let node = g[try XCTUnwrap(g.node(qualifiedID: id))]
            out.append("\(id) parent \(node.parent.map { g[$0].id } ?? "-") \(node.period.map { "\($0.start)..\($0.end)" } ?? "-") "
                       + "from \(node.periodFrom.map { g[$0].id } ?? "itself") \(node.notes.joined(separator: " "))")
        }
        let p = try XCTUnwrap(g.plan(named: "p"))
        if case .node(let owner)? = g[p].field("owner") { out.append("owner \(g[owner].id)") }
        let group = try XCTUnwrap(g.actors(named: "g").first)
        if case .nodes(let refs)? = g[group].field("members") { out.append("members " + refs.map { g[$0].id }.joined(separator: " ")) }
        out.append("groups of x " + g.groups(containing: try XCTUnwrap(g.actors(named: "x").first)).map { g[$0].id }.joined(separator: " "))
        out += g.roles.map { "\($0.role) \(g[$0.actor].id) \(g[$0.subject].id)" }
        return out
    }

    func testNodesWrittenEarlyReadAsIfKeptToTheEnd() throws {
        let expected = [
            // OD1 is completed before SD1 (node order): its end is the plan's, not SD1's.
            "p.OD1 parent SD1 2024-03-01..2024-12-31 from itself The source gives only the start (2024-03); the end 2024-12-31 is that of p.",
            "p.SD1 parent - 2024-04-01..2024-12-31 from itself The source gives only the start (2024 Q2); the end 2024-12-31 is that of p.",
            "p.A1 parent OD1 2024-03-01..2024-10-31 from itself The source gives only the end (2024-10); the start 2024-03-01 is that of OD1.",
            "p.A2 parent SD1 2024-04-01..2024-12-31 from SD1 ",
            "owner x", "members x y", "groups of x g", "lead x A1", "lead y A2",
        ]
        XCTAssertEqual(try summary(actorsFirst: true), expected)
        XCTAssertEqual(try summary(actorsFirst: false), expected)
    }

    /// A child's period outside its parent's is found when the parent comes later in the file.
    func testAPeriodOutsideALaterParentIsAnError() throws {
        let text = """
            plan: {id: p, title: P, period: "2024"}
            goals:
              - {id: OD1, level: operational, text: Child, parent: SD1, period: "2024 Q1"}
              - {id: SD1, level: strategic, text: Parent, period: "2024 H2"}
            """
        guard case .failure(let problems) = PlanLoader.load([.bytes(name: "p.yaml", Array(text.utf8))]) else {
            return XCTFail("loaded")
        }
        XCTAssertEqual(problems.diagnostics.map(\.message),
                       ["period 2024 Q1 of goal 'OD1' is outside its parent goal 'SD1' (2024 H2)"])
    }

    /// A plan's `date` is the day its document is dated, not its period; an event's `date` is
    /// its period. (An imported action plan whose 'Acties 2024' heading was lost kept its
    /// version date, 15/11/2023, and its 2024 activities were then "outside" the plan.)
    func testAPlansDateIsNotItsPeriodButAnEventsIs() throws {
        let text = """
            plan: {id: p, title: P, date: 2023-11-15}
            goals:
              - {id: SD1, level: strategic, text: Goal}
            activities:
              - {id: A1, title: Act, goal: SD1, period: "2024"}
            events:
              - {id: E1, type: event, title: Kick-off, date: 2024-01-09}
            """
        let g = try PlanLoader.load([.bytes(name: "p.yaml", Array(text.utf8))]).get().graph
        let plan = g[try XCTUnwrap(g.plan(named: "p"))]
        XCTAssertNil(plan.period, "the plan gives no period")
        guard case .period(let date)? = plan.field("date") else { return XCTFail("the plan keeps its date as a field") }
        XCTAssertEqual("\(date.start)", "2023-11-15")
        let activity = g[try XCTUnwrap(g.node(qualifiedID: "p.A1"))]
        XCTAssertEqual(activity.period.map { "\($0.start)..\($0.end)" }, "2024-01-01..2024-12-31")
        let event = g[try XCTUnwrap(g.node(qualifiedID: "p.E1"))]
        XCTAssertEqual(event.period.map { "\($0.start)..\($0.end)" }, "2024-01-09..2024-01-09")
        XCTAssertNil(event.periodFrom, "the event's date is its own period")
    }
}
