import PlanModel
import QueryBinding
import QuerySyntax

/// Decides whether one node passes a bound predicate. Made once per query, so that what
/// every node's test needs — folded search texts as bytes, the roles array — is prepared once.
struct PredicateTest {
    let graph: PlanGraph
    let fields: FieldValues
    let roles: RoleEdges
    /// The folded search text of each `title ~ "…"` in the predicate, as bytes.
    let needles: [String: [UInt8]]
    let folder = TextFolder()

    init(graph: PlanGraph, predicate: Predicate = .all) {
        self.graph = graph
        self.fields = FieldValues(graph: graph)
        self.roles = graph.roles
        var needles: [String: [UInt8]] = [:]
        PredicateTest.collectNeedles(predicate, into: &needles)
        self.needles = needles
    }

    static func collectNeedles(_ p: Predicate, into needles: inout [String: [UInt8]]) {
        switch p {
        case .and(let ps), .or(let ps): ps.forEach { collectNeedles($0, into: &needles) }
        case .not(let inner), .named(_, let inner): collectNeedles(inner, into: &needles)
        case .mentions(let key): needles[key] = Array(key.utf8)
        case .condition(.titleContains(let key, _)): needles[key] = Array(key.utf8)
        default: break
        }
    }

    func passes(_ ref: NodeRef, _ predicate: Predicate) -> Bool {
        switch predicate {
        case .all: return true
        case .and(let ps): return ps.allSatisfy { passes(ref, $0) }
        case .or(let ps): return ps.contains { passes(ref, $0) }
        case .not(let p): return !passes(ref, p)
        case .named(_, let p): return passes(ref, p)
        case .inPlans(let plans): return graph[ref].plan.map(plans.contains) ?? plans.contains(ref)
        case .below(let roots): return hasAncestor(ref, in: roots)
        case .belowGoals(let goals):
            var up = graph.hierarchyParent(of: ref)
            var steps = 0
            while let u = up, steps < graph.count {
                if goals.contains(u, in: graph) { return true }
                up = graph.hierarchyParent(of: u)
                steps += 1
            }
            return false
        case .among(let set): return set.contains(ref)
        case .actorRole(let wanted, let actors):
            return RoleTest(graph: graph, roles: roles).plays(ref, wanted, actors)
        case .period(let test, let q):
            guard graph.periodDays(ref) != nil else { return false }
            let start = graph.firstDay(ref), end = graph.lastDay(ref)
            let first = q.start.ordinal, last = q.end.ordinal
            switch test {
            case .during: return start <= last && first <= end
            case .startingIn: return first <= start && start <= last
            case .startingBefore: return start < first
            case .startingAfter: return start > last
            case .endingIn: return first <= end && end <= last
            case .endingBefore: return end < first
            case .endingAfter: return end > last
            }
        case .contributes(let themes): return graph.themeIndices(of: ref).contains { themes.contains(NodeRef(Int($0))) }
        case .linked(let others): return (graph.links(from: ref) + graph.links(to: ref)).contains(where: others.contains)
        case .mentions(let key):
            if graph.titleContains(ref, needles[key] ?? Array(key.utf8)) { return true }
            let node = graph[ref]
            let texts = ["links_text", "partners_text", "description"].compactMap { name -> String? in
                if case .text(let t)? = node.field(name) { return t } else { return nil }
            }
            return texts.contains { FoldedContains.contains(folder.key($0), key) }
        case .condition(.titleContains(let key, _)):
            return graph.titleContains(ref, needles[key] ?? Array(key.utf8))
        case .condition(let c): return ConditionTest(fields: fields, roles: RoleTest(graph: graph, roles: roles), folder: folder).holds(ref, c)
        }
    }

    /// Whether one of `roots` lies above `ref` in the hierarchy (goal → sub-goal → activity →
    /// indicator, plans at the top): what `isInSubtree` tells, found by walking up a few steps.
    func hasAncestor(_ ref: NodeRef, in roots: Set<NodeRef>) -> Bool {
        // A few roots: their preorder intervals answer at once, where walking up a chain
        // thousands of goals deep, for each node of it, would take the square of its depth.
        if roots.count <= 16 { return roots.contains { $0 != ref && graph.isInSubtree(ref, of: $0) } }
        var up = graph.hierarchyParent(of: ref)
        var steps = 0
        while let u = up, steps < graph.count {
            if roots.contains(u) { return true }
            up = graph.hierarchyParent(of: u)
            steps += 1
        }
        return false
    }
}
