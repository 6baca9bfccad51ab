import PlanModel

/// Graphviz DOT for trees, paths and actor networks: text a user pastes into Graphviz.
/// Every id and label is a quoted string with `\` and `"` escaped, so any title is safe.
public enum DOTWriter {
    public static func tree(_ tree: TreePicture) -> String {
        var out = header(tree.node.title, rankdir: "LR")
        func walk(_ t: TreePicture) {
            out += node(t.node)
            for child in t.children {
                walk(child)
                out += "  \(quoted(t.node.id)) -> \(quoted(child.node.id));\n"
            }
        }
        walk(tree)
        return out + "}\n"
    }

    public static func network(_ picture: NetworkPicture) -> String {
        var out = header(picture.title, rankdir: picture.isChain ? "TB" : "LR")
        picture.nodes.forEach { out += node($0) }
        for e in picture.edges {
            out += "  \(quoted(picture.nodes[e.from].id)) -> \(quoted(picture.nodes[e.to].id)) [label=\(quoted(e.label))];\n"
        }
        return out + "}\n"
    }

    static func header(_ title: String, rankdir: String) -> String {
        """
        digraph planq {
          label=\(quoted(title)); labelloc=t; fontname="DejaVu Sans,Arial,sans-serif"; fontsize=20;
          rankdir=\(rankdir); nodesep=0.3; ranksep=0.5;
          node [shape=box, style="rounded,filled", fontname="DejaVu Sans,Arial,sans-serif", fontsize=14];
          edge [fontname="DejaVu Sans,Arial,sans-serif", fontsize=12, color="#555555"];

        """
    }

    static func node(_ n: PictureNode) -> String {
        let p = Palette.of(n.kind)
        var lines = [n.id] + wrap(n.title, width: 32)
        if !n.leads.isEmpty { lines += wrap("lead: " + n.leads.joined(separator: ", "), width: 32) }
        let label = lines.map(escaped).joined(separator: "\\n")
        var attributes = "label=\"\(label)\", fillcolor=\"\(p.fill)\", fontcolor=\"\(p.text)\", color=\"\(p.stroke)\""
        if n.kind == .actor { attributes += ", shape=ellipse, style=\"filled,dashed\"" }
        if n.kind == .workPackage { attributes += ", style=\"rounded,filled,dashed\"" }
        return "  \(quoted(n.id)) [\(attributes)];\n"
    }

    static func quoted(_ text: String) -> String { "\"" + escaped(text) + "\"" }

    /// Inside a DOT string only `"` and `\` are special (a `\` would start an escape like `\N`);
    /// line breaks and other control characters become spaces.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out += c.isNewline || c.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }) ? " " : String(c)
            }
        }
        return out
    }
}
