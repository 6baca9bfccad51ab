import PlanModel
import Rendering

/// `tree` and `timeline` as data, for the formats that are not drawings: the tree as nested
/// JSON or as rows in the order the drawing shows them (with each node's depth and parent),
/// the timeline as one row per node with its first and last day.
struct DrawingRows {
    let graph: PlanGraph

    static let treeColumns = ["id", "kind", "plan", "title", "parent", "depth", "lead", "period"]

    /// The nodes `tree` draws below `root`, depth first, with their depth; the same nodes and
    /// order as the drawing, to the same depth.
    func treeRows(_ root: NodeRef) -> ResultTable {
        var rows: [[ResultTable.Cell]] = []
        var stack: [(NodeRef, Int)] = [(root, 0)]
        while let (ref, depth) = stack.popLast() {
            rows.append(treeFields(ref, depth: depth).map(\.value))
            guard depth < DrawingRows.maxDepth else { continue }
            for kid in TreeDrawing(graph: graph, width: nil).shown(ref).reversed() { stack.append((kid, depth + 1)) }
        }
        return ResultTable(columns: DrawingRows.treeColumns, rows: rows)
    }

    /// The same tree nested, children under each node.
    func treeJSON(_ root: NodeRef, depth: Int = 0) -> JSONTreeNode {
        var node = JSONTreeNode(fields: treeFields(root, depth: depth))
        if depth < DrawingRows.maxDepth {
            node.children = TreeDrawing(graph: graph, width: nil).shown(root).map { treeJSON($0, depth: depth + 1) }
        }
        return node
    }

    /// Deeper levels are left out of data as they are of the drawing.
    static let maxDepth = 64

    func treeFields(_ ref: NodeRef, depth: Int) -> [(name: String, value: ResultTable.Cell)] {
        let node = graph[ref]
        let leads = graph.roles(of: ref).filter { $0.role == .lead }.map { graph[$0.actor].title }
        let values: [ResultTable.Cell] = [
            .text(graph.qualifiedID(ref)), .text(node.kind.rawValue), node.plan.map { .text(graph[$0].id) } ?? .null,
            .text(node.title), graph.hierarchyParent(of: ref).map { .text(graph.qualifiedID($0)) } ?? .null,
            .integer(depth), leads.isEmpty ? .null : .list(leads),
            node.period.map { .text($0.description) } ?? .null,
        ]
        return Array(zip(DrawingRows.treeColumns, values)).map { (name: $0.0, value: $0.1) }
    }

    /// One row per node with a period, in the order given: its days, and whether they are its
    /// own, inherited or approximate (what the drawing shows by shading).
    func timelineRows(_ refs: [NodeRef]) -> ResultTable {
        let rows: [[ResultTable.Cell]] = refs.compactMap { ref in
            let node = graph[ref]
            guard let period = node.period else { return nil }
            return [.text(graph.qualifiedID(ref)), .text(node.kind.rawValue), node.plan.map { .text(graph[$0].id) } ?? .null,
                    .text(node.title), .text(period.start.description), .text(period.end.description),
                    .bool(node.periodIsInherited), .bool(period.approximate)]
        }
        return ResultTable(columns: ["id", "kind", "plan", "title", "start", "end", "inherited", "approximate"], rows: rows)
    }
}
