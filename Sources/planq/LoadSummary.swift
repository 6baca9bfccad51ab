import PlanGraph

/// The short report printed after loading: plans, then node counts per kind.
struct LoadSummary {
    let text: String

    init(_ graph: PlanGraph) {
        var lines: [String] = []
        for plan in graph.plans {
            let node = graph[plan]
            var counts: [String] = []
            for kind in NodeKind.allCases where kind != .plan && kind != .actor {
                let n = graph.nodes(of: kind).filter { graph[$0].plan == plan }.count
                if n > 0 { counts.append("\(n) \(n == 1 ? kind.rawValue : kind.plural)") }
            }
            lines.append("\(node.id): \(node.title) — " + counts.joined(separator: ", "))
        }
        lines.append("\(graph.nodes(of: .actor).count) actors, \(graph.roles.count) role links")
        text = lines.joined(separator: "\n")
    }
}
