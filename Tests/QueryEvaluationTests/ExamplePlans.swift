import QueryEvaluation
import QueryTestSupport

extension ExamplePlans {
    /// The answer to one query: node ids (plan-qualified), a count, or `group: count` lines.
    static func answer(_ text: String) -> [String] {
        switch bind(text) {
        case .failure(let message): return ["error: " + message]
        case .success(let bound):
            switch Evaluator(graph: graph).run(bound) {
            case .count(let n): return [String(n)]
            case .nodes(let refs): return refs.map { graph.qualifiedID($0) }
            case .groups(let groups): return groups.map { "\($0.label): \($0.count)" }
            case .aggregate(_, let rows):
                // `group: value (counted/missing)`, the group left out without `by`.
                return rows.map { row in
                    (row.group.map { $0 + ": " } ?? "") + (row.value.map { "\($0)" } ?? "none") + " (\(row.counted)/\(row.missing))"
                }
            }
        }
    }
}
