/// `path from A to B` as SVG: the steps top to bottom, each arrow labelled with how the next
/// node follows from the one before ("is below", "has lead", …).
public enum SVGChain {
    static let size = 18.0, line = 24.0, pad = 10.0, boxWidth = 600.0, arrow = 56.0, margin = 20.0

    public static func svg(_ picture: NetworkPicture) -> String {
        var doc = SVGDocument()
        let chars = SVGDocument.characters(fitting: boxWidth - 2 * pad, size: size)
        var y = margin
        doc.text(picture.title, x: margin, y: y + 22, size: 22, bold: true)
        y += 40
        for (i, node) in picture.nodes.enumerated() {
            if i > 0, let edge = picture.edges.first(where: { $0.to == i }) {
                doc.line([(margin + boxWidth / 2, y), (margin + boxWidth / 2, y + arrow - 4)], arrow: true)
                doc.text(edge.label, x: margin + boxWidth / 2 + 14, y: y + arrow / 2 + 6, size: size - 2, fill: "#333333", italic: true)
                y += arrow
            }
            let title = wrap(node.title, width: chars)
            let height = Double(1 + title.count) * line + 2 * pad
            let p = Palette.of(node.kind)
            doc.open(id: node.id, kind: node.kind.rawValue)
            doc.rect(x: margin, y: y, width: boxWidth, height: height, fill: p.fill, stroke: p.stroke, dash: p.dash)
            doc.text("\(node.id)  (\(node.kind.rawValue))", x: margin + pad, y: y + pad + size, size: size - 3, fill: p.text, bold: true)
            for (k, t) in title.enumerated() {
                doc.text(t, x: margin + pad, y: y + pad + size + Double(k + 1) * line, size: size, fill: p.text)
            }
            doc.close()
            y += height
        }
        return doc.svg(width: boxWidth + 2 * margin, height: y + margin, title: picture.title)
    }
}
