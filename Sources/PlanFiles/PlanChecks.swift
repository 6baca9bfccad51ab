import Diagnostics
import PlanModel

/// Checks that need the whole graph: cycles in the goal hierarchy, periods that fall
/// outside their parent's, and the warnings `planq --check` lists.
enum PlanChecks {
    static func run(_ context: inout LoadContext) {
        // Period containment walks parent chains, which a cycle would make endless.
        guard !findCycles(&context) else { return }
        checkPeriods(&context)
        warn(&context)
    }

    /// Reports each cycle in the goal hierarchy; true when there is one.
    @discardableResult
    static func findCycles(_ context: inout LoadContext) -> Bool {
        var found = false
        let nodes = context.builder.nodes
        var state = [UInt8](repeating: 0, count: nodes.count)   // 0 new, 1 on the current path, 2 done
        for start in nodes.indices where state[start] == 0 {
            var path: [Int] = []
            var current: Int? = start
            while let c = current, state[c] == 0 {
                state[c] = 1
                path.append(c)
                current = nodes[c].parent.map { Int($0.index) }
            }
            if let c = current, state[c] == 1, let at = path.firstIndex(of: c) {
                let cycle = path[at...].map { nodes[$0].id } + [nodes[c].id]
                let site = nodes[c].source
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
    static func checkPeriods(_ context: inout LoadContext) {
        let nodes = context.builder.nodes
        // The nearest own period above each node, found once for all (no walk per node).
        let sources = context.builder.periodSources()
        // Nodes are read in place (not copied out of the array, each with its strings and fields).
        for i in nodes.indices {
            switch nodes[i].kind {
            case .goal, .activity, .workPackage: break
            default: continue
            }
            guard let own = nodes[i].ownPeriod, let up = nodes[i].parent ?? nodes[i].plan,
                  sources[Int(up.index)] >= 0 else { continue }
            let parent = Int(sources[Int(up.index)])
            if let outer = nodes[parent].ownPeriod, !outer.contains(own) {
                report(&context, ref: NodeRef(i),
                       "period \(own) of \(nodes[i].kind.rawValue) '\(nodes[i].id)' is outside its parent \(nodes[parent].kind.rawValue) '\(nodes[parent].id)' (\(outer))")
            }
        }
    }

    static func warn(_ context: inout LoadContext) {
        let nodes = context.builder.nodes
        var led = [Bool](repeating: false, count: nodes.count)
        for edge in context.builder.roles where edge.role == .lead { led[Int(edge.subject.index)] = true }
        for i in nodes.indices where nodes[i].kind == .activity {
            if !led[i] {
                report(&context, ref: NodeRef(i), "activity '\(nodes[i].id)' has no lead", severity: .warning)
            }
        }
    }

    static func report(_ context: inout LoadContext, ref: NodeRef, _ message: String, severity: Diagnostic.Severity = .error) {
        let site = context.builder.nodes[Int(ref.index)].source
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
