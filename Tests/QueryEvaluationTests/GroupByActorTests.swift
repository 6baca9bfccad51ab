import PlanModel
@testable import QueryEvaluation
import QueryBinding
import QueryTestSupport
import XCTest

/// `count … by actor` (or by a role) counts under each actor what `count … with` that actor
/// counts: `with` finds a node by an actor with a role in it or below it, by the groups that
/// actor is in and by a group's members; grouping by actor once counted only the actors
/// written on the node (Stad Leuven: 3 by actor, 15 with Stad Leuven).
final class GroupByActorTests: XCTestCase {
    let graph = ExamplePlans.graph

    func testEveryActorsRowIsItsWithCount() {
        let fields = FieldValues(graph: graph)
        let kinds: [(word: String, kind: NodeKind)] = [("activities", .activity), ("goals", .goal), ("events", .event),
                                                       ("work packages", .workPackage), ("actors", .actor)]
        let roles: [Role?] = [nil, .lead, .partner, .involved]
        var compared = 0
        for (word, kind) in kinds {
            for role in roles {
                let key = FieldKey.role(role)
                let keys = graph.nodes(of: kind).map { fields.groupKeys(key, of: $0) }
                for actor in graph.nodes(of: .actor) where graph.actors(named: graph[actor].id) == [actor] {
                    let grouped = keys.filter { $0.contains(.node(actor)) }.count
                    let with = ExamplePlans.answer("count \(word) with \(role.map { $0.rawValue + " " } ?? "")\(graph[actor].id)")
                    XCTAssertEqual([String(grouped)], with, "\(word) by \(role?.rawValue ?? "actor"): \(graph[actor].id)")
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 1000)
    }

    /// `count … with X by role`: each row is what `count … with ROLE X` counts (X's roles,
    /// not those of every actor on the nodes X is found in).
    func testByRoleAfterWithCountsThatActorsRoles() {
        var compared = 0
        for word in ["activities", "goals", "events", "work packages"] {
            for actor in graph.nodes(of: .actor) where graph.actors(named: graph[actor].id) == [actor] {
                let id = graph[actor].id
                let rows = ExamplePlans.answer("count \(word) with \(id) by role")
                for role in Role.allCases {
                    let row = rows.first { $0.hasPrefix(role.rawValue + ": ") }.map { String($0.dropFirst(role.rawValue.count + 2)) } ?? "0"
                    XCTAssertEqual([row], ExamplePlans.answer("count \(word) with \(role.rawValue) \(id)"), "\(word) with \(id) by role: \(role)")
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 2000)
        XCTAssertEqual(ExamplePlans.answer("count activities of elz with \"Stad Leuven\" by role"),
                       ["lead: 1", "partner: 2", "responsible: 1"])
        // The same actor named otherwise: `of ACTOR`, `where ROLE = ACTOR`.
        XCTAssertEqual(ExamplePlans.answer("count activities of elz with \"Stad Leuven\" by role"),
                       ExamplePlans.answer("count activities of \"Stad Leuven\" of elz by role"))
        XCTAssertEqual(ExamplePlans.answer("count activities of elz where lead = \"Stad Leuven\" by role"),
                       ExamplePlans.answer("count activities of elz with lead \"Stad Leuven\" by role"))
    }

    /// Without `with`, a goal counts under the roles in it or below it, as `goals with ROLE …`
    /// finds it (goals name no actors themselves: every goal was once "(none)").
    func testByRoleReachesBelow() {
        let rows = ExamplePlans.answer("count goals by role")
        XCTAssertFalse(rows.contains { $0.hasPrefix("(none)") }, "\(rows)")
        for role in Role.allCases {
            let expected = graph.nodes(of: .goal).filter { goal in
                ([goal] + Array(graph.descendantSlice(of: goal))).contains { graph.roles(of: $0).contains { $0.role == role } }
            }.count
            let row = rows.first { $0.hasPrefix(role.rawValue + ": ") }.map { Int($0.dropFirst(role.rawValue.count + 2))! } ?? 0
            XCTAssertEqual(row, expected, "\(role)")
        }
    }

    func testTheAnswerCountsThroughGroups() {
        let answer = ExamplePlans.answer("count activities by actor")
        XCTAssertTrue(answer.contains("Stad Leuven: 15"), "\(answer)")
        XCTAssertEqual(ExamplePlans.answer("count activities with \"Stad Leuven\""), ["15"])
        // The field's values stay the actors written on the node (`show actors`, `number of actors`).
        let fields = FieldValues(graph: graph)
        let a11 = graph.nodes(of: .activity).first { graph.qualifiedID($0) == "zzl.A1.1" }!
        XCTAssertLessThan(Set(fields.values(.role(nil), of: a11)).count, fields.groupKeys(.role(nil), of: a11).count)
    }
}
