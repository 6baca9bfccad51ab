import Diagnostics
import Foundation
import PlanFiles
@testable import PlanImport
import PlanModel
import XCTest

/// Imports documents the way `planq import` does and loads the result the way `planq` does.
enum ImportHarness {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let actorsFile = root.appendingPathComponent("Examples/plans/actors.yaml").path
    static let elzSource = "Examples/sources/elz-leuven-actieplan-2024.txt"
    static let zzlSource = "Examples/sources/zorgzaam-leuven-transitieplan.txt"

    static func actors() throws -> (ActorDirectory, SourceFile) {
        let loaded = try PlanLoader.load(paths: [actorsFile]).get()
        let file = try PlanFileReader.read(actorsFile).get()
        return (ActorDirectory(graph: loaded.graph), file)
    }

    static func importText(_ text: String, name: String = "doc.txt") throws -> ImportResult {
        let (directory, _) = try actors()
        return try PlanImporter.importDocument(Data(text.utf8), path: name, actors: directory).get()
    }

    static func importSource(_ relative: String) throws -> ImportResult {
        let data = try Data(contentsOf: root.appendingPathComponent(relative))
        let (directory, _) = try actors()
        return try PlanImporter.importDocument(data, path: relative, actors: directory).get()
    }

    /// The plan file written and loaded with the shared actors, as a user would.
    static func load(_ plan: ImportedPlan) throws -> PlanGraph {
        let (_, actors) = try actors()
        let yaml = PlanWriter.yaml(plan)
        switch PlanLoader.load(sources: [actors, SourceFile(name: "\(plan.id).yaml", text: yaml)]) {
        case .success(let loaded): return loaded.graph
        case .failure(let problems):
            XCTFail("imported plan does not load:\n\(problems)")
            throw problems
        }
    }

    static func examplePlans() throws -> PlanGraph {
        try PlanLoader.load(paths: [root.appendingPathComponent("Examples/plans").path]).get().graph
    }
}

/// What a comparison looks at in a loaded plan, as lines of text (so a difference prints plainly).
enum PlanFacts {
    static func nodes(_ g: PlanGraph, _ plan: String, _ kind: NodeKind) -> [NodeRef] {
        guard let p = g.plan(named: plan) else { return [] }
        return g.nodes(of: kind).filter { g[$0].plan == p }
    }

    static func goals(_ g: PlanGraph, _ plan: String) -> [String] {
        nodes(g, plan, .goal).map { n in
            let parent = g.hierarchyParent(of: n).flatMap { g.kind(of: $0) == .goal ? g[$0].id : nil } ?? "-"
            var deadline = "-"
            if case .period(let p)? = g[n].field("deadline") { deadline = p.description }
            return "\(g[n].id) \(g[n].field("level").map { "\($0)" } ?? "?") parent=\(parent) deadline=\(deadline)"
        }
    }

    static func activities(_ g: PlanGraph, _ plan: String) -> [String] {
        nodes(g, plan, .activity).map { a in
            let goal = g.hierarchyParent(of: a).map { g[$0].id } ?? "-"
            let own = g[a].periodIsInherited ? "inherited" : (g[a].period?.description ?? "-")
            return "\(g[a].id) goal=\(goal) period=\(own)"
        }
    }

    /// Roles as actor names folded (a new actor of the import and a plan-local actor of the
    /// hand-written plan are the same party when their names agree).
    static func roles(_ g: PlanGraph, _ plan: String, _ roles: Set<Role>) -> [String] {
        nodes(g, plan, .activity).flatMap { a in
            g.roles(of: a).filter { roles.contains($0.role) }.map { "\(g[a].id) \($0.role.rawValue) \(Folding.key(g[$0.actor].title))" }
        }.sorted()
    }

    static func indicatorCounts(_ g: PlanGraph, _ plan: String) -> [String] {
        nodes(g, plan, .activity).map { a in
            let kinds = g.children(of: a).filter { g.kind(of: $0) == .indicator }.compactMap { i -> String? in
                if case .text(let k)? = g[i].field("type") { return k } else { return nil }
            }
            let counts = ["process", "output", "outcome"].map { k in "\(k)=\(kinds.filter { $0 == k }.count)" }
            return "\(g[a].id) " + counts.joined(separator: " ")
        }
    }

    static func events(_ g: PlanGraph, _ plan: String) -> [String] {
        nodes(g, plan, .event).filter { g[$0].id.hasPrefix("E") }.map { "\(g[$0].id) \(g[$0].period?.description ?? "-")" }
    }

    static func links(_ g: PlanGraph, _ plan: String) -> [String] {
        nodes(g, plan, .activity).map { a in "\(g[a].id) → " + g.links(from: a).map { g[$0].id }.sorted().joined(separator: ",") }
    }

    static func contributions(_ g: PlanGraph, _ plan: String) -> [String] {
        nodes(g, plan, .activity).map { a in
            let columns = g.themes(of: a).compactMap { t -> Int? in
                if case .number(let c)? = g[t].field("column") { return Int(c) } else { return nil }
            }.sorted()
            return "\(g[a].id) \(columns.map(String.init).joined(separator: ","))"
        }
    }

    static func categories(_ g: PlanGraph, _ plan: String) -> [String] {
        nodes(g, plan, .activity).map { a in
            let numbers = g.roles(of: a).filter { $0.role == .involved }.compactMap { edge -> Int? in
                if case .number(let c)? = g[edge.actor].field("category") { return Int(c) } else { return nil }
            }.sorted()
            return "\(g[a].id) \(numbers.map(String.init).joined(separator: ","))"
        }
    }
}
