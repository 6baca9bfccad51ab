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
        // One bit a role: a `Set<Role>` would hash the role's name for every edge.
        let bits = wanted.map { $0.reduce(UInt32(0)) { $0 | 1 << UInt32($1.code) } } ?? .max
        return graph.roleIndices(of: ref).contains { e in
            bits & 1 << UInt32(graph.roleCode(e)) != 0 && actors.contains(graph.roleActor(e))
        }
    }
}
