/// Collects nodes and edges, then builds an immutable `PlanGraph`: inherited periods are
/// resolved and every index computed in `build()`.
public struct PlanGraphBuilder {
    public private(set) var nodes: [PlanNode] = []
    public private(set) var roles: [RoleEdge] = []
    var contributions: [(subject: NodeRef, theme: NodeRef)] = []
    var links: [(from: NodeRef, to: NodeRef)] = []
    var members: [NodeRef: [NodeRef]] = [:]

    public init() {}

    /// Room for this many nodes and role edges (and as many contributions as nodes).
    public mutating func reserveCapacity(nodes: Int, roles: Int) {
        self.nodes.reserveCapacity(nodes)
        self.roles.reserveCapacity(roles)
        contributions.reserveCapacity(nodes)
    }

    @discardableResult
    public mutating func add(_ node: consuming PlanNode) -> NodeRef {
        nodes.append(node)
        return NodeRef(nodes.count - 1)
    }

    /// Read and changed in place: a node is large (copying one retains each of its texts),
    /// and the loader reads and sets its fields one by one.
    public subscript(ref: NodeRef) -> PlanNode {
        unsafeAddress {
            precondition(ref.index >= 0 && Int(ref.index) < nodes.count, "node index out of range")
            return nodes.withUnsafeBufferPointer { $0.baseAddress! + Int(ref.index) }
        }
        _modify { yield &nodes[Int(ref.index)] }
    }

    public mutating func addRole(_ role: Role, actor: NodeRef, for subject: NodeRef, note: String? = nil) {
        roles.append(RoleEdge(subject: subject, role: role, actor: actor, note: note))
    }

    public mutating func addContribution(from subject: NodeRef, to theme: NodeRef) {
        contributions.append((subject, theme))
    }

    public mutating func addLink(from a: NodeRef, to b: NodeRef) { links.append((a, b)) }

    /// For each node, the index of the node whose own period it has: itself when it has
    /// one, else its nearest ancestor's (parent, …, then its plan) that has one; -1 for none.
    /// Each node is walked past once, so a chain 100,000 goals deep takes linear time; a
    /// cycle (which the loader reports) ends the walk.
    public func periodSources() -> [Int32] { PlanGraphBuilder.periodSources(nodes) }

    static func periodSources(_ nodes: [PlanNode]) -> [Int32] {
        let unknown: Int32 = -2, walking: Int32 = -3
        var source = [Int32](repeating: unknown, count: nodes.count)
        for i in nodes.indices where nodes[i].ownPeriod != nil { source[i] = Int32(i) }
        var path: [Int] = []
        for i in nodes.indices where source[i] == unknown {
            path.removeAll(keepingCapacity: true)
            var found: Int32 = -1
            var current: Int? = i
            while let c = current {
                if source[c] >= -1 { found = source[c]; break }
                if source[c] == walking { break }       // a cycle: nothing to inherit
                source[c] = walking
                path.append(c)
                current = (nodes[c].parent ?? (nodes[c].kind == .plan ? nil : nodes[c].plan)).map { Int($0.index) }
            }
            for p in path { source[p] = found }
        }
        return source
    }

    public mutating func addMember(_ member: NodeRef, to group: NodeRef) { members[group, default: []].append(member) }

    /// Resolves each node's effective period (its own, else the nearest ancestor's, else its
    /// plan's) and builds the indexes. Consumes the builder, so that a builder no longer used
    /// hands its nodes over without a copy.
    public consuming func build() -> PlanGraph {
        var nodes = self.nodes
        self.nodes = []
        PlanGraphBuilder.completeHalfPeriods(&nodes)
        let sources = PlanGraphBuilder.periodSources(nodes)
        for i in nodes.indices {
            if nodes[i].ownPeriod != nil {
                nodes[i].period = nodes[i].ownPeriod
            } else if sources[i] >= 0 {
                nodes[i].period = nodes[Int(sources[i])].ownPeriod
                nodes[i].periodFrom = NodeRef(Int(sources[i]))
            }
        }
        let columns = ColumnarBuild(nodes: consume nodes, roles: roles, contributions: contributions, links: links, members: members)
        return PlanGraph(store: columns.store())
    }

    /// A node that gives only its start (zzl.WP3: `start: 2023 Q2`) or only its end has that
    /// day as its own, and the other end from the nearest ancestor with a period: its period is
    /// its own from then on, so `show period`, `inherited`, `timeline` and `in` agree, and the
    /// nodes below it inherit it. A note says which end came from where. Parents are declared
    /// before their children, so an ancestor's period is complete when a child reads it.
    static func completeHalfPeriods(_ nodes: inout [PlanNode]) {
        for i in nodes.indices where nodes[i].ownPeriod == nil {
            var start: Period?, end: Period?
            if case .period(let p)? = nodes[i].field("start") { start = p }
            if case .period(let p)? = nodes[i].field("end") { end = p }
            guard start != nil || end != nil else { continue }
            var up = nodes[i].parent ?? (nodes[i].kind == .plan ? nil : nodes[i].plan)
            var seen = 0
            while let u = up, seen < nodes.count, nodes[Int(u.index)].ownPeriod == nil {
                seen += 1
                up = nodes[Int(u.index)].parent ?? (nodes[Int(u.index)].kind == .plan ? nil : nodes[Int(u.index)].plan)
            }
            guard let u = up, let outer = nodes[Int(u.index)].ownPeriod else { continue }
            let first = start?.start ?? outer.start, last = end?.end ?? outer.end
            guard first <= last else { continue }
            nodes[i].ownPeriod = Period(start: first, end: last)
            let from = nodes[Int(u.index)].id
            nodes[i].notes.append(start != nil
                ? "The source gives only the start (\(start!)); the end \(last) is that of \(from)."
                : "The source gives only the end (\(end!)); the start \(first) is that of \(from).")
        }
    }
}
