import PlanModel

/// The short report of what is loaded: each plan with its counts per kind, then actors.
public enum PlansSummary {
    public static func text(_ graph: PlanGraph) -> String {
        var lines: [String] = []
        for plan in graph.plans {
            let node = graph[plan]
            var counts: [String] = []
            var perKind: [NodeKind: Int] = [:]
            for ref in graph.descendants(of: plan) { perKind[graph[ref].kind, default: 0] += 1 }
            for kind in NodeKind.allCases {
                if let n = perKind[kind], n > 0 { counts.append("\(n) \(n == 1 ? kind.rawValue : kind.plural)") }
            }
            lines.append("\(node.id): \(node.title) — " + counts.joined(separator: ", "))
        }
        lines.append("\(graph.nodes(of: .actor).count) actors, \(graph.roles.count) role links")
        return lines.joined(separator: "\n") + "\n"
    }
}
