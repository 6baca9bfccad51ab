import PlanModel
import QueryBinding
import QuerySyntax

/// Decides whether one node passes a bound predicate.
struct PredicateTest {
    let graph: PlanGraph
    let fields: FieldValues

    init(graph: PlanGraph) {
        self.graph = graph
        self.fields = FieldValues(graph: graph)
    }

    func passes(_ ref: NodeRef, _ predicate: Predicate) -> Bool {
        let node = graph[ref]
        switch predicate {
        case .all: return true
        case .and(let ps): return ps.allSatisfy { passes(ref, $0) }
        case .or(let ps): return ps.contains { passes(ref, $0) }
        case .not(let p): return !passes(ref, p)
        case .inPlans(let plans): return node.plan.map(plans.contains) ?? plans.contains(ref)
        case .below(let roots): return roots.contains { $0 != ref && graph.isInSubtree(ref, of: $0) }
        case .among(let set): return set.contains(ref)
        case .actorRole(let roles, let actors):
            if node.kind == .actor { return actors.contains(ref) }
            return ([ref] + graph.descendants(of: ref)).contains { n in
                graph.roles(of: n).contains { (roles?.contains($0.role) ?? true) && actors.contains($0.actor) }
            }
        case .period(let test, let q):
            guard let p = node.period else { return false }
            let start = startDay(ref) ?? p.start, end = endDay(ref) ?? p.end
            switch test {
            case .during: return start <= q.end && q.start <= end
            case .startingIn: return q.contains(start)
            case .startingBefore: return start < q.start
            case .startingAfter: return start > q.end
            case .endingIn: return q.contains(end)
            case .endingBefore: return end < q.start
            case .endingAfter: return end > q.end
            }
        case .contributes(let themes): return graph.themes(of: ref).contains(where: themes.contains)
        case .linked(let others): return (graph.links(from: ref) + graph.links(to: ref)).contains(where: others.contains)
        case .mentions(let key):
            if Folding.containsKey(graph.titleKey(ref), key) { return true }
            let texts = ["links_text", "partners_text", "description"].compactMap { name -> String? in
                if case .text(let t)? = node.field(name) { return t } else { return nil }
            }
            return texts.contains { Folding.key($0).contains(key) }
        case .condition(let c): return ConditionTest(fields: fields).holds(ref, c)
        }
    }

    func startDay(_ ref: NodeRef) -> Day? {
        if case .period(let p)? = graph[ref].field("start") { return p.start }
        return nil
    }

    func endDay(_ ref: NodeRef) -> Day? {
        if case .period(let p)? = graph[ref].field("end") { return p.end }
        return nil
    }
}
