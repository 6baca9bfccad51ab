/// `tree NODE` as SVG: an indented tree (like a table of contents), one box per node with its
/// id, its whole title wrapped, and who leads it. Indentation rather than a top-down chart,
/// because Dutch titles run to a hundred characters and a wide chart would shrink them
/// unreadably on a slide.
public enum SVGTree {
    static let size = 18.0, line = 24.0, pad = 10.0, indent = 40.0, boxWidth = 640.0, gap = 10.0, margin = 20.0

    public static func svg(_ tree: TreePicture) -> String {
        var doc = SVGDocument()
        var y = margin
        var boxes: [String: (x: Double, top: Double, mid: Double, bottom: Double)] = [:]
        let chars = SVGDocument.characters(fitting: boxWidth - 2 * pad, size: size)
        var maxX = 0.0
        for (node, depth) in tree.flattened {
            let x = margin + Double(depth) * indent
            var heading = node.id
            if let p = node.period { heading += "  ·  \(p)" }
            let title = wrap(node.title, width: chars)
            let lead = node.leads.isEmpty ? [] : wrap("lead: " + node.leads.joined(separator: ", "), width: chars + 4)
            let height = Double(1 + title.count + lead.count) * line + 2 * pad
            let palette = Palette.of(node.kind)
            doc.open(id: node.id, kind: node.kind.rawValue)
            doc.rect(x: x, y: y, width: boxWidth, height: height, fill: palette.fill, stroke: palette.stroke, dash: palette.dash)
            var baseline = y + pad + size
            doc.text(heading, x: x + pad, y: baseline, size: size - 3, fill: palette.text, bold: true)
            for t in title {
                baseline += line
                doc.text(t, x: x + pad, y: baseline, size: size, fill: palette.text)
            }
            for l in lead {
                baseline += line
                doc.text(l, x: x + pad, y: baseline, size: size - 3, fill: palette.text, italic: true)
            }
            doc.close()
            boxes[node.id] = (x, y, y + height / 2, y + height)
            maxX = max(maxX, x + boxWidth)
            y += height + gap
        }
        func connect(_ t: TreePicture) {
            guard let parent = boxes[t.node.id] else { return }
            for child in t.children {
                if let c = boxes[child.node.id] {
                    doc.line([(parent.x + indent / 2, parent.bottom), (parent.x + indent / 2, c.mid), (c.x, c.mid)])
                }
                connect(child)
            }
        }
        connect(tree)
        y = Legend.kinds(&doc, kinds: Set(tree.flattened.map(\.node.kind)), y: y + gap, x: margin)
        return doc.svg(width: maxX + margin, height: y + margin, title: "\(tree.node.id) \(tree.node.title)")
    }
}
