import Diagnostics
import PlanModel

/// Everything a load produced — every node field by field, every edge, every warning, or
/// every diagnostic — written out in order, so that two readings of the same files can be
/// compared (the differential fuzz target, the reader equivalence tests).
public enum LoadComparison {
    public static func text(_ result: Result<LoadedPlans, DiagnosticList>) -> String {
        switch result {
        case .success(let loaded): return text(loaded)
        case .failure(let problems):
            return "failed\n" + problems.diagnostics.map(line).joined()
        }
    }

    public static func text(_ loaded: LoadedPlans) -> String {
        let g = loaded.graph
        var out = "files \(loaded.files)\n"
        for i in 0..<g.count {
            let ref = NodeRef(i), node = g[ref]
            out += "node \(i) \(node.kind) \(node.id) plan \(node.plan?.index ?? -1) parent \(node.parent?.index ?? -1) \(node.title)\n"
            out += "  period \(String(describing: node.ownPeriod)) \(String(describing: node.period)) from \(node.periodFrom?.index ?? -1)\n"
            for (name, value) in node.fields { out += "  \(name) = \(value)\n" }
            if let source = node.source { out += "  source \(source)\n" }
            for note in node.notes { out += "  note \(note)\n" }
            let members = g.members(of: ref)
            if !members.isEmpty { out += "  members \(members.map(\.index))\n" }
            for theme in g.themes(of: ref) { out += "  contributes \(theme.index)\n" }
            for link in g.links(from: ref) { out += "  link \(link.index)\n" }
        }
        for role in g.roles { Swift.dump(role, to: &out, name: "role") }
        for w in loaded.warnings { out += line(w) }
        return out
    }

    static func line(_ d: Diagnostic) -> String {
        "\(d.severity) \(d.location ?? "") \(d.range?.description ?? "") \(d.message) \(d.suggestion ?? "")\n"
    }

    /// The first line where two texts differ, for a failure message.
    public static func firstDifference(_ a: String, _ b: String) -> String? {
        guard a != b else { return nil }
        let (la, lb) = (a.split(separator: "\n", omittingEmptySubsequences: false), b.split(separator: "\n", omittingEmptySubsequences: false))
        for (i, (x, y)) in zip(la, lb).enumerated() where x != y { return "line \(i + 1): \(x) | \(y)" }
        return "line \(min(la.count, lb.count) + 1): one text ends first"
    }
}
