import PlanModel
import QueryBinding
import QueryEvaluation
import QuerySyntax

/// `explain QUERY`: how a query was understood — its syntax tree, what each name resolved
/// to, the periods as dates, and how many nodes each step kept.
struct Explanation {
    let graph: PlanGraph
    let query: BoundQuery
    let trace: Evaluator.Trace

    var text: String {
        var lines = ["query: " + SyntaxPrinter.canonical(query.syntax), "syntax:"]
        lines += SyntaxPrinter.tree(Statement(.query(query.syntax), range: query.syntax.range))
            .split(separator: "\n").map { "  " + $0 }
        lines.append("kind: \(query.kind.plural)")
        if !query.resolutions.isEmpty {
            lines.append("names:")
            for r in query.resolutions { lines.append("  \(r.written) → \(r.meaning)") }
        }
        let periods = Explanation.periods(in: query.predicate)
        if !periods.isEmpty {
            lines.append("periods (both ends inclusive):")
            for (test, p) in periods { lines.append("  \(test.rawValue) \(p.start) .. \(p.end)") }
        }
        lines.append("steps:")
        lines.append("  start: \(trace.candidateSource)")
        lines.append("  kept by the filters: \(trace.matched)")
        if let a = query.aggregate {
            lines.append("  then: \(a.function.rawValue) of \(a.field)" + (query.groupBy.map { " by \($0)" } ?? "")
                         + ", leaving out the nodes without a value")
        }
        if query.clauses.count > 1, let kept = AnswerNotes(graph: graph).keptByEachClause(query) {
            lines.append("kept by each filter, in order, of all \(graph.nodes(of: query.kind).count) \(query.kind.plural):")
            for (clause, n) in zip(query.clauses, kept) { lines.append("  \(clause.label): \(n)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func periods(in predicate: Predicate) -> [(PeriodTest, Period)] {
        switch predicate {
        case .period(let t, let p): return [(t, p)]
        case .and(let ps), .or(let ps): return ps.flatMap(periods)
        case .not(let p), .named(_, let p): return periods(in: p)
        default: return []
        }
    }
}
