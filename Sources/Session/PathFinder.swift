import PlanModel
import Rendering

/// `path from A to B`: the shortest chain of graph edges connecting two nodes — hierarchy,
/// roles, group membership, theme contributions and activity links, in either direction.
struct PathFinder {
    let graph: PlanGraph

    /// Neighbours of a node with the edge's label as read from the first node to the second.
    func neighbours(_ ref: NodeRef) -> [(NodeRef, String)] {
        var out: [(NodeRef, String)] = []
        let node = graph[ref]
        if let parent = node.parent ?? (node.kind == .plan || node.kind == .actor ? nil : node.plan) {
            out.append((parent, "is below"))
        }
        for child in graph.children(of: ref) { out.append((child, "has below")) }
        for e in graph.roles(of: ref) { out.append((e.actor, "has \(e.role.rawValue)")) }
        for e in graph.roles(naming: ref) { out.append((e.subject, e.role == .involved ? "is involved in" : "is \(e.role.rawValue) of")) }
        for g in graph.groups(containing: ref) { out.append((g, "is a member of")) }
        for m in graph.members(of: ref) { out.append((m, "has member")) }
        for t in graph.themes(of: ref) { out.append((t, "contributes to")) }
        for s in graph.contributors(to: ref) { out.append((s, "is contributed to by")) }
        for l in graph.links(from: ref) + graph.links(to: ref) { out.append((l, "is linked with")) }
        return out
    }

    /// Breadth-first search; nil when the nodes are not connected.
    func path(from a: NodeRef, to b: NodeRef) -> [(NodeRef, String)]? {
        var previous: [NodeRef: (NodeRef, String)] = [:]
        var queue = [a]
        var head = 0
        var seen: Set<NodeRef> = [a]
        while head < queue.count {
            let current = queue[head]
            head += 1
            if current == b { break }
            for (next, label) in neighbours(current) where seen.insert(next).inserted {
                previous[next] = (current, label)
                queue.append(next)
            }
        }
        guard seen.contains(b) else { return nil }
        var steps: [(NodeRef, String)] = []
        var at = b
        while at != a, let (from, label) = previous[at] {
            steps.append((at, label))
            at = from
        }
        return [(a, "")] + steps.reversed()
    }

    func table(from a: NodeRef, to b: NodeRef) -> ResultTable {
        var table = ResultTable(columns: ["step", "via", "id", "kind", "title"])
        guard let steps = path(from: a, to: b) else { return table }
        for (i, (ref, label)) in steps.enumerated() {
            table.rows.append([.integer(i), label.isEmpty ? .null : .text(label), .text(graph.qualifiedID(ref)),
                               .text(graph[ref].kind.rawValue), .text(graph[ref].title)])
        }
        return table
    }
}
