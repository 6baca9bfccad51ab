import PlanModel

/// The key under a drawing: what each box or bar style means.
enum Legend {
    /// One sample box per kind present; returns the y below the legend.
    static func kinds(_ doc: inout SVGDocument, kinds: Set<NodeKind>, y: Double, x: Double) -> Double {
        var at = x
        for kind in Palette.kindsShown where kinds.contains(kind) {
            let p = Palette.of(kind)
            doc.rect(x: at, y: y, width: 28, height: 20, fill: p.fill, stroke: p.stroke, dash: p.dash, radius: 4)
            doc.text(kind.rawValue, x: at + 36, y: y + 16, size: 15)
            at += 36 + Double(kind.rawValue.count) * 15 * SVGDocument.glyphWidth + 24
        }
        return y + 28
    }
}
