import PlanModel

/// Reads pictures off the plan graph. Everything is in graph order, so the same plan gives
/// the same picture.
public struct PictureBuilder {
    let graph: PlanGraph

    public init(graph: PlanGraph) { self.graph = graph }

    public func node(_ ref: NodeRef) -> PictureNode {
        let n = graph[ref]
        let leads = graph.roles(of: ref).filter { $0.role == .lead }.map { graph[$0.actor].title }
        let period = n.ownPeriod != nil && !n.periodIsInherited ? n.period.map { $0.description } : nil
        return PictureNode(id: graph.qualifiedID(ref), kind: n.kind, title: n.title, leads: leads, period: period)
    }

    /// Goals, activities and work packages below `root`, as `tree` shows them.
    public func tree(_ root: NodeRef) -> TreePicture {
        let kids = graph.children(of: root).filter { [.goal, .activity, .workPackage].contains(graph[$0].kind) }
        return TreePicture(node: node(root), children: kids.map(tree))
    }

    /// The dated nodes among `refs`, each in the section of its top goal (or its plan). Sections
    /// come in the order they first appear, bars keep the query's order within their section,
    /// so a goal's bars stand together even when the query ordered them by date.
    public func timeline(_ refs: [NodeRef], title: String) -> TimelinePicture {
        let bars = refs.compactMap { ref -> TimelinePicture.Bar? in
            guard let p = graph[ref].period else { return nil }
            return TimelinePicture.Bar(node: node(ref), section: section(of: ref), start: p.start, end: p.end,
                                       style: PeriodStyle(graph[ref]))
        }
        var sections: [String] = []
        var bySection: [String: [TimelinePicture.Bar]] = [:]
        for bar in bars {
            if bySection[bar.section] == nil { sections.append(bar.section) }
            bySection[bar.section, default: []].append(bar)
        }
        return TimelinePicture(title: title, bars: sections.flatMap { bySection[$0]! })
    }

    func section(of ref: NodeRef) -> String {
        let goals = ([ref] + graph.ancestors(of: ref)).filter { graph[$0].kind == .goal }
        if let top = goals.last { return "\(graph.qualifiedID(top)) \(graph[top].title)" }
        if let plan = graph[ref].plan { return graph[plan].title }
        return graph[ref].kind.plural
    }

    /// A path's steps as a chain; each step's label says how it follows from the one before.
    public func chain(_ steps: [(NodeRef, String)], title: String) -> NetworkPicture {
        let nodes = steps.map { node($0.0) }
        let edges = steps.indices.dropFirst().map { NetworkPicture.Edge(from: $0 - 1, to: $0, label: steps[$0].1) }
        return NetworkPicture(title: title, nodes: nodes, edges: edges, isChain: true)
    }

    /// `graph QUERY`: the nodes, the actors playing a role for them (one edge per role), and the
    /// goals they belong to, up to the top goal.
    public func network(_ refs: [NodeRef], title: String) -> NetworkPicture {
        var order: [NodeRef] = []
        var position: [NodeRef: Int] = [:]
        func add(_ ref: NodeRef) -> Int {
            if let i = position[ref] { return i }
            position[ref] = order.count
            order.append(ref)
            return order.count - 1
        }
        var edges: [NetworkPicture.Edge] = []
        var seenEdges = Set<[Int]>()
        func link(_ a: Int, _ b: Int, _ label: String, _ role: Int) {
            if seenEdges.insert([a, b, role]).inserted { edges.append(.init(from: a, to: b, label: label)) }
        }
        refs.forEach { _ = add($0) }
        for ref in refs {
            let subject = position[ref]!
            var child = subject
            for ancestor in graph.ancestors(of: ref) where graph[ancestor].kind == .goal {
                let goal = add(ancestor)
                link(child, goal, "belongs to", -1)
                child = goal
            }
            for edge in graph.roles(of: ref) {
                let roleIndex = Role.allCases.firstIndex(of: edge.role)!
                link(add(edge.actor), subject, edge.role.rawValue, roleIndex)
            }
        }
        return NetworkPicture(title: title, nodes: order.map(node), edges: edges, isChain: false)
    }
}
