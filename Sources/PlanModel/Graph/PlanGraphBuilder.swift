/// Collects nodes and edges, then builds an immutable `PlanGraph`: inherited periods are
/// resolved and every index computed in `build()`.
public struct PlanGraphBuilder {
    public private(set) var nodes: [PlanNode] = []
    public private(set) var roles: [RoleEdge] = []
    var contributions: [(NodeRef, NodeRef)] = []
    var links: [(NodeRef, NodeRef)] = []
    var members: [NodeRef: [NodeRef]] = [:]

    public init() {}

    @discardableResult
    public mutating func add(_ node: PlanNode) -> NodeRef {
        nodes.append(node)
        return NodeRef(nodes.count - 1)
    }

    public subscript(ref: NodeRef) -> PlanNode {
        get { nodes[Int(ref.index)] }
        set { nodes[Int(ref.index)] = newValue }
    }

    public mutating func addRole(_ role: Role, actor: NodeRef, for subject: NodeRef, note: String? = nil) {
        roles.append(RoleEdge(subject: subject, role: role, actor: actor, note: note))
    }

    public mutating func addContribution(from subject: NodeRef, to theme: NodeRef) {
        contributions.append((subject, theme))
    }

    public mutating func addLink(from a: NodeRef, to b: NodeRef) { links.append((a, b)) }

    public mutating func addMember(_ member: NodeRef, to group: NodeRef) { members[group, default: []].append(member) }

    /// Resolves each node's effective period (its own, else the nearest ancestor's, else its
    /// plan's) and builds the indexes.
    public func build() -> PlanGraph {
        var nodes = self.nodes
        for i in nodes.indices where nodes[i].ownPeriod == nil {
            var seen = 0
            var up = nodes[i].parent ?? (nodes[i].kind == .plan ? nil : nodes[i].plan)
            while let u = up, seen < nodes.count {
                if let p = nodes[Int(u.index)].ownPeriod {
                    nodes[i].period = p
                    nodes[i].periodFrom = u
                    break
                }
                seen += 1
                let n = nodes[Int(u.index)]
                up = n.parent ?? (n.kind == .plan ? nil : n.plan)
            }
        }
        for i in nodes.indices where nodes[i].ownPeriod != nil {
            nodes[i].period = nodes[i].ownPeriod
        }
        return PlanGraph(nodes: nodes, roles: roles, contributions: contributions, links: links, members: members)
    }
}
