import Diagnostics
import PlanModel

/// Checks that need the whole graph, run on the graph once it is built: cycles in the goal
/// hierarchy, periods that fall outside their parent's, and the warnings `planq --check`
/// lists. An error among them fails the load.
enum PlanChecks {
    /// `halfPeriods` are the nodes whose own period the builder completed from one end: the
    /// containment check reads periods as the source gives them, so it passes them over.
    static func run(_ graph: PlanGraph, halfPeriods: [NodeRef], _ context: inout LoadContext) {
        // Period containment walks parent chains, which a cycle would make endless.
        guard !findCycles(graph, &context) else { return }
        checkPeriods(graph, halfPeriods: halfPeriods, &context)
        warn(graph, &context)
    }

    /// Reports each cycle in the goal hierarchy; true when there is one.
    @discardableResult
    static func findCycles(_ g: PlanGraph, _ context: inout LoadContext) -> Bool {
        // The graph's preorder numbering, built already, answers for a graph with no cycle
        // (a walk up from every node took ≈ 10 ms at 10^5 activities).
        if g.hierarchyReachesEveryNode { return false }
        var found = false
        var state = [UInt8](repeating: 0, count: g.count)   // 0 new, 1 on the current path, 2 done
        var path: [Int] = []    // one array for every walk (a new one each was most of the check)
        for start in 0..<g.count where state[start] == 0 {
            path.removeAll(keepingCapacity: true)
            var current: Int? = start
            while let c = current, state[c] == 0 {
                state[c] = 1
                path.append(c)
                current = g[NodeRef(c)].parent.map { Int($0.index) }
            }
            if let c = current, state[c] == 1, let at = path.firstIndex(of: c) {
                let cycle = path[at...].map { g[NodeRef($0)].id } + [g[NodeRef(c)].id]
                let site = g[NodeRef(c)].source
                let file = context.sourceFile(named: site?.planFile)
                context.diagnostics.append(.error("cycle in the goal hierarchy: " + cycle.joined(separator: " → "),
                                                  at: file.map { itemRange(line: site?.planLine ?? 1, in: $0) }, in: file))
                found = true
            }
            for p in path { state[p] = 2 }
        }
        return found
    }

    /// A goal's, activity's or work package's own period must lie inside the period it would
    /// otherwise inherit. Events are exempt: they record dated history, before or after the plan.
    static func checkPeriods(_ g: PlanGraph, halfPeriods: [NodeRef], _ context: inout LoadContext) {
        // The nearest own period above each node, found once for all (no walk per node); a
        // node has its own where it is its own source.
        let sources = g.periodSources(passingOver: halfPeriods)
        let checked = [NodeKind.goal, .activity, .workPackage].reduce(UInt64(0)) { $0 | 1 << UInt64($1.code) }
        for i in 0..<g.count where sources[i] == Int32(i) && checked & (1 << UInt64(g.kindCode(of: NodeRef(i)))) != 0 {
            let node = g[NodeRef(i)]
            guard let up = node.parent ?? node.plan, sources[Int(up.index)] >= 0, let period = node.ownPeriod else { continue }
            let parent = g[NodeRef(Int(sources[Int(up.index)]))]
            if let outer = parent.ownPeriod, !outer.contains(period) {
                report(g, &context, ref: NodeRef(i),
                       "period \(period) of \(node.kind.rawValue) '\(node.id)' is outside its parent \(parent.kind.rawValue) '\(parent.id)' (\(outer))")
            }
        }
    }

    static func warn(_ g: PlanGraph, _ context: inout LoadContext) {
        for a in g.nodes(of: .activity) where !g.roleIndices(of: a).contains(where: { g.roleKind($0) == .lead }) {
            report(g, &context, ref: a, "activity '\(g[a].id)' has no lead", severity: .warning)
        }
    }

    static func report(_ g: PlanGraph, _ context: inout LoadContext, ref: NodeRef, _ message: String,
                       severity: Diagnostic.Severity = .error) {
        let site = g[ref].source
        let file = context.sourceFile(named: site?.planFile)
        context.diagnostics.append(Diagnostic(severity, message, at: file.map { itemRange(line: site?.planLine ?? 1, in: $0) }, in: file))
    }
}

/// The range of a list item's first line, after its indentation and `- ` marker.
func itemRange(line: Int, in file: SourceFile) -> SourceRange {
    let text = file.lineText(line)
    let skipped = text.prefix { $0 == " " || $0 == "-" || $0 == "\t" }
    let rest = text.dropFirst(skipped.count)
    return SourceRange(offset: file.offset(line: line, column: skipped.count + 1), length: max(1, rest.utf8.count))
}
