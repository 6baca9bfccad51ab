/// The in-memory plan graph: every loaded plan's nodes and edges, with the indexes queries
/// need (by id, by actor, by goal subtree, by period). Immutable once built; a
/// `PlanGraphBuilder` makes one.
public final class PlanGraph: Sendable {
    public let nodes: [PlanNode]
    public let roles: [RoleEdge]
    /// (activity or work package, theme) pairs: the activity contributes to the theme.
    public let contributions: [(subject: NodeRef, theme: NodeRef)]
    /// (activity, activity) links the source states.
    public let links: [(from: NodeRef, to: NodeRef)]

    let index: GraphIndex

    init(nodes: [PlanNode], roles: [RoleEdge], contributions: [(NodeRef, NodeRef)], links: [(NodeRef, NodeRef)],
         members: [NodeRef: [NodeRef]]) {
        self.nodes = nodes
        self.roles = roles
        self.contributions = contributions.map { (subject: $0.0, theme: $0.1) }
        self.links = links.map { (from: $0.0, to: $0.1) }
        self.index = GraphIndex(nodes: nodes, roles: roles, contributions: contributions, links: links, members: members)
    }

    public subscript(ref: NodeRef) -> PlanNode { nodes[Int(ref.index)] }

    public var count: Int { nodes.count }

    // MARK: By kind and id

    /// Every node of a kind, in load order.
    public func nodes(of kind: NodeKind) -> [NodeRef] { index.byKind[kind] ?? [] }

    public var plans: [NodeRef] { nodes(of: .plan) }

    /// A plan by its id (case-insensitive).
    public func plan(named id: String) -> NodeRef? {
        index.byQualifiedID[Folding.key(id)].flatMap { self[$0].kind == .plan ? $0 : nil }
    }

    /// A node by plan-qualified id (`zzl.SD3`) or actor id (`elz-leuven`), case-insensitive.
    public func node(qualifiedID: String) -> NodeRef? { index.byQualifiedID[Folding.key(qualifiedID)] }

    /// Every node, in any plan, whose own id is `id` (case-insensitive): `SD3` finds zzl's and elz's.
    public func nodes(withID id: String) -> [NodeRef] { index.byBareID[Folding.key(id)] ?? [] }

    /// `zzl.SD3` for plan nodes, the id for actors and plans.
    public func qualifiedID(_ ref: NodeRef) -> String {
        let node = self[ref]
        guard let plan = node.plan else { return node.id }
        return self[plan].id + "." + node.id
    }

    /// Every id and qualified id, for "did you mean" suggestions.
    public var allIDs: [String] { nodes.indices.map { qualifiedID(NodeRef($0)) } }

    /// The node's title folded (lowercase, no accents), for `~` searches.
    public func titleKey(_ ref: NodeRef) -> String { index.titleKeys[Int(ref.index)] }

    /// The names of the fields that nodes of `kind` store (for `where`, `show`, suggestions).
    public func fieldNames(of kind: NodeKind) -> Set<String> { index.fieldNames[kind] ?? [] }

    // MARK: Hierarchy

    public func children(of ref: NodeRef) -> [NodeRef] { index.children[Int(ref.index)] }

    /// Whether `ref` is `ancestor` or lies below it (goal → sub-goal → activity → indicator).
    public func isInSubtree(_ ref: NodeRef, of ancestor: NodeRef) -> Bool {
        let a = Int(ancestor.index), r = Int(ref.index)
        return index.preorder[a] <= index.preorder[r] && index.preorder[r] < index.subtreeEnd[a]
    }

    /// All nodes below `ref` (not `ref` itself), in preorder.
    public func descendants(of ref: NodeRef) -> [NodeRef] {
        let a = Int(ref.index)
        let lo = Int(index.preorder[a]) + 1, hi = Int(index.subtreeEnd[a])
        return lo < hi ? Array(index.preorderNodes[lo..<hi]) : []
    }

    /// The chain of parents from `ref` upward (nearest first), ending at the plan.
    public func ancestors(of ref: NodeRef) -> [NodeRef] {
        var out: [NodeRef] = []
        var current = self[ref].parent ?? self[ref].plan
        while let c = current, out.count < nodes.count {
            out.append(c)
            current = self[c].parent ?? (self[c].kind == .plan ? nil : self[c].plan)
        }
        return out
    }

    // MARK: Actors and roles

    /// Role edges whose subject is `ref`.
    public func roles(of ref: NodeRef) -> [RoleEdge] { index.rolesBySubject[Int(ref.index)].map { roles[Int($0)] } }

    /// Role edges naming `actor` directly.
    public func roles(naming actor: NodeRef) -> [RoleEdge] { index.rolesByActor[Int(actor.index)].map { roles[Int($0)] } }

    public func members(of group: NodeRef) -> [NodeRef] { index.members[group] ?? [] }

    public func groups(containing actor: NodeRef) -> [NodeRef] { index.groupsOf[actor] ?? [] }

    /// Actors whose id, name or alias folds to `name`'s key.
    public func actors(named name: String) -> [NodeRef] { index.actorNames[Folding.key(name)] ?? [] }

    /// Every actor name and alias (not ids), for completion and suggestions.
    public var actorNames: [String] { index.actorNameList }

    // MARK: Themes, links, periods

    public func themes(of ref: NodeRef) -> [NodeRef] { index.themesBySubject[ref] ?? [] }

    public func contributors(to theme: NodeRef) -> [NodeRef] { index.subjectsByTheme[theme] ?? [] }

    public func links(from ref: NodeRef) -> [NodeRef] { index.linksFrom[ref] ?? [] }

    public func links(to ref: NodeRef) -> [NodeRef] { index.linksTo[ref] ?? [] }

    /// Nodes of `kind` whose effective period overlaps `period`, using the start-sorted index.
    public func nodes(of kind: NodeKind, overlapping period: Period) -> [NodeRef] {
        guard let sorted = index.byStart[kind] else { return [] }
        // Everything starting after the period's end cannot overlap; binary search that cut.
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[sorted[mid]].period!.start <= period.end { lo = mid + 1 } else { hi = mid }
        }
        return sorted[..<lo].filter { self[$0].period!.end >= period.start }
    }
}
