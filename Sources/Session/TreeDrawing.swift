import Diagnostics
import PlanModel
import Rendering

/// `tree REF`: the hierarchy below a plan or goal as an indented tree, each activity with
/// who leads it, for trainers showing how a plan hangs together.
struct TreeDrawing {
    let graph: PlanGraph
    let width: Int?

    func draw(_ root: NodeRef) -> String {
        var lines = [label(root)]
        walk(root, prefix: "", into: &lines)
        return lines.map { line in width.map { truncate(line, toWidth: $0) } ?? line }.joined(separator: "\n") + "\n"
    }

    /// Goals and activities (and work packages at plan level); indicators and events are left out.
    func shown(_ ref: NodeRef) -> [NodeRef] {
        graph.children(of: ref).filter { [.goal, .activity, .workPackage].contains(graph[$0].kind) }
    }

    func walk(_ ref: NodeRef, prefix: String, into lines: inout [String]) {
        let kids = shown(ref)
        for (i, kid) in kids.enumerated() {
            let last = i == kids.count - 1
            lines.append(prefix + (last ? "└─ " : "├─ ") + label(kid))
            walk(kid, prefix: prefix + (last ? "   " : "│  "), into: &lines)
        }
    }

    func label(_ ref: NodeRef) -> String {
        let node = graph[ref]
        var text = "\(node.id)  \(node.title)"
        let leads = graph.roles(of: ref).filter { $0.role == .lead }.map { graph[$0.actor].title }
        if !leads.isEmpty { text += "  [lead: \(leads.joined(separator: ", "))]" }
        if node.kind == .activity, let p = node.period, !node.periodIsInherited { text += "  (\(p))" }
        return text
    }
}
