import PlanModel

/// Mermaid for Markdown files: `flowchart` for trees, paths and actor networks, `gantt` for
/// timelines. Node ids are generated (`n0`, `n1`, …) and labels quoted with Mermaid's entity
/// codes, so any title is safe.
public enum MermaidWriter {
    public static func tree(_ tree: TreePicture) -> String {
        let flat = tree.flattened
        var out = "flowchart LR\n" + classes
        var ids: [String: String] = [:]
        for (i, (node, _)) in flat.enumerated() {
            ids[node.id] = "n\(i)"
            out += "  n\(i)[\"\(label(node))\"]:::\(className(node.kind))\n"
        }
        func walk(_ t: TreePicture) {
            for child in t.children {
                out += "  \(ids[t.node.id]!) --> \(ids[child.node.id]!)\n"
                walk(child)
            }
        }
        walk(tree)
        return out
    }

    public static func network(_ picture: NetworkPicture) -> String {
        var out = "flowchart \(picture.isChain ? "TB" : "LR")\n" + classes
        for (i, node) in picture.nodes.enumerated() {
            let shape = node.kind == .actor ? ("([\"", "\"])") : ("[\"", "\"]")
            out += "  n\(i)\(shape.0)\(label(node))\(shape.1):::\(className(node.kind))\n"
        }
        for e in picture.edges {
            out += "  n\(e.from) -->|\"\(entities(e.label))\"| n\(e.to)\n"
        }
        return out
    }

    /// A Gantt chart: one section per top goal, one task per bar. Own periods are plain tasks,
    /// inherited ones `done` (grey) and approximate ones `active` (outlined), as the comment says.
    public static func gantt(_ timeline: TimelinePicture) -> String {
        var out = "gantt\n"
        out += "  title \(plainText(timeline.title))\n"
        out += "  dateFormat YYYY-MM-DD\n  axisFormat %Y-%m\n"
        out += "  %% plain bar: own period; done (grey): inherited from its goal or plan; active: approximate\n"
        var section: String?
        for (i, bar) in timeline.bars.enumerated() {
            if bar.section != section {
                section = bar.section
                out += "  section \(plainText(bar.section))\n"
            }
            let tag = bar.style == .own ? "" : bar.style == .inherited ? "done, " : "active, "
            out += "  \(plainText(bar.node.id + " " + bar.node.title)) :\(tag)t\(i), \(bar.start), \(bar.end)\n"
        }
        return out
    }

    static let classes = Palette.kindsShown.map { kind in
        let p = Palette.of(kind)
        return "  classDef \(className(kind)) fill:\(p.fill),color:\(p.text),stroke:\(p.stroke)"
            + (p.dash.map { ",stroke-dasharray:\($0)" } ?? "") + "\n"
    }.joined()

    static func className(_ kind: NodeKind) -> String {
        Palette.kindsShown.contains(kind) ? kind.rawValue.replacingOccurrences(of: " ", with: "") : "other"
    }

    static func label(_ node: PictureNode) -> String {
        var lines = ["<b>" + entities(node.id) + "</b>"] + wrap(node.title, width: 36).map(entities)
        if !node.leads.isEmpty { lines.append(entities("lead: " + node.leads.joined(separator: ", "))) }
        return lines.joined(separator: "<br/>")
    }

    /// Inside a quoted flowchart label: `"` would end it, `#` starts an entity code, `<`, `>`,
    /// `&` would be read as HTML, and `%%` starts a comment in some Mermaid versions; each
    /// becomes a numeric entity code (`#34;`).
    static func entities(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\"", "#", "<", ">", "&", "%": out += "#\(c.unicodeScalars.first!.value);"
            default: out += c.isNewline || c.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }) ? " " : String(c)
            }
        }
        return out
    }

    /// Gantt text has no quoting or escapes: a title, section or task name ends at `:`, `;`,
    /// `#` or `%%` (a comment). Those become their full-width look-alikes, which read the same.
    static func plainText(_ text: String) -> String {
        let map: [Character: String] = [":": "∶", ";": "；", "#": "＃", "%": "％"]
        return wrap(text, width: Int.max / 2).joined(separator: " ").map { map[$0] ?? String($0) }.joined()
    }
}
