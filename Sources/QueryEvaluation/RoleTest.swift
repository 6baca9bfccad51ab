import PlanModel

/// `with ROLE ACTOR` and `where ROLE = ACTOR`: one test, so that both clauses mean the same.
struct RoleTest {
    let graph: PlanGraph
    /// The graph's role edges.
    let roles: RoleEdges

    /// An actor passes when it is one of `actors`; any other node when it, or a node below
    /// it, has one of `actors` in one of `wanted` (nil: any role).
    func plays(_ ref: NodeRef, _ wanted: Set<Role>?, _ actors: Set<NodeRef>) -> Bool {
        if graph.kind(of: ref) == .actor { return actors.contains(ref) }
        if hasRole(ref, wanted, actors) { return true }
        return graph.descendantSlice(of: ref).contains { hasRole($0, wanted, actors) }
    }

    func hasRole(_ ref: NodeRef, _ wanted: Set<Role>?, _ actors: Set<NodeRef>) -> Bool {
        graph.roleIndices(of: ref).contains { e in
            (wanted?.contains(graph.roleKind(e)) ?? true) && actors.contains(graph.roleActor(e))
        }
    }
}
