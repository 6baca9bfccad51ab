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

    /// `graph QUERY`: the nodes, the actors playing a role for them, and the goals they belong
    /// to, up to the top goal. An actor with several roles for one node gets one edge naming
    /// them all ("lead, responsible"), so a busy actor does not fan out into a dozen arrows.
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
        var edgeAt: [[Int]: Int] = [:]
        func link(_ a: Int, _ b: Int, _ label: String) {
            if let i = edgeAt[[a, b]] {
                if !edges[i].label.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == label }) {
                    edges[i].label += ", " + label
                }
            } else {
                edgeAt[[a, b]] = edges.count
                edges.append(.init(from: a, to: b, label: label))
            }
        }
        refs.forEach { _ = add($0) }
        for ref in refs {
            let subject = position[ref]!
            var child = subject
            for ancestor in graph.ancestors(of: ref) where graph[ancestor].kind == .goal {
                let goal = add(ancestor)
                link(child, goal, "belongs to")
                child = goal
            }
            let roles = graph.roles(of: ref)
            for role in Role.allCases {  // lead first, audience last, whatever the file's order
                for edge in roles where edge.role == role { link(add(edge.actor), subject, role.rawValue) }
            }
        }
        return NetworkPicture(title: title, nodes: order.map(node), edges: edges, isChain: false)
    }
}
