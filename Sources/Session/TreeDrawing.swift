import Diagnostics
import PlanModel
import Rendering

/// `tree REF`: the hierarchy below a plan or goal as an indented tree, each activity with
/// who leads it, for trainers showing how a plan hangs together. Plan text is escaped as in
/// a table (no control character reaches the terminal); the tree is drawn `maxDepth` levels
/// deep, and says what it left out below that (a 40,000-deep goal chain would otherwise
/// take the square of its depth in indentation).
struct TreeDrawing {
    let graph: PlanGraph
    let width: Int?
    static let maxDepth = 64

    func draw(_ root: NodeRef) -> String {
        var lines = [label(root)]
        walk(root, prefix: "", depth: 1, into: &lines)
        return lines.map { line in width.map { truncate(line, toWidth: $0) } ?? line }.joined(separator: "\n") + "\n"
    }

    /// Goals and activities (and work packages at plan level); indicators and events are left out.
    func shown(_ ref: NodeRef) -> [NodeRef] {
        graph.children(of: ref).filter { [.goal, .activity, .workPackage].contains(graph[$0].kind) }
    }

    func walk(_ ref: NodeRef, prefix: String, depth: Int, into lines: inout [String]) {
        let kids = shown(ref)
        if depth > Self.maxDepth, !kids.isEmpty {
            lines.append(prefix + "└─ … \(below(ref)) more below (tree draws \(Self.maxDepth) levels; run tree \(graph[ref].id) to see them)")
            return
        }
        for (i, kid) in kids.enumerated() {
            let last = i == kids.count - 1
            lines.append(prefix + (last ? "└─ " : "├─ ") + label(kid))
            walk(kid, prefix: prefix + (last ? "   " : "│  "), depth: depth + 1, into: &lines)
        }
    }

    /// How many shown nodes are below `ref`, counted without recursion.
    func below(_ ref: NodeRef) -> Int {
        var count = 0
        var stack = shown(ref)
        while let next = stack.popLast() {
            count += 1
            stack += shown(next)
        }
        return count
    }

    func label(_ ref: NodeRef) -> String {
        let node = graph[ref]
        var text = "\(node.id)  \(escapeForTerminal(node.title))"
        let leads = graph.roles(of: ref).filter { $0.role == .lead }.map { escapeForTerminal(graph[$0.actor].title) }
        if !leads.isEmpty { text += "  [lead: \(leads.joined(separator: ", "))]" }
        if node.kind == .activity, let p = node.period, !node.periodIsInherited { text += "  (\(p))" }
        return text
    }
}
